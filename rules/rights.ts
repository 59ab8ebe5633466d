import { defineRule, pipa } from "../src/rule-api.js";
import { RIGHTS_METHOD } from "../src/data/element-patterns.js";

export default defineRule({
  meta: {
    id: "rights",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "rights",
    description: {
      ko: "정보주체와 법정대리인의 권리·의무 및 그 행사방법을 밝혔는지 확인합니다.",
      en: "The policy tells data subjects their rights and how to exercise them.",
    },
    legalBasis: [pipa("30", "1", "5")],
    messages: {
      missing: {
        ko: "정보주체와 법정대리인의 권리·의무 및 그 행사방법이 없습니다. 열람·정정·삭제·처리정지 요구 권리와 그 행사방법을 적으십시오.",
        en: "Data subjects' rights and how to exercise them are not stated. Describe the rights of access, correction, deletion and suspension and how to exercise them.",
      },
      "no-method": {
        ko: "권리는 적었지만 행사 방법이 없습니다: 서면, 전화, 전자우편, 앱 설정 등 권리를 행사하는 방법을 적으십시오.",
        en: "Rights are listed but not how to exercise them: state the channel (in writing, phone, e-mail, app settings).",
      },
    },
  },
  check(policy, ctx) {
    const evidence = ctx.query.evidence("rights");
    if (evidence.verdict === "missing") {
      ctx.report({ messageId: "missing", at: "document" });
      return;
    }
    // The way to exercise a right may stand beside the list or in the officer's contact block.
    const around = evidence.accepted.map((e) => ctx.query.sectionAt(e.span.start)?.text ?? policy.text.slice(e.span.start, e.span.end));
    if (!around.some((t) => RIGHTS_METHOD.test(t))) ctx.report({ messageId: "no-method", at: evidence.accepted[0].span });
  },

});
