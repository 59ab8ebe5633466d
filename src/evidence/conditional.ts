/**
 * Signs that a conditional processing (sensitive data, pseudonymisation, automated decisions,
 * children, a domestic agent, CCTV) happens. A trigger word is a sign only in the organisation's
 * own statement: not in a denial, not in the list of the data subject's rights, not among the
 * security measures (가명처리 as a safeguard), not in the table of contents.
 */
import { NEGATED_PROCESSING, RIGHTS_ENUMERATION } from "../data/evidence-shapes.js";
import type { PolicyQuery } from "../policy/query.js";
import type { Block, TopicId } from "../policy/types.js";

/** Sections whose wording names processing without describing it. */
const NOT_PROCESSING_SECTIONS: readonly TopicId[] = ["rights", "safety-measures"];

export function processingSigns(q: PolicyQuery, element: TopicId, trigger: RegExp, denial: RegExp): Block[] {
  const skip = NOT_PROCESSING_SECTIONS.filter((t) => t !== element).flatMap((t) => q.sections(t).map((s) => s.span));
  return q
    .statements(trigger)
    .filter(
      (b) =>
        b.kind !== "heading" &&
        !denial.test(b.text) &&
        !NEGATED_PROCESSING.test(b.text) &&
        !RIGHTS_ENUMERATION.test(b.text) &&
        !skip.some((s) => b.span.start >= s.start && b.span.end <= s.end),
    );
}

/** A denial of the processing, in the element's own words or in the generic negative shapes. */
export function deniesProcessing(q: PolicyQuery, trigger: RegExp, denial: RegExp): boolean {
  return q.statements(denial).length > 0 || q.statements(trigger).some((b) => NEGATED_PROCESSING.test(b.text));
}
