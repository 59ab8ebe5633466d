/**
 * `--format html`: one self-contained report page (inline CSS, no script, no external asset) with
 * the checklist, the findings grouped by element with the quoted line and legal basis, and the
 * document outline. Every string from a document is escaped, and a Content-Security-Policy that
 * allows no script backs that up.
 */
import { relative } from "node:path";
import { sanitize } from "../engine/messages.js";
import type { LintMessage, LintResult } from "../engine/types.js";
import { isNotAPolicy } from "../engine/not-a-policy.js";
import { LineIndex } from "../policy/line-index.js";
import type { Policy, TopicId } from "../policy/types.js";
import type { Locale, RuleMeta } from "../rule-api.js";
import { checklist, coverageText, elementName, statusText } from "./checklist.js";
import type { Formatter } from "./types.js";

export function escapeHtml(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const CSS = `
body{font:15px/1.5 system-ui,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
tr[data-status=found] .status{color:#1a7f37}tr[data-status=missing] .status{color:#cf222e;font-weight:600}tr[data-status=not-needed] .status{color:#656d76}
.coverage{font-weight:600;margin:.5rem 0}.finding{margin:.6rem 0 1rem}.error{color:#cf222e}.warning{color:#9a6700}
blockquote{margin:.3rem 0;padding:.3rem .8rem;background:#f6f8fa;border-left:3px solid #d0d7de;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.9em}
.basis{color:#656d76;font-size:.9em}.outline li{margin:.1rem 0}.line{color:#656d76;font-variant-numeric:tabular-nums}
`;

const TEXT = {
  ko: { title: "개인정보 처리방침 검사 보고서", checklist: "필수 항목 점검표", element: "항목", status: "상태", line: "줄", rule: "규칙", findings: "발견 사항", none: "문제가 없습니다.", outline: "문서 구조", basis: "근거", other: "기타", error: "오류", warning: "경고", unreadable: "문서를 읽지 못했습니다." },
  en: { title: "Privacy policy lint report", checklist: "Required elements", element: "Element", status: "Status", line: "Line", rule: "Rule", findings: "Findings", none: "No problems.", outline: "Document outline", basis: "Basis", other: "Other", error: "error", warning: "warning", unreadable: "The document could not be read." },
} as const;

/** Anchor of a line of file `f`: outline entries carry it, checklist rows and findings link to it. */
function anchor(f: number, line: number): string {
  return `f${f}-L${line}`;
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

/** The outline entry a line falls under: the last one that starts at or before it. */
function entryFor(entries: OutlineEntry[], line: number): OutlineEntry | undefined {
  let found: OutlineEntry | undefined;
  for (const e of entries) if (e.line <= line) found = e;
  return found;
}

function renderFinding(m: LintMessage, f: number, meta: RuleMeta | undefined, sourceLines: string[], entries: OutlineEntry[], locale: Locale): string {
  const t = TEXT[locale];
  const kind = m.severity === 2 ? "error" : "warning";
  const target = entryFor(entries, m.line);
  const where = target ? `<a href="#${anchor(f, target.line)}">${m.line}:${m.column}</a>` : `${m.line}:${m.column}`;
  const quoted = sourceLines[m.line - 1];
  const basis = meta?.legalBasis.length
    ? `<div class="basis">${t.basis}: ${meta.legalBasis.map((b) => `${escapeHtml(b[locale])} [${escapeHtml(b.source)}]`).join("; ")}</div>`
    : "";
  return [
    `<div class="finding" data-rule="${escapeHtml(m.ruleId ?? "")}">`,
    `<div><span class="${kind}">${t[kind]}</span> <span class="line">${where}</span> ${escapeHtml(m.message)}${m.ruleId ? ` <code>${escapeHtml(m.ruleId)}</code>` : ""}</div>`,
    quoted !== undefined && quoted.trim() ? `<blockquote>${escapeHtml(quoted)}</blockquote>` : "",
    basis,
    `</div>`,
  ].join("");
}

function renderFile(r: LintResult, f: number, cwd: string, rules: ReadonlyMap<string, RuleMeta>, locale: Locale): string {
  const t = TEXT[locale];
  const out = [`<section class="file" id="f${f}">`, `<h2>${escapeHtml(relative(cwd, r.filePath) || r.filePath)}</h2>`];
  if (!r.policy || isNotAPolicy(r)) {
    const why = r.messages.find((m) => m.ruleId === null);
    out.push(`<p class="error">${escapeHtml(why?.message ?? t.unreadable)}</p></section>`);
    return out.join("\n");
  }
  const lines = new LineIndex(r.policy.text);
  const sourceLines = r.policy.text.split("\n");
  const entries = outline(r.policy, lines);

  const list = checklist(r, rules);
  out.push(`<h3>${t.checklist}</h3>`, `<table class="checklist"><thead><tr><th>${t.element}</th><th>${t.status}</th><th>${t.line}</th><th>${t.rule}</th></tr></thead><tbody>`);
  for (const row of list.rows) {
    const line = row.line !== undefined ? `<a href="#${anchor(f, row.line)}">${row.line}</a>` : "";
    out.push(`<tr data-element="${row.element}" data-status="${row.status}"><td>${escapeHtml(elementName(row.element, locale))}</td><td class="status">${statusText(row.status, locale)}</td><td>${line}</td><td><code>${row.ruleId}</code></td></tr>`);
  }
  out.push(`</tbody></table>`, `<p class="coverage">${coverageText(list, locale)}</p>`);

  out.push(`<h3>${t.findings}</h3>`);
  if (!r.messages.length) out.push(`<p>${t.none}</p>`);
  const groups = new Map<string, LintMessage[]>();
  for (const m of r.messages) {
    const element = (m.ruleId && rules.get(m.ruleId)?.element) || "";
    groups.set(element, [...(groups.get(element) ?? []), m]);
  }
  for (const [element, messages] of groups) {
    out.push(`<h4>${escapeHtml(element ? elementName(element as TopicId, locale) : t.other)}</h4>`);
    for (const m of messages) out.push(renderFinding(m, f, m.ruleId ? rules.get(m.ruleId) : undefined, sourceLines, entries, locale));
  }

  out.push(`<h3>${t.outline}</h3>`, `<ul class="outline">`);
  for (const e of entries) {
    out.push(`<li id="${anchor(f, e.line)}" style="margin-left:${Math.max(0, e.level - 1) * 1.2}rem"><span class="line">${e.line}</span> ${escapeHtml(e.text)}${e.topics.length ? ` <small>[${e.topics.join(", ")}]</small>` : ""}</li>`);
  }
  out.push(`</ul>`, `</section>`);
  return out.join("\n");
}

export const html: Formatter = (results, { cwd, locale, rules }) => {
  const t = TEXT[locale];
  return [
    `<!doctype html>`,
    `<html lang="${locale}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${t.title}</title>`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    `<h1>${t.title}</h1>`,
    ...results.map((r, f) => renderFile(r, f, cwd, rules, locale)),
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
};
