import { decree, defineRule } from "../src/rule-api.js";
import { ITEMS_STATEMENT, ITEM_WORDS } from "../src/data/element-patterns.js";

const COLLECTING = /수집|처리|저장|기록|알\s{0,2}수|이용|입력|제공받/;

export default defineRule({
  meta: {
    id: "items",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "items",
    description: { ko: "처리하는 개인정보의 항목을 밝혔는지 확인합니다.", en: "The policy lists the personal data it processes." },
    legalBasis: [decree("31", "1", "1")],
    messages: {
      missing: {
        ko: "처리하는 개인정보의 항목이 없습니다. 필수 항목과 선택 항목을 나누어 적으십시오.",
        en: "The personal data items processed are not listed. List them, required and optional.",
      },
    },
  },
  check(_policy, ctx) {
    const q = ctx.query;
    if (q.substantiveSections("items").length) return;
    if (q.statements(ITEMS_STATEMENT).some((b) => b.kind !== "heading")) return;
    const listsItems = q.statements(COLLECTING).some((b) => ITEM_WORDS.filter((w) => b.text.includes(w)).length >= 2);
    if (listsItems) return;
    ctx.report({ messageId: "missing", at: "document" });
  },
});
