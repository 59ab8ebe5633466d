import { defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "children",
  element: "children",
  description: {
    ko: "만 14세 미만 아동의 개인정보를 처리하면 법정대리인의 동의와 확인 방법을 밝혔는지 확인합니다.",
    en: "When children under 14 are served, the policy states how legal-guardian consent is obtained and verified.",
  },
  legalBasis: [pipa("22의2")],
  missing: {
    ko: "만 14세 미만 아동의 개인정보를 처리하는 것으로 보이나({where}) 법정대리인 동의에 관한 사항이 없습니다. 법정대리인의 동의를 받고 확인하는 방법을 적으십시오.",
    en: "Children under 14 appear to be served ({where}) but legal-guardian consent is not addressed. Describe how consent is obtained and verified.",
  },
  fact: "children",
  trigger: /(?:만\s{0,2})?14\s{0,2}세\s{0,2}미만/,
  denial: /14\s{0,2}세\s{0,2}미만[^\n]{0,60}(?:수집하지|가입할\s{0,2}수\s{0,2}없|받지|대상으로\s{0,2}하지|이용할\s{0,2}수\s{0,2}없)/,
  addressedBy: /법정\s{0,2}대리인[^\n]{0,60}(?:동의|확인)/,
});
