import { decree, defineRule } from "../src/rule-api.js";
import { SAFETY_MEASURES } from "../src/data/element-patterns.js";

const count = (text: string) => SAFETY_MEASURES.filter((w) => text.includes(w)).length;

export default defineRule({
  meta: {
    id: "safety-measures",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "safety-measures",
    description: { ko: "개인정보의 안전성 확보조치를 밝혔는지 확인합니다.", en: "The policy describes its security measures." },
    legalBasis: [decree("31", "1", "3"), decree("30")],
    messages: {
      missing: {
        ko: "개인정보의 안전성 확보조치가 없습니다. 관리적·기술적·물리적 조치를 적으십시오.",
        en: "Security measures are not described. Describe the administrative, technical and physical measures.",
      },
    },
  },
  check(_policy, ctx) {
    const q = ctx.query;
    if (q.substantiveSections("safety-measures").some((s) => count(s.text) >= 1)) return;
    const measured = q.statements(/보호|보안|안전|유출|침해/).some((b) => b.kind !== "heading" && count(b.text) >= 2);
    if (measured) return;
    ctx.report({ messageId: "missing", at: "document" });
  },
});
