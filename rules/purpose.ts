import { defineRule, pipa } from "../src/rule-api.js";

export default defineRule({
  meta: {
    id: "purpose",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "purpose",
    description: { ko: "개인정보의 처리 목적을 밝혔는지 확인합니다.", en: "The policy states the purposes of processing." },
    legalBasis: [pipa("30", "1", "1")],
    messages: {
      missing: {
        ko: "개인정보의 처리 목적이 없습니다. 개인정보를 어떤 목적으로 처리하는지 적으십시오.",
        en: "The purposes of processing personal data are not stated. State them.",
      },
    },
  },
  check(_policy, ctx) {
    if (ctx.query.evidence("purpose").verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
  },

});
