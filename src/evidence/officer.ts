/**
 * The privacy officer: a role, person or department responsible for privacy, with a real contact.
 * Contacts printed for the redress bodies (118, kisa.or.kr, …) are not the officer's.
 */
import { LATIN_PERSON_NAME, OFFICER_NAME_FIELD, OFFICER_WORDS } from "../data/element-patterns.js";
import { isRedressContact, REDRESS_BODY_PATTERN } from "../data/redress-match.js";
import type { Entity, Section, Span } from "../policy/types.js";
import type { EvidenceCollector } from "./collect.js";
import type { ElementEvidence } from "./types.js";

/** Words that name the accountable person or unit, as opposed to a staff member (담당자). */
const RESPONSIBLE = /책임자|CPO|부서|팀|센터|대표/;
/** How far after an officer mention its contact details may stand (a few lines of a contact block). */
const CONTACT_WINDOW = 600;

interface Candidate {
  span: Span;
  at: Span;
  text: string;
}

export function judgeOfficer(c: EvidenceCollector): ElementEvidence {
  const q = c.q;
  const policy = c.policy;
  const agencyLines = q.statements(REDRESS_BODY_PATTERN).map((b) => b.span);
  const own = (e: Entity) => !agencyLines.some((s) => e.span.start >= s.start && e.span.end <= s.end) && !isRedressContact(e.value);
  const phones = (span: Span) => q.entities("phone", span).filter((e) => e.value.length >= 7 && !/0000/.test(e.value) && own(e));
  const hasContact = (span: Span) => phones(span).length > 0 || q.entities("email", span).some(own);
  const named = (text: string) => OFFICER_NAME_FIELD.test(text) || LATIN_PERSON_NAME.test(text);

  const officer: Candidate[] = q.sections("privacy-officer").map((s) => ({ span: s.span, at: q.headingSpan(s), text: s.text }));
  for (const b of q.statements(OFFICER_WORDS)) {
    const sectionEnd = q.sectionAt(b.span.start)?.span.end ?? policy.text.length;
    const span = { start: b.span.start, end: Math.min(sectionEnd, b.span.end + CONTACT_WINDOW) };
    officer.push({ span, at: b.span, text: policy.text.slice(span.start, span.end) });
  }
  // A bare "연락처" block counts only when it says who answers.
  const contact = contactSections(policy.sections).map((s) => ({ span: s.span, at: q.headingSpan(s), text: s.text }));
  const show = (x: Candidate) => c.piece("statement", "disclosure", "organisation", x.at, policy.text.slice(x.at.start, x.at.end));

  const reachable = officer.filter((x) => hasContact(x.span));
  const complete = [...reachable, ...contact.filter((x) => hasContact(x.span))].filter((x) => named(x.text));
  for (const x of officer) if (!hasContact(x.span)) c.reject(show(x), "no phone or e-mail of its own nearby");
  if (complete.length) {
    for (const x of complete.slice(0, 3)) c.accept(show(x));
    if (!complete.some((x) => phones(x.span).length)) c.gaps.push({ id: "no-phone", span: complete[0].at });
    if (!complete.some((x) => RESPONSIBLE.test(x.text))) c.gaps.push({ id: "staff-only", span: complete[0].at });
    return c.result("present");
  }
  if (reachable.length) {
    for (const x of reachable.slice(0, 3)) c.accept({ ...show(x), kind: "thin", reason: "a contact without a name or department" });
    c.gaps.push({ id: "no-name", span: reachable[0].at });
    if (!reachable.some((x) => phones(x.span).length)) c.gaps.push({ id: "no-phone", span: reachable[0].at });
    return c.result("thin");
  }
  return c.result("missing");
}

function contactSections(sections: Section[]): Section[] {
  return sections.filter((s) => s.heading && /연락처|문의|contact/i.test(s.title));
}
