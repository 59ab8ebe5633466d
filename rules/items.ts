import { decree, defineRule } from "../src/rule-api.js";


export default defineRule({
  meta: {
    id: "items",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "items",
    description: { ko: "처리하는 개인정보의 항목을 밝혔는지 확인합니다.", en: "The policy lists the personal data it processes." },
    legalBasis: [decree("31", "1", "1")],
    messages: {
      missing: {
        ko: "처리하는 개인정보의 항목이 없습니다. 필수 항목과 선택 항목을 나누어 적으십시오.",
        en: "The personal data items processed are not listed. List them, required and optional.",
      },
    },
  },
  check(_policy, ctx) {
    if (ctx.query.evidence("items").verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
  },

});
