/**
 * Lints one decoded document: parse, build the model, run every enabled rule in isolation,
 * apply directives, severities and localisation, and optionally apply fixes.
 */
import { parse, detectFormat, type Format } from "../parse/index.js";
import { buildPolicy } from "../policy/build.js";
import { looksLikePolicy } from "../policy/is-policy.js";
import { LineIndex } from "../policy/line-index.js";
import { PolicyQuery } from "../policy/query.js";
import type { PlainTextFallback } from "../parse/markdown.js";
import type { Policy, Span } from "../policy/types.js";
import type { PolicyDiff } from "../diff/types.js";
import type { Edit, PreviousVersion, ReportDescriptor, Rule, RuleContext } from "../rule-api.js";
import { ELEMENT_IDS, type ElementId } from "../evidence/index.js";
import { Directives } from "./directives.js";
import { elementStatuses } from "./elements.js";
import { renderMessage, sanitize } from "./messages.js";
import { notAPolicyMessage } from "./not-a-policy.js";
import type { InlineDirective, LintMessage, LintResult, ResolvedConfig, RuleRegistry, RuleSetting, SuppressedMessage } from "./types.js";

export interface LintOptions {
  fix?: boolean;
  /** ISO date the lint runs on; defaults to today. */
  today?: string;
  format?: Format;
  /** The previous version's text (e.g. the file at a git ref), for rules that judge a change. */
  previous?: { text: string; label: string };
  /** Obey policy-lint-disable/enable comments in the document (default true). */
  inlineConfig?: boolean;
  /** Report disable comments that hid nothing, as errors. */
  reportUnusedDisableDirectives?: boolean;
  /**
   * The text is a piece of a policy (a rule's test case, an editor selection): run the rules
   * whatever it looks like, instead of answering that it is not a privacy policy.
   */
  fragment?: boolean;
}

/** Original text with its line structure, so that LF-normalised offsets map back exactly. */
class SourceMap {
  readonly normalized: string;
  /** Line starts in the original, when its line ends were normalised (otherwise offsets map to themselves). */
  private readonly originalStarts: number[] | null = null;
  readonly lines: LineIndex;

  constructor(readonly original: string) {
    this.normalized = original.includes("\r") ? original.replace(/\r\n?/g, "\n") : original;
    this.lines = new LineIndex(this.normalized);
    if (this.normalized === original) return;
    const starts = [0];
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c === 10 || (c === 13 && original.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.originalStarts = starts;
  }

  toOriginal(offset: number): number {
    if (!this.originalStarts) return offset;
    const line = this.lines.lineOf(offset);
    return this.originalStarts[line] + (offset - this.lines.lineStart(line));
  }
}

const MAX_FIX_PASSES = 5;

export async function lintText(text: string, filePath: string, config: ResolvedConfig, registry: RuleRegistry, options: LintOptions = {}): Promise<LintResult> {
  let current = text;
  let result = await lintOnce(current, filePath, config, registry, options);
  if (!options.fix) return result;
  let changed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(current, result.messages);
    if (fixed === current) break;
    changed = true;
    current = fixed;
    result = await lintOnce(current, filePath, config, registry, options);
  }
  if (changed) result.output = current;
  return result;
}

/** Applies non-overlapping fixes in one pass, first come first served. */
export function applyFixes(text: string, messages: LintMessage[]): string {
  const fixes = messages.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let last = 0;
  for (const fix of fixes) {
    if (fix.range[0] < last) continue;
    out += text.slice(last, fix.range[0]) + fix.text;
    last = fix.range[1];
  }
  return last === 0 && !fixes.length ? text : out + text.slice(last);
}

