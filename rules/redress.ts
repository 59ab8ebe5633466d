import { defineRule, GUIDELINE, type Span } from "../src/rule-api.js";
import { REDRESS_AGENCIES } from "../src/data/redress-agencies.js";
import { findOutdatedAgencyRefs, findWrongContacts, PIPC_REMEDY, REDRESS_BODY_PATTERN } from "../src/data/redress-match.js";

export default defineRule({
  meta: {
    id: "redress",
    defaultSeverity: "warn",
    requirement: "SHOULD",
    element: "redress",
    description: {
      ko: "권익침해 구제방법(분쟁조정위원회, 개인정보침해신고센터 등)을 안내하는지 확인합니다.",
      en: "The policy lists external bodies for remedies (dispute mediation committee, KISA report centre, …).",
    },
    legalBasis: [GUIDELINE],
    fixable: true,
    messages: {
      missing: {
        ko: "권익침해 구제방법이 없습니다. 개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118) 등 구제기관을 안내하십시오.",
        en: "No remedies are listed. Name the bodies data subjects can turn to, such as the Personal Information Dispute Mediation Committee (1833-6972) and the Privacy Incident Report Center (118).",
      },
      "outdated-agency": {
        ko: "'{found}'은(는) {why}.{replacement}",
        en: "'{found}' is outdated: {why}.{replacement}",
      },
      "wrong-contact": {
        ko: "'{contact}'은(는) {agency}의 연락처가 아니라 {owner}의 연락처입니다. 연락처를 고치십시오.",
        en: "'{contact}' is not a contact of {agency}; it belongs to {owner}. Correct it.",
      },
    },
  },
  check(policy, ctx) {
    if (ctx.query.evidence("redress").verdict === "missing") {
      ctx.report({
        messageId: "missing",
        at: "document",
        suggestions: [{ desc: { ko: "권익침해 구제방법 안내 추가", en: "Add the standard remedies block" }, text: suggestionText() }],
      });
      return;
    }
    const whole: Span = { start: 0, end: policy.text.length };
    for (const ref of findOutdatedAgencyRefs(policy.text, whole, ctx.today)) {
      ctx.report({
        messageId: "outdated-agency",
        at: ref.span,
        data: {
          found: ref.text,
          why: ref.why,
          replacement: ref.replacement ? { ko: ` ${ref.replacement.ko}`, en: ` ${ref.replacement.en}` } : "",
        },
        ...(ref.fix ? { fix: { span: ref.span, text: ref.fix } } : {}),
      });
    }
    for (const w of findWrongContacts(policy.text, policy.blocks)) {
      ctx.report({ messageId: "wrong-contact", at: w.span, data: { contact: w.contact, agency: w.agency, owner: w.owner } });
    }
  },

});

function suggestionText(): string {
  const lines = ["정보주체는 개인정보침해로 인한 구제를 받기 위하여 아래 기관에 분쟁해결이나 상담 등을 신청할 수 있습니다."];
  for (const a of REDRESS_AGENCIES) {
    if (a.status !== "current" || a.publicSectorOnly) continue;
    lines.push(`- ${a.name}: ${[...a.phones.map((p) => (p.length <= 4 ? `(국번없이) ${p}` : p)), ...a.urls].join(", ")}`);
  }
  return lines.join("\n");
}
