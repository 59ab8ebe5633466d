import { defineRule, pipa } from "../src/rule-api.js";
import { RIGHTS_ACTION, RIGHTS_WORDS } from "../src/data/element-patterns.js";

const SENTENCE = /(?:다|요|음)\s*[.!]?\s*$/;
const distinctRights = (text: string) => RIGHTS_WORDS.filter((w) => text.includes(w)).length;

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
        ko: "정보주체와 법정대리인의 권리·의무 및 그 행사방법이 없습니다.",
        en: "Data subjects' rights and how to exercise them are not stated.",
      },
    },
  },
  check(policy, ctx) {
    const q = ctx.query;
    if (q.substantiveSections("rights").length) return;
    const stated = policy.blocks.some(
      (b) => b.kind !== "heading" && !q.isTocBlock(b) && SENTENCE.test(b.text) && RIGHTS_ACTION.test(b.text) && distinctRights(b.text) >= 2,
    );
    if (stated) return;
    ctx.report({ messageId: "missing", at: "document" });
  },
});
