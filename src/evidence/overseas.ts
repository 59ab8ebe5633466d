/**
 * Overseas transfer: a section or a disclosure sentence (국외/해외, or a named foreign country with a
 * server or storage verb) makes it present; a foreign processor handling personal data, or servers
 * abroad, without any disclosure make it missing; no such sign makes it not needed.
 */
import { FOREIGN_PLACE, OVERSEAS_DISCLOSURE, OVERSEAS_NONE, PLACE_TRANSFER, PROCESSING_CONTEXT } from "../data/element-patterns.js";
import { findOverseasProcessors } from "../data/foreign-processors-match.js";
import { hasSubstance } from "../policy/query.js";
import type { EvidenceCollector } from "./collect.js";
import { holdingAnyWord } from "./prefilter.js";
import type { ElementEvidence } from "./types.js";

const SERVERS_ABROAD = /(?:해외|국외)[^\n]{0,20}(?:서버|보관|저장|클라우드)/;
/** A transfer statement is a denial, a disclosure or a place with a transfer. */
const MAY_STATE_TRANSFER = holdingAnyWord(OVERSEAS_NONE, OVERSEAS_DISCLOSURE, PLACE_TRANSFER);

export function judgeOverseas(c: EvidenceCollector): ElementEvidence {
  const q = c.q;
  for (const s of q.substantiveSections("overseas-transfer")) {
    const denial = OVERSEAS_NONE.test(s.text);
    c.accept(c.headingEvidence(s, denial ? "denial" : "disclosure"));
  }
  if (c.accepted.length) return c.result("present");
  c.judge(
    c.sentencesWhere(c.outside(), MAY_STATE_TRANSFER),
    "statement",
    (text) => (OVERSEAS_NONE.test(text) ? "denial" : OVERSEAS_DISCLOSURE.test(text) || (FOREIGN_PLACE.test(text) && PLACE_TRANSFER.test(text) && hasSubstance(text)) ? "disclosure" : null),
    { skipAttribution: true },
  );
  if (c.accepted.some((e) => e.kind === "disclosure")) return c.result("present");
  const text = c.policy.text;
  for (const m of findOverseasProcessors(text)) {
    if (c.policy.toc.some((t) => m.index >= t.span.start && m.index < t.span.end)) continue;
    const start = text.lastIndexOf("\n", m.index) + 1;
    const end = text.indexOf("\n", m.index);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (!PROCESSING_CONTEXT.test(line)) continue;
    c.reject(c.piece("statement", "mention", "processor", { start: m.index, end: m.index + m.processor.name.length }, m.processor.name), "a foreign processor handles personal data: a sign of transfer abroad");
  }
  const abroad = q.find(SERVERS_ABROAD);
  if (abroad) c.reject(c.piece("statement", "mention", "organisation", abroad, text.slice(abroad.start, abroad.end)), "servers or storage abroad: a sign of transfer abroad");
  if (c.accepted.length) return c.result("present");
  return c.result(c.rejected.length ? "missing" : "not-needed");
}
