import { defineRule, pipa } from "../src/rule-api.js";

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
  check(_policy, ctx) {
    const evidence = ctx.query.evidence("privacy-officer");
    if (evidence.verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
    for (const gap of evidence.gaps) ctx.report({ messageId: gap.id, at: gap.span });
  },
});
