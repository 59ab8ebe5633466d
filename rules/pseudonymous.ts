import { defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "pseudonymous",
  element: "pseudonymous",
  description: {
    ko: "가명정보를 처리하면 그 목적·기간·항목·제공·안전조치를 밝혔는지 확인합니다.",
    en: "When pseudonymised information is processed, the policy states purpose, period, items, provision and safeguards.",
  },
  legalBasis: [pipa("30", "1", "4의2"), pipa("28의2")],
  missing: {
    ko: "가명정보를 처리하는 것으로 보이나({where}) 가명정보의 처리에 관한 사항이 없습니다. 처리 목적·기간·항목, 제3자 제공, 안전성 확보조치를 적거나, 가명정보를 처리하지 않는다고 밝히십시오.",
    en: "Pseudonymised information appears to be processed ({where}) but is not addressed. State its purpose, period, items, provision and safeguards, or state that none is processed.",
  },
  fact: "pseudonymous",
  trigger: /가명\s{0,2}정보|가명\s{0,2}처리/,
  denial: /가명[^\n]{0,30}(?:처리하지|하지)\s{0,2}않/,
});
