import { defineRule, pipa } from "../src/rule-api.js";
import { RIGHTS_ACTION, RIGHTS_WORDS } from "../src/data/element-patterns.js";
import { REDRESS_BODY_PATTERN } from "../src/data/redress-match.js";

const EXERCISE_RIGHTS = /(?:정보주체|이용자|회원|귀하)[^\n]{0,60}권리를\s{0,2}행사할\s{0,2}수/;
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
        ko: "정보주체와 법정대리인의 권리·의무 및 그 행사방법이 없습니다. 열람·정정·삭제·처리정지 요구 권리와 그 행사방법을 적으십시오.",
        en: "Data subjects' rights and how to exercise them are not stated. Describe the rights of access, correction, deletion and suspension and how to exercise them.",
      },
    },
  },
  check(_policy, ctx) {
    const q = ctx.query;
    // "이용자의 의무" alone lists duties, not rights.
    if (q.substantiveSections("rights").some((s) => distinctRights(s.text) > 0 || /권리/.test(s.text))) return;
    const stated = q.prose().some(
      (b) =>
        b.kind !== "heading" &&
        !REDRESS_BODY_PATTERN.test(b.text) &&
        ((SENTENCE.test(b.text) && RIGHTS_ACTION.test(b.text) && distinctRights(b.text) >= 2) || EXERCISE_RIGHTS.test(b.text)),
    );
    if (stated) return;
    ctx.report({ messageId: "missing", at: "document" });
  },
});
