/**
 * The element checklist and its evidence, read from one lint result: a rule's `missing` report
 * means missing, any other report of an element rule means needs work, no report means present
 * (or not needed for a conditional element the document never touches).
 */
import type { LintMessage, LintResult, RuleMeta, SeverityName, TopicId } from "../../src/browser.js";
import { LineIndex } from "../../src/policy/line-index.js";

export type ElementStatus = "present" | "needs-work" | "missing" | "not-checked" | "not-needed";

export interface EvidenceLine {
  line: number;
  endLine: number;
  text: string;
}

export interface ElementRow {
  element: TopicId;
  ruleId: string;
  status: ElementStatus;
  /** First line that addresses the element, for the link in the checklist. */
  line?: number;
  /** Sections (or the title) that speak to the element. */
  evidence: EvidenceLine[];
  findings: LintMessage[];
}

export function elementRows(result: LintResult, metas: RuleMeta[], severity: (meta: RuleMeta) => SeverityName): ElementRow[] {
  const policy = result.policy;
  const lines = policy ? new LineIndex(policy.text) : undefined;
  const rows: ElementRow[] = [];
  for (const meta of metas) {
    if (!meta.element) continue;
    const element = meta.element;
    const evidence: EvidenceLine[] = [];
    if (policy && lines) {
      if (element === "title" && policy.title) {
        const at = lines.position(policy.title.span.start).line;
        evidence.push({ line: at, endLine: at, text: policy.title.text });
      }
      for (const s of policy.sections) {
        if (s.isToc || !s.topics.includes(element) || s.heading?.span.start === policy.title?.span.start) continue;
        const start = lines.position(s.heading?.span.start ?? s.span.start).line;
        const end = lines.position(Math.max(s.span.start, s.span.end - 1)).line;
        evidence.push({ line: start, endLine: end, text: s.heading?.text ?? s.title });
      }
    }
    const findings = result.messages.filter((m) => m.ruleId === meta.id);
    let status: ElementStatus;
    if (severity(meta) === "off") status = "not-checked";
    else if (findings.some((m) => m.messageId === "missing")) status = "missing";
    else if (findings.length) status = "needs-work";
    else if (evidence.length || meta.requirement === "MUST" || meta.requirement === "SHOULD") status = "present";
    else status = "not-needed";
    const addressed = status === "present" || status === "needs-work";
    rows.push({ element, ruleId: meta.id, status, line: addressed ? (evidence[0]?.line ?? findings[0]?.line) : undefined, evidence, findings });
  }
  return rows;
}
