/**
 * `--format checklist`: for each file, which of the required elements (pipa.md §1.4) the policy
 * addresses, read from the model and the rules' `missing` reports. The html report shows the same
 * rows, so the computation is exported.
 */
import { Chalk } from "chalk";
import { relative } from "node:path";
import { TOPICS } from "../data/topics.js";
import { sanitize } from "../engine/messages.js";
import type { LintResult } from "../engine/types.js";
import { isNotAPolicy } from "../engine/not-a-policy.js";
import { LineIndex } from "../policy/line-index.js";
import type { Policy, TopicId } from "../policy/types.js";
import type { Locale, RuleMeta } from "../rule-api.js";
import type { Formatter } from "./types.js";

/** The elements every policy must address (or state that it does not do), pipa.md §1.4. */
export const CORE_ELEMENTS: readonly TopicId[] = [
  "title",
  "purpose",
  "items",
  "retention",
  "destruction",
  "third-party",
  "consignment",
  "overseas-transfer",
  "safety-measures",
  "auto-collection",
  "rights",
  "privacy-officer",
  "redress",
  "changes",
];

export type ElementStatus = "found" | "missing" | "not-needed";

export interface ChecklistRow {
  element: TopicId;
  ruleId: string;
  status: ElementStatus;
  /** Line of the section (or title) that addresses the element, when it has one of its own. */
  line?: number;
  core: boolean;
}

export interface Checklist {
  rows: ChecklistRow[];
  found: number;
  /** Rows the policy must address: every row that is not "not needed". */
  required: number;
}

const NAMES = new Map(TOPICS.map((t) => [t.id, t.name]));

export function elementName(element: TopicId, locale: Locale): string {
  return NAMES.get(element)?.[locale] ?? element;
}

/** Offset of what addresses the element: the title block, or the first section on the topic. */
function addressedAt(policy: Policy, element: TopicId): number | undefined {
  if (element === "title") return policy.title?.span.start;
  const section = policy.sections.find((s) => !s.isToc && s.topics.includes(element));
  return section ? (section.heading?.span.start ?? section.span.start) : undefined;
}

export function checklist(result: LintResult, rules: ReadonlyMap<string, RuleMeta>): Checklist {
  const policy = result.policy;
  const lines = policy ? new LineIndex(policy.text) : undefined;
  const rows: ChecklistRow[] = [];
  for (const meta of rules.values()) {
    if (!meta.element) continue;
    const core = CORE_ELEMENTS.includes(meta.element);
    const missing = result.messages.some((m) => m.ruleId === meta.id && m.messageId === "missing");
    const at = policy ? addressedAt(policy, meta.element) : undefined;
    const line = at !== undefined && lines ? lines.position(at).line : undefined;
    let status: ElementStatus;
    if (missing) status = "missing";
    else if (line !== undefined) status = "found";
    // A MUST element without a report was found by the rule, perhaps without a heading of its own
    // (a CPO line at the end); a conditional one without report or section is simply not triggered.
    else status = meta.requirement === "MUST" || meta.requirement === "SHOULD" ? "found" : "not-needed";
    if (!core && status === "not-needed") continue;
    rows.push({ element: meta.element, ruleId: meta.id, status, line: status === "found" ? line : undefined, core });
  }
  const required = rows.filter((r) => r.status !== "not-needed").length;
  return { rows, found: rows.filter((r) => r.status === "found").length, required };
}

const STATUS_TEXT: Record<ElementStatus, Record<Locale, string>> = {
  found: { ko: "있음", en: "found" },
  missing: { ko: "없음", en: "missing" },
  "not-needed": { ko: "해당 없음", en: "not needed" },
};

export function statusText(status: ElementStatus, locale: Locale): string {
  return STATUS_TEXT[status][locale];
}

export function coverageText(list: Checklist, locale: Locale): string {
  return locale === "ko" ? `${list.found}/${list.required} 필수 항목` : `${list.found}/${list.required} required elements`;
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
  const paint: Record<ElementStatus, (s: string) => string> = { found: c.green, missing: c.red, "not-needed": c.dim };
  const mark: Record<ElementStatus, string> = { found: "✓", missing: "✗", "not-needed": "–" };
  const header = locale === "ko" ? ["항목", "상태", "줄", "규칙"] : ["element", "status", "line", "rule"];
  const out: string[] = [];
  for (const r of results) {
    out.push(c.underline(sanitize(relative(cwd, r.filePath) || r.filePath)));
    // A file without a model could not be read, or is not a policy: its one message says which.
    const why = r.messages.find((m) => m.ruleId === null);
    if (!r.policy || isNotAPolicy(r)) {
      out.push(`  ${sanitize(why?.message ?? (locale === "ko" ? "문서를 읽지 못했습니다." : "the document could not be read."))}`, "");
      continue;
    }
    const list = checklist(r, rules);
    const table = list.rows.map((row) => [
      elementName(row.element, locale),
      `${mark[row.status]} ${statusText(row.status, locale)}`,
      row.line !== undefined ? String(row.line) : "",
      row.ruleId,
    ]);
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...table.map((cells) => displayWidth(cells[i]))));
    out.push(`  ${header.map((h, i) => c.bold(i === header.length - 1 ? h : pad(h, widths[i]))).join("  ")}`);
    list.rows.forEach((row, i) => {
      const [name, status, line, rule] = table[i];
      out.push(`  ${pad(name, widths[0])}  ${paint[row.status](pad(status, widths[1]))}  ${pad(line, widths[2])}  ${c.dim(rule)}`);
    });
    out.push(`  ${(list.found === list.required ? c.green : c.yellow).bold(coverageText(list, locale))}`, "");
  }
  return out.join("\n");
};
