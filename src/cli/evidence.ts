/**
 * `--print-evidence`: for each element, the verdict and the lines that decided it, and what was
 * read and rejected, with the reason. It is how a user checks a verdict.
 */
import { sanitize } from "../engine/messages.js";
import { ELEMENT_IDS, type ElementEvidence, type Evidence } from "../evidence/index.js";
import { LineIndex } from "../policy/line-index.js";
import { PolicyQuery } from "../policy/query.js";
import type { Policy } from "../policy/types.js";

export interface EvidenceReport {
  filePath: string;
  elements: (Omit<ElementEvidence, "accepted" | "rejected" | "gaps"> & { accepted: EvidenceLine[]; rejected: EvidenceLine[]; gaps: { id: string; line: number }[] })[];
}
type EvidenceLine = Omit<Evidence, "span"> & { line: number; endLine: number };

export function evidenceReport(policy: Policy, filePath: string): EvidenceReport {
  const q = new PolicyQuery(policy);
  const lines = new LineIndex(policy.text);
  const withLines = (e: Evidence): EvidenceLine => {
    const { span, ...rest } = e;
    return { ...rest, line: lines.position(span.start).line, endLine: lines.position(Math.max(span.start, span.end - 1)).line };
  };
  return {
    filePath,
    elements: ELEMENT_IDS.map((id) => {
      const ev = q.evidence(id);
      return { ...ev, accepted: ev.accepted.map(withLines), rejected: ev.rejected.map(withLines), gaps: ev.gaps.map((g) => ({ id: g.id, line: lines.position(g.span.start).line })) };
    }),
  };
}

const MARK: Record<ElementEvidence["verdict"], string> = { present: "✓", thin: "△", missing: "✗", "not-needed": "–" };

export function formatEvidence(report: EvidenceReport): string {
  const out = [sanitize(report.filePath)];
  for (const el of report.elements) {
    out.push(`  ${MARK[el.verdict]} ${el.element}: ${el.verdict}`);
    for (const e of el.accepted.slice(0, 6)) out.push(`      L${e.line}  ${e.source}/${e.kind}${e.party !== "organisation" ? `/${e.party}` : ""}  ${sanitize(e.text)}${e.reason ? `  (${e.reason})` : ""}`);
    if (el.accepted.length > 6) out.push(`      … ${el.accepted.length - 6} more`);
    for (const e of el.rejected.slice(0, 6)) out.push(`    − L${e.line}  ${e.source}/${e.kind}${e.party !== "organisation" ? `/${e.party}` : ""}: ${e.reason}  ${sanitize(e.text)}`);
    if (el.rejected.length > 6) out.push(`    − … ${el.rejected.length - 6} more rejected`);
    for (const g of el.gaps) out.push(`    ! L${g.line}  lacks: ${g.id}`);
  }
  return out.join("\n") + "\n";
}
