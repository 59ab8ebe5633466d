import { defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "domestic-agent",
  element: "domestic-agent",
  description: {
    ko: "국내에 주소나 영업소가 없는 사업자가 국내대리인을 지정했으면 그 성명·주소·연락처를 밝혔는지 확인합니다.",
    en: "A processor without a Korean address states its domestic representative's name, address and contacts.",
  },
  legalBasis: [pipa("31의2", "4")],
  missing: {
    ko: "국내대리인 지정 대상으로 보이나({where}) 국내대리인에 관한 사항이 없습니다. 국내대리인의 성명(법인은 명칭과 대표자)·주소·전화번호·전자우편을 적으십시오.",
    en: "A domestic representative appears to be required ({where}) but none is named. Give its name, address, phone number and e-mail.",
  },
  fact: "domesticAgent",
  trigger: /국내\s{0,2}대리인/,
  denial: /국내\s{0,2}대리인[^\n]{0,40}(?:지정\s{0,2}대상이\s{0,2}(?:아니|아닙)|해당하지\s{0,2}않|없습니다)/,
});
