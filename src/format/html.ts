/**
 * `--format html`: one self-contained report page (inline CSS, no script, no external asset) that
 * a privacy officer can file as a record: tool version, date and time, the configuration and facts
 * used, totals and a per-file index, then per file the element checklist, the comments that
 * switched checks off, the findings with the quoted text and legal basis, the outline and the
 * document's text with numbered lines that every line link lands on. Every string from a document
 * is escaped, and a Content-Security-Policy that allows no script backs that up.
 */
import { relative } from "node:path";
import { elementTotals } from "../engine/elements.js";
import { ruleDocsUrl, sanitize } from "../engine/messages.js";
import type { LintMessage, LintResult } from "../engine/types.js";
import { isNotAPolicy } from "../engine/not-a-policy.js";
import { LineIndex } from "../policy/line-index.js";
import type { Policy, TopicId } from "../policy/types.js";
import { FACT_KEYS, type Locale, type RuleMeta } from "../rule-api.js";
import { VERSION } from "../version.js";
import { htmlPage } from "./html-page.js";
import { coverageText, directiveText, elementName, notCheckedReason, reportedDirectives, STATE_MARK, stateText } from "./checklist.js";
import type { FileSettings, FormatContext, Formatter } from "./types.js";

export function escapeHtml(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const CSS = `
body{font:15px/1.5 system-ui,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
tr[data-status=present] .status{color:#1a7f37}tr[data-status=needs-work] .status{color:#9a6700}
tr[data-status=missing] .status,tr[data-status=wrong] .status{color:#cf222e;font-weight:600}
tr[data-status=not-checked] .status{color:#8250df;font-weight:600}tr[data-status=not-needed] .status{color:#656d76}
.coverage{font-weight:600;margin:.5rem 0}.finding{margin:.6rem 0 1rem}.error{color:#cf222e}.warning{color:#9a6700}
blockquote{margin:.3rem 0;padding:.3rem .8rem;background:#f6f8fa;border-left:3px solid #d0d7de;white-space:pre-wrap}
.basis,.why{color:#656d76;font-size:.9em}.outline li{margin:.1rem 0}.line{color:#656d76;font-variant-numeric:tabular-nums}
ol.source{font-family:ui-monospace,monospace;font-size:.85em;padding-left:4.5em;color:#1f2328}ol.source li{white-space:pre-wrap}
ol.source li::marker{color:#656d76}ol.source li:target{background:#fff8c5}
`;

const TEXT = {
  ko: {
    title: "개인정보 처리방침 검사 보고서", tool: "도구", generated: "작성 시각", configFile: "설정 파일", defaultConfig: "없음 (기본 설정)",
    inline: "문서 안 주석", inlineOn: "따름 (policy-lint-disable 주석이 검사를 끌 수 있음)", inlineOff: "무시함 (--no-inline-config)",
    summary: "요약", files: "파일", file: "파일", errors: "오류", warnings: "경고", elements: "필수 항목",
    settings: "적용한 설정", facts: "선언한 사실(facts)", noFacts: "없음 (본문에서 판단)", changed: "기본값과 다른 규칙 설정", noChanges: "없음",
    checklist: "필수 항목 점검표", element: "항목", status: "상태", line: "줄", rule: "규칙", directives: "검사를 끈 문서 안 주석",
    findings: "발견 사항", none: "문제가 없습니다.", outline: "문서 구조", source: "문서 본문", basis: "근거", docs: "설명",
    other: "기타", error: "오류", warning: "경고", unreadable: "문서를 읽지 못했습니다.",
  },
  en: {
    title: "Privacy policy lint report", tool: "Tool", generated: "Generated", configFile: "Configuration file", defaultConfig: "none (built-in default)",
    inline: "Comments in documents", inlineOn: "obeyed (policy-lint-disable comments can switch checks off)", inlineOff: "ignored (--no-inline-config)",
    summary: "Summary", files: "Files", file: "File", errors: "Errors", warnings: "Warnings", elements: "Required elements",
    settings: "Settings applied", facts: "Declared facts", noFacts: "none (read from the text)", changed: "Rules set differently from the default", noChanges: "none",
    checklist: "Required elements", element: "Element", status: "Status", line: "Line", rule: "Rule", directives: "Comments in the document that switch checks off",
    findings: "Findings", none: "No problems.", outline: "Document outline", source: "Document text", basis: "Basis", docs: "Docs",
    other: "Other", error: "error", warning: "warning", unreadable: "The document could not be read.",
  },
} as const;

/** Anchor of line `line` of file `f` in the document text at the end of its section. */
function anchor(f: number, line: number): string {
  return `f${f}-L${line}`;
}

function lineLink(f: number, line: number, label = String(line)): string {
  return `<a href="#${anchor(f, line)}">${escapeHtml(label)}</a>`;
}

/** A rule id as a link to its documentation, when it has one. */
function ruleLink(id: string, meta: RuleMeta | undefined): string {
  const url = meta ? ruleDocsUrl(meta) : "";
  return url ? `<a href="${escapeHtml(url)}"><code>${escapeHtml(id)}</code></a>` : `<code>${escapeHtml(id)}</code>`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** An HTML source line as the text a reader sees: tags dropped, common entities decoded. */
function htmlLineText(line: string): string {
  return line
    .replace(/<[^<>]{0,2000}>/g, " ")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** The document's lines as a reader sees them. */
function readableLines(policy: Policy): string[] {
  const lines = policy.text.split("\n");
  return policy.format === "html" ? lines.map(htmlLineText) : lines;
}

/** The text a finding points at: the block (paragraph, item, row, heading) it starts in, else its line. */
function excerpt(m: LintMessage, policy: Policy, lines: LineIndex, readable: string[]): string {
  if (m.line > lines.lineCount) return "";
  const offset = lines.offset(m.line, m.column);
  // The innermost block: a list item rather than a paragraph the parser stretched around it.
  let block: Policy["blocks"][number] | undefined;
  for (const b of policy.blocks) {
    if (b.span.start > offset || offset >= b.span.end || b.kind === "html" || b.kind === "code") continue;
    if (!block || b.span.end - b.span.start < block.span.end - block.span.start) block = b;
  }
  return (block?.text ?? readable[m.line - 1] ?? "").trim();
}

interface OutlineEntry {
  line: number;
  level: number;
  text: string;
  topics: TopicId[];
}

function outline(policy: Policy, lines: LineIndex): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  if (policy.title) entries.push({ line: lines.position(policy.title.span.start).line, level: 0, text: policy.title.text, topics: ["title"] });
  for (const s of policy.sections) {
    if (!s.heading || s.isToc || s.heading.span.start === policy.title?.span.start) continue;
    entries.push({ line: lines.position(s.heading.span.start).line, level: s.level, text: s.title || s.heading.text, topics: s.topics });
  }
  return entries;
}

function renderFinding(m: LintMessage, f: number, meta: RuleMeta | undefined, quoted: string, locale: Locale): string {
  const t = TEXT[locale];
  const kind = m.severity === 2 ? "error" : "warning";
  const basis = meta?.legalBasis.length ? `<div class="basis">${t.basis}: ${meta.legalBasis.map((b) => escapeHtml(b[locale])).join("; ")}</div>` : "";
  return [
    `<div class="finding" data-rule="${escapeHtml(m.ruleId ?? "")}">`,
    `<div><span class="${kind}">${t[kind]}</span> <span class="line">${lineLink(f, m.line, `${m.line}:${m.column}`)}</span> ${escapeHtml(m.message)}${m.ruleId ? ` ${ruleLink(m.ruleId, meta)}` : ""}</div>`,
    quoted ? `<blockquote>${escapeHtml(quoted)}</blockquote>` : "",
    basis,
    `</div>`,
  ].join("");
}

function renderSettings(settings: FileSettings | undefined, rules: ReadonlyMap<string, RuleMeta>, locale: Locale): string {
  if (!settings) return "";
  const t = TEXT[locale];
  const facts = FACT_KEYS.filter((k) => settings.facts[k] !== undefined).map((k) => `<code>${k}: ${settings.facts[k]}</code>`);
  const changed: string[] = [];
  for (const [id, s] of settings.rules) {
    const meta = rules.get(id);
    if (meta && s.severity !== meta.defaultSeverity) changed.push(`${ruleLink(id, meta)}: ${escapeHtml(s.severity)}`);
  }
  return [
    `<h3>${t.settings}</h3>`,
    `<dl class="meta"><dt>${t.facts}</dt><dd>${facts.length ? facts.join(", ") : t.noFacts}</dd>`,
    `<dt>${t.changed}</dt><dd>${changed.length ? changed.join(", ") : t.noChanges}</dd></dl>`,
  ].join("\n");
}

function renderFile(r: LintResult, f: number, context: FormatContext): string {
  const { cwd, rules, locale } = context;
  const t = TEXT[locale];
  const out = [`<section class="file" id="f${f}">`, `<h2>${escapeHtml(relative(cwd, r.filePath) || r.filePath)}</h2>`];
  if (!r.policy || !r.elements || isNotAPolicy(r)) {
    const why = r.messages.find((m) => m.ruleId === null);
    out.push(`<p class="error">${escapeHtml(why?.message ?? t.unreadable)}</p></section>`);
    return out.join("\n");
  }
  const policy = r.policy;
  const lines = new LineIndex(policy.text);
  const readable = readableLines(policy);
  out.push(renderSettings(context.settingsFor?.(r.filePath), rules, locale));

  out.push(`<h3>${t.checklist}</h3>`, `<table class="checklist"><thead><tr><th>${t.element}</th><th>${t.status}</th><th>${t.line}</th><th>${t.rule}</th></tr></thead><tbody>`);
  for (const row of r.elements) {
    const why = notCheckedReason(row, locale);
    out.push(
      `<tr data-element="${row.element}" data-status="${row.state}"><td>${escapeHtml(elementName(row.element, locale))}</td>` +
        `<td class="status">${STATE_MARK[row.state]} ${stateText(row.state, locale)}${why ? ` <span class="why">${escapeHtml(why)}</span>` : ""}</td>` +
        `<td>${row.line !== undefined ? lineLink(f, row.line) : ""}</td><td>${ruleLink(row.ruleId, rules.get(row.ruleId))}</td></tr>`,
    );
  }
  out.push(`</tbody></table>`, `<p class="coverage">${coverageText(elementTotals(r.elements), locale)}</p>`);
  const directives = reportedDirectives(r, rules);
  if (directives.length) {
    out.push(`<h3>${t.directives}</h3>`, `<ul class="directives">`);
    for (const d of directives) out.push(`<li data-line="${d.line}">${lineLink(f, d.line, directiveText(d, locale))}</li>`);
    out.push(`</ul>`);
  }

  out.push(`<h3>${t.findings}</h3>`);
  if (!r.messages.length) out.push(`<p>${t.none}</p>`);
  const groups = new Map<string, LintMessage[]>();
  for (const m of r.messages) {
    const element = (m.ruleId && rules.get(m.ruleId)?.element) || "";
    groups.set(element, [...(groups.get(element) ?? []), m]);
  }
  // A missing element has no text of its own to quote: its finding only points at the document.
  const absent = new Set(r.elements.filter((e) => e.state === "missing").map((e) => e.ruleId));
  for (const [element, messages] of groups) {
    out.push(`<h4>${escapeHtml(element ? elementName(element as TopicId, locale) : t.other)}</h4>`);
    for (const m of messages) {
      const quoted = m.ruleId && absent.has(m.ruleId) && m.messageId === "missing" ? "" : excerpt(m, policy, lines, readable);
      out.push(renderFinding(m, f, m.ruleId ? rules.get(m.ruleId) : undefined, quoted, locale));
    }
  }

  out.push(`<h3>${t.outline}</h3>`, `<ul class="outline">`);
  for (const e of outline(policy, lines)) {
    out.push(`<li style="margin-left:${Math.max(0, e.level - 1) * 1.2}rem"><span class="line">${lineLink(f, e.line)}</span> ${escapeHtml(e.text)}${e.topics.length ? ` <small>[${e.topics.join(", ")}]</small>` : ""}</li>`);
  }
  out.push(`</ul>`);

  out.push(`<h3>${t.source}</h3>`, `<ol class="source">`);
  readable.forEach((text, i) => out.push(`<li id="${anchor(f, i + 1)}">${escapeHtml(text) || " "}</li>`));
  out.push(`</ol>`, `</section>`);
  return out.join("\n");
}

function renderIndex(results: LintResult[], context: FormatContext): string {
  const t = TEXT[context.locale];
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const out = [
    `<h2>${t.summary}</h2>`,
    `<p class="totals">${t.files} ${results.length} · ${t.errors} ${errors} · ${t.warnings} ${warnings}</p>`,
    `<table class="index"><thead><tr><th>${t.file}</th><th>${t.errors}</th><th>${t.warnings}</th><th>${t.elements}</th></tr></thead><tbody>`,
  ];
  results.forEach((r, f) => {
    const coverage = r.elements ? coverageText(elementTotals(r.elements), context.locale) : t.unreadable;
    out.push(`<tr><td><a href="#f${f}">${escapeHtml(relative(context.cwd, r.filePath) || r.filePath)}</a></td><td>${r.errorCount}</td><td>${r.warningCount}</td><td>${escapeHtml(coverage)}</td></tr>`);
  });
  out.push(`</tbody></table>`);
  return out.join("\n");
}

/** "2026-12-05 01:50:07 UTC": a record states its time without depending on the reader's zone. */
function timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export const html: Formatter = (results, context) => {
  const { locale, cwd } = context;
  const t = TEXT[locale];
  const configFile = context.configFile ? relative(cwd, context.configFile) || context.configFile : t.defaultConfig;
  return htmlPage({
    locale,
    title: t.title,
    css: CSS,
    body: [
      `<dl class="meta">`,
      `<dt>${t.tool}</dt><dd>policy-lint ${escapeHtml(VERSION)}</dd>`,
      `<dt>${t.generated}</dt><dd><time datetime="${(context.generatedAt ?? new Date()).toISOString()}">${timestamp(context.generatedAt ?? new Date())}</time></dd>`,
      `<dt>${t.configFile}</dt><dd>${escapeHtml(configFile)}</dd>`,
      `<dt>${t.inline}</dt><dd>${context.inlineConfig === false ? t.inlineOff : t.inlineOn}</dd>`,
      `</dl>`,
      renderIndex(results, context),
      ...results.map((r, f) => renderFile(r, f, context)),
    ],
  }).join("\n");
};
