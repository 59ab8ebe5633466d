/**
 * `--format checklist`: for each file, the state of each required element (pipa.md §1.4) as the
 * lint established it (src/engine/elements.ts), and the inline comments that switched checks off.
 * The html report shows the same rows through the same functions.
 */
import { Chalk } from "chalk";
import { relative } from "node:path";
import { elementName, STATE_TEXT } from "../data/element-states.js";
import { elementTotals, type ElementTotals } from "../engine/elements.js";
import { sanitize } from "../engine/messages.js";
import type { ElementState, ElementStatus, InlineDirective, LintResult } from "../engine/types.js";
import type { TopicId } from "../policy/types.js";
import { isNotAPolicy } from "../engine/not-a-policy.js";
import type { Locale, RuleMeta } from "../rule-api.js";
import type { Formatter } from "./types.js";

export { CORE_ELEMENTS } from "../engine/elements.js";
export { elementName };

export const STATE_MARK: Record<ElementState, string> = {
  present: "✓",
  "needs-work": "△",
  wrong: "✗",
  missing: "✗",
  "not-checked": "?",
  "not-needed": "–",
};

export function stateText(state: ElementState, locale: Locale): string {
  return STATE_TEXT[state][locale];
}

/** Why an element was not checked, in a few words; empty for other states. */
export function notCheckedReason(status: ElementStatus, locale: Locale): string {
  const why = status.notChecked;
  if (!why) return "";
  const ko = locale === "ko";
  if (why.by === "config") return ko ? "설정에서 규칙을 끔" : "rule off in the configuration";
  if (why.by === "error") return ko ? "규칙 실행 오류" : "the rule failed";
  const lines = why.lines.join(", ");
  return ko ? `문서 주석이 결과를 숨김(${lines}번째 줄)` : `findings hidden by a comment in the document (line ${lines})`;
}

export function coverageText(totals: ElementTotals, locale: Locale): string {
  const base = locale === "ko" ? `${totals.addressed}/${totals.required} 필수 항목` : `${totals.addressed}/${totals.required} required elements`;
  if (!totals.notChecked) return base;
  return locale === "ko" ? `${base}, 점검 안 한 항목 ${totals.notChecked}개` : `${base}, ${totals.notChecked} not checked`;
}

/**
 * The comments a report must list: those that hid findings, and block disables of element rules
 * (or of every rule), which switch an element's check off for the rest of the document.
 */
export function reportedDirectives(result: LintResult, rules: ReadonlyMap<string, RuleMeta>): InlineDirective[] {
  return (result.directives ?? []).filter(
    (d) => Object.keys(d.hidden).length > 0 || (d.kind === "disable" && (!d.rules || d.rules.some((id) => rules.get(id)?.element))),
  );
}

export function directiveText(d: InlineDirective, locale: Locale): string {
  const ko = locale === "ko";
  const named = d.rules ? d.rules.map(sanitize).join(", ") : ko ? "모든 규칙" : "every rule";
  const hidden = Object.entries(d.hidden);
  const total = hidden.reduce((n, [, count]) => n + count, 0);
  const what = total
    ? ko
      ? `숨긴 문제 ${total}건 (${hidden.map(([id]) => sanitize(id)).join(", ")})`
      : `hid ${total} finding(s) (${hidden.map(([id]) => sanitize(id)).join(", ")})`
    : ko
      ? "숨긴 문제 없음"
      : "hid nothing";
  return ko ? `${d.line}번째 줄 policy-lint-${d.kind} (${named}): ${what}` : `line ${d.line} policy-lint-${d.kind} (${named}): ${what}`;
}

/** Terminal columns of a string: Hangul, CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export const checklistFormatter: Formatter = (results, { cwd, color, locale, rules }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<ElementState, (s: string) => string> = {
    present: c.green,
    "needs-work": c.yellow,
    wrong: c.red,
    missing: c.red,
    "not-checked": c.magenta,
    "not-needed": c.dim,
  };
  const header = locale === "ko" ? ["항목", "상태", "줄", "규칙"] : ["element", "status", "line", "rule"];
  const out: string[] = [];
  for (const r of results) {
    out.push(c.underline(sanitize(relative(cwd, r.filePath) || r.filePath)));
    // A file without element states could not be read, or is not a policy: its one message says which.
    const why = r.messages.find((m) => m.ruleId === null);
    if (!r.elements || isNotAPolicy(r)) {
      out.push(`  ${sanitize(why?.message ?? (locale === "ko" ? "문서를 읽지 못했습니다." : "the document could not be read."))}`, "");
      continue;
    }
    const table = r.elements.map((row) => [
      elementName(row.element, locale),
      `${STATE_MARK[row.state]} ${stateText(row.state, locale)}`,
      row.line !== undefined ? String(row.line) : "",
      row.ruleId,
    ]);
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...table.map((cells) => displayWidth(cells[i]))));
    out.push(`  ${header.map((h, i) => c.bold(i === header.length - 1 ? h : pad(h, widths[i]))).join("  ")}`);
    r.elements.forEach((row, i) => {
      const [name, status, line, rule] = table[i];
      const why = notCheckedReason(row, locale);
      out.push(`  ${pad(name, widths[0])}  ${paint[row.state](pad(status, widths[1]))}  ${pad(line, widths[2])}  ${c.dim(rule)}${why ? `  ${c.magenta(why)}` : ""}`);
    });
    const totals = elementTotals(r.elements);
    const complete = totals.addressed === totals.required && !totals.notChecked;
    out.push(`  ${(complete ? c.green : c.yellow).bold(coverageText(totals, locale))}`);
    const directives = reportedDirectives(r, rules);
    if (directives.length) {
      out.push(`  ${c.bold(locale === "ko" ? "검사를 끈 문서 안 주석:" : "Comments in the document that switch checks off:")}`);
      for (const d of directives) out.push(`    ${directiveText(d, locale)}`);
    }
    out.push("");
  }
  return out.join("\n");
};
