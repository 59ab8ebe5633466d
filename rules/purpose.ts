import { defineRule, hasSubstance, pipa } from "../src/rule-api.js";
import { PURPOSE_BOILERPLATE, PURPOSE_FRAME, PURPOSE_STATEMENT } from "../src/data/element-patterns.js";

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
    const q = ctx.query;
    const beyondBoilerplate = (text: string) =>
      hasSubstance(text.split(/\n|(?<=다\.)\s/).filter((s) => !PURPOSE_BOILERPLATE.test(s)).join("\n"));
    const sections = q.sections("purpose");
    if (sections.some((s) => beyondBoilerplate(s.text))) return;
    // A purpose article left as a template frame is the generator's blank, not a purpose stated elsewhere.
    const templateFrame = sections.some((s) => PURPOSE_FRAME.test(s.text));
    if (!templateFrame && q.statements(PURPOSE_STATEMENT).some((b) => b.kind !== "heading" && !PURPOSE_BOILERPLATE.test(b.text))) return;
    ctx.report({ messageId: "missing", at: "document" });
  },
});
