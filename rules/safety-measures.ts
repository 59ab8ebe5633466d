import { decree, defineRule } from "../src/rule-api.js";

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
      vague: {
        ko: "안전성 확보조치 항목에 구체적인 조치가 없습니다: 암호화, 접근권한 관리, 접속기록 보관, 내부관리계획 등 실제로 하는 조치를 적으십시오.",
        en: "The security section names no concrete measure: state what is done (encryption, access control, access logs, an internal management plan).",
      },
    },
  },
  check(_policy, ctx) {
    const evidence = ctx.query.evidence("safety-measures");
    if (evidence.verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
    else if (evidence.verdict === "thin") ctx.report({ messageId: "vague", at: evidence.accepted[0].span });
  },

});
