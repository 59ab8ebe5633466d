import { defineRule, pipa } from "../src/rule-api.js";
import { DESTRUCTION_METHOD } from "../src/data/element-patterns.js";

export default defineRule({
  meta: {
    id: "destruction",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "destruction",
    description: { ko: "개인정보의 파기 절차 및 방법을 밝혔는지 확인합니다.", en: "The policy states how and when personal data is destroyed." },
    legalBasis: [pipa("30", "1", "3의2"), decree16()],
    messages: {
      missing: {
        ko: "개인정보의 파기 절차 및 방법이 없습니다. 파기 사유가 생긴 뒤의 절차와 전자 파일·종이 문서의 파기 방법을 적으십시오.",
        en: "The destruction procedure and method are not stated. Describe the procedure and how electronic files and paper are destroyed.",
      },
      "no-method": {
        ko: "파기 방법이 없습니다. 전자 파일은 복원할 수 없는 방법으로 영구 삭제하고, 종이 문서는 분쇄하거나 소각한다고 적으십시오.",
        en: "No destruction method: electronic files must be permanently deleted so they cannot be restored, paper shredded or incinerated.",
      },
    },
  },
  check(_policy, ctx) {
    const evidence = ctx.query.evidence("destruction");
    if (evidence.verdict === "missing") {
      ctx.report({ messageId: "missing", at: "document" });
      return;
    }
    if (evidence.accepted.some((e) => e.kind === "denial")) return;
    const q = ctx.query;
    const read = evidence.accepted.map((e) => (e.source === "heading" && e.section !== undefined ? q.policy.sections[e.section].text : q.sectionAt(e.span.start)?.text ?? e.text));
    if (read.some((t) => DESTRUCTION_METHOD.test(t))) return;
    const first = evidence.accepted[0];
    const section = first.source === "heading" ? q.sectionAt(first.span.start) : null;
    ctx.report({ messageId: "no-method", at: section ? q.headingSpan(section) : first.span });
  },

});

function decree16() {
  return { ko: "개인정보 보호법 시행령 제16조", en: "PIPA Enforcement Decree Art. 16", source: "S-LAW2" };
}
