/**
 * The state of each required element, derived once per file from the findings, the resolved
 * configuration and the inline comments applied. Every report (checklist, html, json, sarif)
 * reads these, so that none of them can say more than the lint checked.
 */
import type { LineIndex } from "../policy/line-index.js";
import type { Policy, TopicId } from "../policy/types.js";
import type { RuleMeta } from "../rule-api.js";
import type { ElementState, ElementStatus, InlineDirective, LintMessage, ResolvedConfig } from "./types.js";

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

export interface ElementInput {
  policy: Policy;
  lines: LineIndex;
  /** Findings as reported (after inline comments). */
  messages: readonly LintMessage[];
  /** Inline comments applied, with the findings they hid. */
  directives: readonly InlineDirective[];
  config: ResolvedConfig;
  rules: Iterable<RuleMeta>;
  /** Offset of the first accepted evidence for an element without a section of its own (a CPO block at the end). */
  evidenceAt?: (element: TopicId) => number | undefined;
}

/** Offset of what addresses the element: the title block, or the first section on the topic. */
function addressedAt(policy: Policy, element: TopicId): number | undefined {
  if (element === "title") return policy.title?.span.start;
  const section = policy.sections.find((s) => !s.isToc && s.topics.includes(element));
  return section ? (section.heading?.span.start ?? section.span.start) : undefined;
}

export function elementStatuses(input: ElementInput): ElementStatus[] {
  const { policy, lines, messages, directives, config } = input;
  const statuses: ElementStatus[] = [];
  for (const meta of input.rules) {
    if (!meta.element) continue;
    const core = CORE_ELEMENTS.includes(meta.element);
    const own = messages.filter((m) => m.ruleId === meta.id);
    const hiddenBy = directives.filter((d) => (d.hidden[meta.id] ?? 0) > 0).map((d) => d.line);
    const at = addressedAt(policy, meta.element);
    const line = at === undefined ? undefined : lines.position(at).line;
    const base = { element: meta.element, ruleId: meta.id, core, findings: own.length };

    if (config.rules.get(meta.id)?.severity === "off") {
      if (core) statuses.push({ ...base, state: "not-checked", notChecked: { by: "config" } });
      continue;
    }
    if (own.some((m) => m.messageId === "rule-error")) {
      statuses.push({ ...base, state: "not-checked", notChecked: { by: "error" } });
      continue;
    }
    let state: ElementState;
    if (own.some((m) => m.messageId === "missing")) state = meta.element === "title" && policy.title ? "wrong" : "missing";
    else if (hiddenBy.length) state = "not-checked";
    else if (own.length) state = "needs-work";
    else if (line !== undefined) state = "present";
    // A MUST element without a report was found by the rule, perhaps without a heading of its own
    // (a CPO line at the end); a conditional one without report or section is simply not triggered.
    else state = meta.requirement === "MUST" || meta.requirement === "SHOULD" ? "present" : "not-needed";
    if (!core && state === "not-needed") continue;
    const status: ElementStatus = { ...base, state };
    if (state !== "missing" && state !== "not-needed") {
      const where = at ?? input.evidenceAt?.(meta.element);
      if (where !== undefined) status.line = lines.position(where).line;
    }
    if (state === "not-checked") status.notChecked = { by: "inline", lines: hiddenBy };
    statuses.push(status);
  }
  return statuses;
}

export interface ElementTotals {
  /** Elements the policy addresses: present or needing work. */
  addressed: number;
  /** Elements that must be addressed: every element that is not "not needed". */
  required: number;
  notChecked: number;
}

export function elementTotals(statuses: readonly ElementStatus[]): ElementTotals {
  return {
    addressed: statuses.filter((s) => s.state === "present" || s.state === "needs-work").length,
    required: statuses.filter((s) => s.state !== "not-needed").length,
    notChecked: statuses.filter((s) => s.state === "not-checked").length,
  };
}
