/**
 * Element verdicts from evidence: the layer between the Policy model and the element rules.
 */
import type { PolicyQuery } from "../policy/query.js";
import { EvidenceCollector } from "./collect.js";
import { JUDGES } from "./elements.js";
import { judgeOfficer } from "./officer.js";
import { judgeOverseas } from "./overseas.js";
import type { ElementEvidence, ElementId } from "./types.js";

export type { ElementEvidence, ElementId, Evidence, EvidenceKind, Party, Verdict } from "./types.js";
export { ELEMENT_IDS } from "./types.js";

/** Collects the evidence for one element; elements read from the model (title, date) come straight from it. */
export function collectEvidence(q: PolicyQuery, element: ElementId): ElementEvidence {
  const c = new EvidenceCollector(q, element);
  const judge = JUDGES[element];
  if (judge) return judge(c);
  if (element === "privacy-officer") return judgeOfficer(c);
  if (element === "overseas-transfer") return judgeOverseas(c);
  const p = q.policy;
  if (element === "title") {
    if (p.title) c.accept(c.piece("model", /처리\s*방침/.test(p.title.text) ? "disclosure" : "thin", "organisation", p.title.span, p.title.text));
    return c.result(!p.title ? "missing" : /처리\s*방침/.test(p.title.text) ? "present" : "thin");
  }
  if (element === "changes") {
    if (p.effectiveDate) c.accept(c.piece("model", "disclosure", "organisation", p.effectiveDate.span, p.text.slice(p.effectiveDate.span.start, p.effectiveDate.span.end)));
    return c.result(p.effectiveDate ? "present" : "missing");
  }
  throw new Error(`no evidence judge for ${element}`);
}
