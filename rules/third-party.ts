import { defineRule, pipa } from "../src/rule-api.js";
import { THIRD_PARTY_NONE } from "../src/data/element-patterns.js";

const FIELDS: { id: string; ko: string; en: string; pattern: RegExp }[] = [
  { id: "recipient", ko: "제공받는 자", en: "recipient", pattern: /제공\s{0,2}받는\s{0,2}자|제공처|수령인|(?:\(주\)|주식회사|Inc\.?|Ltd\.?)/ },
  { id: "purpose", ko: "제공 목적", en: "purpose", pattern: /목적/ },
  { id: "items", ko: "제공 항목", en: "items", pattern: /항목|정보\s{0,2}:/ },
  { id: "period", ko: "보유·이용 기간", en: "retention period", pattern: /기간|까지|\d\s{0,2}(?:년|개월)/ },
];

export default defineRule({
  meta: {
    id: "third-party",
    defaultSeverity: "error",
    requirement: "MUST-IF",
    element: "third-party",
    description: {
      ko: "개인정보의 제3자 제공에 관한 사항(제공하지 않는다는 사실 또는 제공 내역)을 밝혔는지 확인합니다.",
      en: "The policy addresses provision to third parties (a 'we do not provide' statement or the disclosure).",
    },
    legalBasis: [pipa("30", "1", "3"), pipa("17")],
    messages: {
      missing: {
        ko: "개인정보의 제3자 제공에 관한 사항이 없습니다. 제공 내역을 적거나, 제3자에게 제공하지 않는다고 밝히십시오.",
        en: "Provision of personal data to third parties is not addressed. List the provisions, or state that none is made.",
      },
      fields: {
        ko: "제3자 제공 내역에 {fields}이(가) 없습니다. 빠진 사항을 적으십시오.",
        en: "The third-party provision disclosure lacks: {fields}. Add them.",
      },
    },
  },
  check(_policy, ctx) {
    if (ctx.facts.thirdParty === false) return;
    const q = ctx.query;
    const evidence = q.evidence("third-party");
    if (evidence.verdict === "missing") {
      ctx.report({ messageId: "missing", at: "document", advisory: !ctx.facts.thirdParty });
      return;
    }
    for (const section of q.substantiveSections("third-party")) {
      if (THIRD_PARTY_NONE.test(section.text) || !/제공\s{0,2}받는\s{0,2}자|제공처/.test(section.text)) continue;
      const missing = FIELDS.filter((f) => !f.pattern.test(section.text));
      if (missing.length) {
        ctx.report({
          messageId: "fields",
          at: q.headingSpan(section),
          data: { fields: { ko: missing.map((f) => f.ko).join(", "), en: missing.map((f) => f.en).join(", ") } },
        });
      }
    }
  },

});
