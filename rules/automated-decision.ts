import { decree, defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "automated-decision",
  element: "automated-decision",
  description: {
    ko: "완전히 자동화된 결정을 하면 그 기준·절차와 거부·설명 요구 방법을 밝혔는지 확인합니다.",
    en: "When fully automated decisions are made, the policy states criteria, procedure and how to refuse or ask for an explanation.",
  },
  legalBasis: [pipa("37의2", "4"), decree("44의4")],
  missing: {
    ko: "자동화된 결정을 하는 것으로 보이나({where}) 자동화된 결정의 기준·절차 및 거부·설명 요구 방법이 없습니다. 이를 적거나, 자동화된 결정을 하지 않는다고 밝히십시오.",
    en: "Automated decisions appear to be made ({where}) but their criteria and how to refuse or request an explanation are not stated. State them, or state that no automated decisions are made.",
  },
  fact: "automatedDecision",
  trigger: /자동화된\s{0,2}(?:결정|의사\s{0,2}결정|시스템)|(?:AI|인공지능)[^\n]{0,30}(?:심사|평가|채용|선발|결정|판정)/,
  denial: /자동화된\s{0,2}결정[^\n]{0,40}(?:하지\s{0,2}않|없습니다)/,
});
