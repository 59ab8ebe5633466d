/**
 * The element checklist and the evidence behind each row: each row's state is the engine's element
 * status (the one the CLI's checklist, HTML and SARIF reports print), and its evidence is the
 * evidence layer's report (`--print-evidence`).
 */
import type { ElementState, EvidenceReport, LintMessage, LintResult, RuleMeta, SeverityName, TopicId } from "../../src/browser.js";
import { LineIndex } from "../../src/policy/line-index.js";

export type ElementStatus = ElementState;

type ReportedElement = EvidenceReport["elements"][number];
export type Verdict = ReportedElement["verdict"];

export interface EvidencePiece {
  line: number;
  endLine: number;
  text: string;
  /** How the evidence layer classed it (source/kind/party), or "section" for a section on the topic. */
  label: string;
  /** Why it was rejected. */
  reason?: string;
}

export interface ElementRow {
  element: TopicId;
  ruleId: string;
  status: ElementStatus;
  /** First line that addresses the element, for the link in the checklist. */
  line?: number;
  /** The evidence layer's verdict, for the elements it judges. */
  verdict?: Verdict;
  accepted: EvidencePiece[];
  rejected: EvidencePiece[];
  /** Details the accepted evidence lacks. */
  gaps: { id: string; line: number }[];
  findings: LintMessage[];
}

function piece(e: ReportedElement["accepted"][number]): EvidencePiece {
  const label = [e.source, e.kind, e.party !== "organisation" ? e.party : ""].filter(Boolean).join("/");
  return { line: e.line, endLine: e.endLine, text: e.text, label, reason: e.reason };
}

/** For elements the evidence layer does not judge: the sections (or title) on the topic. */
function sectionsOn(result: LintResult, element: TopicId): EvidencePiece[] {
  const policy = result.policy;
  if (!policy) return [];
  const lines = new LineIndex(policy.text);
  const out: EvidencePiece[] = [];
  for (const s of policy.sections) {
    if (s.isToc || !s.topics.includes(element) || s.heading?.span.start === policy.title?.span.start) continue;
    const start = lines.position(s.heading?.span.start ?? s.span.start).line;
    const end = lines.position(Math.max(s.span.start, s.span.end - 1)).line;
    out.push({ line: start, endLine: end, text: s.heading?.text ?? s.title, label: "section" });
  }
  return out;
}

export function elementRows(result: LintResult, evidence: EvidenceReport | null, metas: RuleMeta[], severity: (meta: RuleMeta) => SeverityName): ElementRow[] {
  const judged = new Map((evidence?.elements ?? []).map((e) => [e.element as TopicId, e]));
  const rows: ElementRow[] = [];
  for (const meta of metas) {
    if (!meta.element) continue;
    const element = meta.element;
    const report = judged.get(element);
    const accepted = report ? report.accepted.map(piece) : sectionsOn(result, element);
    const findings = result.messages.filter((m) => m.ruleId === meta.id);
    const engine = result.elements?.find((e) => e.element === element);
    let status: ElementStatus;
    if (engine) status = engine.state;
    else if (severity(meta) === "off") status = "not-checked";
    else if (findings.some((m) => m.messageId === "missing")) status = "missing";
    else if (findings.length) status = "needs-work";
    else if (accepted.length || meta.requirement === "MUST" || meta.requirement === "SHOULD") status = "present";
    else status = "not-needed";
    const addressed = status === "present" || status === "needs-work";
    rows.push({
      element,
      ruleId: meta.id,
      status,
      line: addressed ? (accepted[0]?.line ?? findings[0]?.line) : undefined,
      verdict: report?.verdict,
      accepted,
      rejected: report ? report.rejected.map(piece) : [],
      gaps: report?.gaps ?? [],
      findings,
    });
  }
  return rows;
}
