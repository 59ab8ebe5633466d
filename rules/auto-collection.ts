import { defineRule, pipa } from "../src/rule-api.js";
import { AUTO_COLLECTION_NONE, AUTO_COLLECTION_REFUSAL, AUTO_COLLECTION_WORDS, USER_REFUSAL } from "../src/data/element-patterns.js";

export default defineRule({
  meta: {
    id: "auto-collection",
    defaultSeverity: "error",
    requirement: "MUST-IF",
    element: "auto-collection",
    description: {
      ko: "쿠키 등 개인정보 자동 수집 장치의 설치·운영 및 그 거부 방법을 밝혔는지 확인합니다.",
      en: "The policy addresses cookies and other automatic collection, including how to refuse them.",
    },
    legalBasis: [pipa("30", "1", "7")],
    messages: {
      missing: {
        ko: "쿠키 등 개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항이 없습니다. 자동 수집 장치를 쓰는지, 쓴다면 거부하는 방법을 적으십시오.",
        en: "Cookies and other automatic collection devices are not addressed. State whether they are used and, if so, how to refuse them.",
      },
      "no-refusal": {
        ko: "자동 수집 장치(쿠키 등)를 거부하는 방법이 없습니다. 브라우저 설정 등 거부하는 방법을 적으십시오.",
        en: "No way to refuse cookies or other automatic collection is described. Describe how to refuse them (e.g. browser settings).",
      },
    },
  },
  check(_policy, ctx) {
    if (ctx.facts.cookies === false) return;
    const q = ctx.query;
    const sections = q.substantiveSections("auto-collection");
    if (q.statements(AUTO_COLLECTION_NONE).length) return;
    if (sections.length) {
      if (!sections.some((s) => AUTO_COLLECTION_REFUSAL.test(s.text))) ctx.report({ messageId: "no-refusal", at: q.headingSpan(sections[0]), advisory: !ctx.facts.cookies });
      return;
    }
    const mentions = q.statements(AUTO_COLLECTION_WORDS);
    const refusal = mentions.find((b) => USER_REFUSAL.test(b.text));
    if (refusal) return;
    ctx.report({ messageId: "missing", at: "document", advisory: !ctx.facts.cookies });
  },
});
