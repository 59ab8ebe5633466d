import { defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "sensitive-info",
  element: "sensitive-info",
  description: {
    ko: "민감정보를 처리하거나 공개될 가능성이 있으면 공개 가능성과 비공개 선택 방법을 밝혔는지 확인합니다.",
    en: "When sensitive information is processed or may become public, the policy says so and how to keep it private.",
  },
  legalBasis: [pipa("30", "1", "3의3"), pipa("23", "3")],
  missing: {
    ko: "민감정보를 처리하는 것으로 보이나({where}) 민감정보의 공개 가능성 및 비공개 선택 방법에 관한 사항이 없습니다. 민감정보가 공개될 수 있는지와 비공개를 선택하는 방법을 적으십시오.",
    en: "Sensitive information appears to be processed ({where}) but its possible disclosure and how to keep it private are not addressed. State both.",
  },
  fact: "sensitive",
  trigger: /민감정보|건강\s{0,2}(?:상태|정보)|병력|질병|장애\s{0,2}정보|성병|종교|정치적\s{0,2}견해|노동조합|성생활|성적\s{0,2}지향|유전\s{0,2}정보|범죄\s{0,2}경력|생체\s{0,2}인식|얼굴\s{0,2}인식|지문|홍채|인종|민족/,
  denial: /민감정보[^\n]{0,40}(?:수집|처리)하지\s{0,2}않/,
  addressedBy: /공개\s{0,2}가능성|비공개[^\n]{0,20}(?:선택|설정)/,
});