async function lintOnce(text: string, filePath: string, config: ResolvedConfig, registry: RuleRegistry, options: LintOptions): Promise<LintResult> {
  const source = new SourceMap(text);
  const format = options.format ?? detectFormat(filePath, source.normalized);
  const lines = source.lines;
  const { policy, plainTextFallback } = await readPolicy(source.normalized, format, lines);
  // Fourteen "missing" findings on a README say nothing; one line saying why is the finding.
  if (!options.fragment && !looksLikePolicy(policy)) return summarize(filePath, [notAPolicyMessage(config.locale)], policy);
  const directives = options.inlineConfig === false ? undefined : new Directives(source.normalized, lines);
  const messages: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const query = new PolicyQuery(policy);
  const previous = options.previous ? await readPrevious(options.previous, filePath, options.format, policy) : undefined;

  for (const [ruleId, setting] of config.rules) {
    if (setting.severity === "off") continue;
    const rule = registry.get(ruleId);
    if (!rule) continue;
    const reports: ReportDescriptor[] = [];
    const context: RuleContext = {
      options: setting.options,
      facts: config.facts,
      today,
      query,
      ...(previous ? { previous } : {}),
      report: (d) => void reports.push(d),
    };
    try {
      rule.check(policy, context);
    } catch (error) {
      messages.push(ruleFailure(ruleId, error, config.locale));
      continue;
    }
    for (const d of reports) {
      const message = toMessage(rule, d, setting, policy, lines, source, config);
      if (directives?.suppress(ruleId, message.line)) suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: "" }] });
      else messages.push(message);
    }
  }
  for (const piece of plainTextFallback) messages.push(plainTextNotice(piece, config.locale));
  const applied = directives?.list() ?? [];
  if (options.reportUnusedDisableDirectives) messages.push(...unusedDirectives(applied, config));
  messages.sort(byPosition);
  suppressed.sort(byPosition);
  const result = summarize(filePath, messages, policy);
  result.suppressedMessages = suppressed;
  result.directives = applied;
  result.elements = elementStatuses({
    policy,
    lines,
    messages,
    directives: applied,
    config,
    rules: registry.all().map((r) => r.meta),
    evidenceAt: (element) => {
      if (!(ELEMENT_IDS as readonly string[]).includes(element)) return undefined;
      const starts = query.evidence(element as ElementId).accepted.map((e) => e.span.start);
      return starts.length ? Math.min(...starts) : undefined;
    },
  });
  return result;
}

/**
 * Parses and builds the model. The syntax tree is dropped here, once the model is built: it is
 * the largest structure of a run (a few hundred bytes per line) and the collector would otherwise
 * trace it on every major collection while the rules run.
 */
