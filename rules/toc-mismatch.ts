import { defineRule, GUIDELINE } from "../src/rule-api.js";

export default defineRule({
  meta: {
    id: "toc-mismatch",
    defaultSeverity: "warn",
    requirement: "SHOULD",
    description: {
      ko: "목차에 있는 항목이 본문에 실제로 있는지 확인합니다.",
      en: "Every table-of-contents entry has a matching section in the body.",
    },
    legalBasis: [GUIDELINE],
    messages: {
      "missing-section": {
        ko: "목차의 '{entry}' 항목에 해당하는 본문이 없습니다. 본문을 추가하거나 목차를 고치십시오.",
        en: "The table of contents lists '{entry}', but the body has no such section. Add the section or correct the table of contents.",
      },
    },
  },
  check(policy, ctx) {
    const present = new Set(policy.sections.filter((s) => s.heading && !s.isToc).flatMap((s) => s.topics));
    for (const entry of policy.toc) {
      if (!entry.topics.length || entry.topics.some((t) => present.has(t))) continue;
      ctx.report({ messageId: "missing-section", at: entry.span, data: { entry: entry.text } });
    }
  },
});
