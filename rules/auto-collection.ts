import { defineRule, pipa } from "../src/rule-api.js";
import { USER_REFUSAL, USER_REFUSAL_MORE } from "../src/data/element-patterns.js";

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
  check(policy, ctx) {
    if (ctx.facts.cookies === false) return;
    const q = ctx.query;
    const evidence = q.evidence("auto-collection");
    if (evidence.verdict === "missing") {
      ctx.report({ messageId: "missing", at: "document", advisory: !ctx.facts.cookies });
      return;
    }
    if (evidence.accepted.some((e) => e.kind === "denial")) return;
    // Refusal is checked on the user-action construction, not on stray words such as 설정 or 허용하지.
    const sections = evidence.accepted.filter((e) => e.source === "heading" && e.section !== undefined).map((e) => policy.sections[e.section!]);
    if (sections.length && !sections.some((s) => USER_REFUSAL.test(s.text) || USER_REFUSAL_MORE.test(s.text))) {
      ctx.report({ messageId: "no-refusal", at: q.headingSpan(sections[0]), advisory: !ctx.facts.cookies });
    }
  },

});
