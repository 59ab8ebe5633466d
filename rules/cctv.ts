import { decree, defineConditionalRule, pipa } from "../src/rule-api.js";

export default defineConditionalRule({
  id: "cctv",
  element: "cctv",
  description: {
    ko: "영상정보처리기기(CCTV)를 운영하면 그 운영·관리 방침을 밝혔는지 확인합니다.",
    en: "When CCTV or other video devices are operated, the policy states how they are operated and managed.",
  },
  legalBasis: [pipa("25", "7"), decree("25", "1")],
  missing: {
    ko: "영상정보처리기기를 운영하는 것으로 보이나({where}) 운영·관리 사항이 없습니다. 설치 근거·목적, 설치 대수·위치, 관리책임자, 촬영시간·보관기간을 적으십시오.",
    en: "Video devices appear to be operated ({where}) but how they are operated is not stated. Give their purpose, number and locations, manager, recording hours and retention.",
  },
  fact: "cctv",
  trigger: /CCTV|영상\s{0,2}정보\s{0,2}처리\s{0,2}기기/i,
  denial: /(?:CCTV|영상\s{0,2}정보\s{0,2}처리\s{0,2}기기)[^\n]{0,40}(?:운영하지|설치하지)\s{0,2}않/i,
});