async function readPolicy(text: string, format: Format, lines: LineIndex): Promise<{ policy: Policy; plainTextFallback: PlainTextFallback[] }> {
  const root = await parse(text, format);
  return { policy: buildPolicy(text, format, root, lines), plainTextFallback: root.data?.plainTextFallback ?? [] };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** ESLint's report of disable comments that hid nothing: one message per comment and rule named. */
function unusedDirectives(directives: InlineDirective[], config: ResolvedConfig): LintMessage[] {
  const out: LintMessage[] = [];
  const at = (d: InlineDirective, message: string): LintMessage => ({
    ruleId: null,
    messageId: "unused-disable-directive",
    severity: 2,
    message,
    line: d.line,
    column: d.column,
    endLine: d.line,
    endColumn: d.column,
  });
  const ko = config.locale === "ko";
  for (const d of directives) {
    if (d.kind === "enable") continue;
    if (!d.rules) {
      if (!Object.keys(d.hidden).length) {
        out.push(at(d, ko ? "숨긴 문제가 없는 policy-lint-disable 주석입니다. 주석을 삭제하십시오." : "Unused policy-lint-disable directive (no problems were reported)."));
      }
      continue;
    }
    for (const rule of d.rules) {
      if (d.hidden[rule]) continue;
      const text = ko
        ? `'${sanitize(rule)}' 규칙이 보고한 문제가 없는 policy-lint-disable 주석입니다. 주석에서 규칙을 삭제하십시오.`
        : `Unused policy-lint-disable directive (no problems were reported from '${sanitize(rule)}').`;
      out.push(at(d, text));
    }
  }
  return out;
}

/** The previous version read like this one; the comparison runs only if a rule asks for it. */
async function readPrevious(source: { text: string; label: string }, filePath: string, format: Format | undefined, current: Policy): Promise<PreviousVersion> {
  const text = source.text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const oldFormat = format ?? detectFormat(filePath, text);
  const policy = buildPolicy(text, oldFormat, await parse(text, oldFormat));
  const { diffPolicies } = await import("../diff/compare.js");
  let changes: PolicyDiff | undefined;
  return {
    label: source.label,
    policy,
    get changes() {
      return (changes ??= diffPolicies(policy, current));
    },
  };
}

/** Says that part of a Markdown document was read as plain text, so its structure may differ from a renderer's. */
function plainTextNotice(piece: PlainTextFallback, locale: ResolvedConfig["locale"]): LintMessage {
  const lines = piece.startLine === piece.endLine ? `${piece.startLine}` : `${piece.startLine}–${piece.endLine}`;
  const message =
    locale === "ko"
      ? `${lines}행은 Markdown 구조(${FALLBACK_REASON.ko[piece.reason]})가 선형 시간에 해석할 수 없는 형태여서 일반 텍스트로 읽었습니다.`
      : `Lines ${lines} were read as plain text: their Markdown (${FALLBACK_REASON.en[piece.reason]}) cannot be parsed in linear time.`;
  return { ruleId: null, messageId: "plain-text-fallback", severity: 1, message, line: piece.startLine, column: 1, endLine: piece.endLine, endColumn: 1 };
}

const FALLBACK_REASON: Record<ResolvedConfig["locale"], Record<PlainTextFallback["reason"], string>> = {
  ko: {
    nesting: "한 줄에 겹친 목록·인용 표시",
    indentation: "깊은 들여쓰기",
    brackets: "한 문단의 대괄호",
    delimiters: "한 문단의 강조 기호",
    underlines: "한 문단의 밑줄 행",
    "long-paragraph": "매우 긴 문단",
    "markup-density": "기호 위주의 본문",
  },
  en: {
    nesting: "list and quote markers stacked on one line",
    indentation: "deep indentation",
    brackets: "brackets in one paragraph",
    delimiters: "emphasis markers in one paragraph",
    underlines: "underline rows in one paragraph",
    "long-paragraph": "a very long paragraph",
    "markup-density": "text made mostly of markup",
  },
};

function ruleFailure(ruleId: string, error: unknown, locale: ResolvedConfig["locale"]): LintMessage {
  const reason = sanitize(error instanceof Error ? error.message : String(error)).slice(0, 300);
  const message = locale === "ko" ? `규칙 "${ruleId}" 실행 중 오류가 발생했습니다: ${reason}` : `Rule "${ruleId}" failed: ${reason}`;
  return { ruleId, messageId: "rule-error", severity: 2, fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function locate(d: ReportDescriptor, policy: Policy): Span {
  if (d.at !== "document") return d.at;
  return policy.title?.span ?? { start: 0, end: 0 };
}

/**
 * A severity the user chose is the severity reported. Only the preset's severity is lowered for an
 * advisory finding (a conditional element no declared fact requires) or a practice-only message.
 */
function severityOf(rule: Rule, d: ReportDescriptor, setting: RuleSetting): 1 | 2 {
  const configured = setting.severity === "error" ? 2 : 1;
  if (setting.explicit) return configured;
  const capped = d.advisory || rule.meta.messages[d.messageId]?.maxSeverity === "warn";
  return capped ? 1 : configured;
}

function toMessage(rule: Rule, d: ReportDescriptor, setting: RuleSetting, policy: Policy, lines: LineIndex, source: SourceMap, config: ResolvedConfig): LintMessage {
  const span = locate(d, policy);
  const start = lines.position(span.start);
  const end = lines.position(Math.max(span.start, span.end));
  const message: LintMessage = {
    ruleId: rule.meta.id,
    messageId: d.messageId,
    severity: severityOf(rule, d, setting),
    message: renderMessage(rule.meta, d.messageId, d.data, config.locale),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  const edits = d.fix ? (Array.isArray(d.fix) ? d.fix : [d.fix]) : [];
  if (edits.length) message.fix = mergeEdits(edits, policy.text, source);
  if (d.suggestions?.length) message.suggestions = d.suggestions.map((s) => ({ desc: s.desc[config.locale], text: s.text }));
  return message;
}

/** Several edits of one report become one ESLint-style fix over the range they cover. */
function mergeEdits(edits: Edit[], normalized: string, source: SourceMap): LintMessage["fix"] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const start = sorted[0].span.start;
  const end = sorted[sorted.length - 1].span.end;
  let text = "";
  let cursor = start;
  for (const e of sorted) {
    text += normalized.slice(cursor, e.span.start) + e.text;
    cursor = e.span.end;
  }
  const originalStart = source.toOriginal(start);
  const originalEnd = source.toOriginal(end);
  const between = source.original.slice(originalStart, originalEnd);
  // Keep the file's own line endings inside a multi-line fix.
  if (between.includes("\r\n")) text = text.replace(/\n/g, "\r\n");
  return { range: [originalStart, originalEnd], text };
}

export function summarize(filePath: string, messages: LintMessage[], policy?: Policy): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
    if (m.fix && m.severity === 2) fixableErrorCount++;
    if (m.fix && m.severity === 1) fixableWarningCount++;
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount, policy };
}

/** A file that could not be read or decoded: one fatal message, nothing else. */
export function fatalResult(filePath: string, reason: string): LintResult {
  return summarize(filePath, [
    { ruleId: null, messageId: "fatal", severity: 2, fatal: true, message: sanitize(reason), line: 1, column: 1, endLine: 1, endColumn: 1 },
  ]);
}
