import { defineRule, pipa } from "../src/rule-api.js";
import { DESTRUCTION_METHOD, DESTRUCTION_STATEMENT } from "../src/data/element-patterns.js";

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
    const q = ctx.query;
    const sections = q.substantiveSections("destruction");
    const statements = q.statements(DESTRUCTION_STATEMENT).filter((b) => b.kind !== "heading");
    if (!sections.length && !statements.length) {
      ctx.report({ messageId: "missing", at: "document" });
      return;
    }
    const hasMethod = sections.some((s) => DESTRUCTION_METHOD.test(s.text)) || statements.some((b) => DESTRUCTION_METHOD.test(b.text));
    if (!hasMethod) ctx.report({ messageId: "no-method", at: sections.length ? q.headingSpan(sections[0]) : statements[0].span });
  },
});

function decree16() {
  return { ko: "개인정보 보호법 시행령 제16조", en: "PIPA Enforcement Decree Art. 16", source: "S-LAW2" };
}
