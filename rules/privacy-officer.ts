import { defineRule, pipa, type Entity, type Section, type Span } from "../src/rule-api.js";
import { isRedressContact, REDRESS_BODY_PATTERN } from "../src/data/redress-match.js";
import { LATIN_PERSON_NAME, OFFICER_NAME_FIELD, OFFICER_WORDS } from "../src/data/element-patterns.js";

/** Words that name the accountable person or unit, as opposed to a staff member (담당자). */
const RESPONSIBLE = /책임자|CPO|부서|팀|센터|대표/;
/** How far after an officer mention its contact details may stand (a few lines of a contact block). */
const CONTACT_WINDOW = 600;

export default defineRule({
  meta: {
    id: "privacy-officer",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "privacy-officer",
    description: {
      ko: "개인정보 보호책임자의 성명 또는 담당부서와 전화번호 등 연락처를 밝혔는지 확인합니다.",
      en: "The policy names the privacy officer or department with contact details including a phone number.",
    },
    legalBasis: [pipa("30", "1", "6")],
    messages: {
      missing: {
        ko: "개인정보 보호책임자(또는 담당부서)와 연락처가 없습니다. 성명이나 부서와 전화번호 등 연락처를 적으십시오.",
        en: "No privacy officer or department with contact details. Give a name or department and a phone number.",
      },
      "no-phone": {
        ko: "개인정보 보호책임자 연락처에 전화번호가 없습니다. 전화번호를 적으십시오.",
        en: "The privacy officer's contact details have no phone number. Add one.",
      },
      "staff-only": {
        ko: "실무 담당자만 있고 개인정보 보호책임자(또는 담당부서)가 없습니다. 개인정보 보호책임자를 지정해 적으십시오.",
        en: "Only a staff contact is given; the law asks for the privacy officer (or the responsible department). Name one.",
        maxSeverity: "warn",
      },
      "no-name": {
        ko: "개인정보 보호책임자의 성명이나 담당부서가 없습니다. 둘 중 하나를 적으십시오.",
        en: "Neither the privacy officer's name nor a department is given. Give one of them.",
      },
    },
  },
  check(policy, ctx) {
    const q = ctx.query;
    // Contacts printed for the redress bodies (118, kisa.or.kr, …) are not the officer's.
    const agencyLines = q.statements(REDRESS_BODY_PATTERN).map((b) => b.span);
    const own = (e: Entity) => !agencyLines.some((s) => e.span.start >= s.start && e.span.end <= s.end) && !isRedressContact(e.value);
    const phones = (span: Span) => q.entities("phone", span).filter((e) => e.value.length >= 7 && !/0000/.test(e.value) && own(e));
    const hasContact = (span: Span) => phones(span).length > 0 || q.entities("email", span).some(own);
    const named = (text: string) => OFFICER_NAME_FIELD.test(text) || LATIN_PERSON_NAME.test(text);

    // An officer heading or sentence, with the contact block that follows it.
    const officer: Candidate[] = q.sections("privacy-officer").map((s) => ({ span: s.span, at: q.headingSpan(s), text: s.text }));
    for (const b of q.statements(OFFICER_WORDS)) {
      const sectionEnd = q.sectionAt(b.span.start)?.span.end ?? policy.text.length;
      const span = { start: b.span.start, end: Math.min(sectionEnd, b.span.end + CONTACT_WINDOW) };
      officer.push({ span, at: b.span, text: policy.text.slice(span.start, span.end) });
    }
    // A bare "연락처" block counts only when it says who answers.
    const contact = contactSections(policy.sections).map((s) => ({ span: s.span, at: q.headingSpan(s), text: s.text }));

    const reachable = officer.filter((c) => hasContact(c.span));
    const complete = [...reachable, ...contact.filter((c) => hasContact(c.span))].filter((c) => named(c.text));
    if (complete.length) {
      if (!complete.some((c) => phones(c.span).length)) ctx.report({ messageId: "no-phone", at: complete[0].at });
      if (!complete.some((c) => RESPONSIBLE.test(c.text))) ctx.report({ messageId: "staff-only", at: complete[0].at });
      return;
    }
    if (reachable.length) {
      ctx.report({ messageId: "no-name", at: reachable[0].at });
      if (!reachable.some((c) => phones(c.span).length)) ctx.report({ messageId: "no-phone", at: reachable[0].at });
      return;
    }
    ctx.report({ messageId: "missing", at: "document" });
  },
});

interface Candidate {
  span: Span;
  at: Span;
  text: string;
}

/** "연락처" / "문의" sections: a contact block without the word 책임자 still names who answers. */
function contactSections(sections: Section[]): Section[] {
  return sections.filter((s) => s.heading && /연락처|문의|contact/i.test(s.title));
}
