/**
 * The question behind each config fact, as `policy-lint init` asks it in a terminal and the web
 * page shows it in its settings.
 */
import type { Facts, Localized } from "../rule-api.js";

export const FACT_QUESTIONS: Record<keyof Facts, Localized> = {
  thirdParty: { ko: "개인정보를 제3자에게 제공합니까?", en: "Do you provide personal data to third parties?" },
  consignment: { ko: "개인정보 처리업무를 위탁합니까?", en: "Do you outsource the processing of personal data?" },
  overseasTransfer: { ko: "개인정보를 국외로 이전(국외 위탁·보관 포함)합니까?", en: "Is personal data transferred abroad (including overseas processors and storage)?" },
  cookies: { ko: "쿠키 등 개인정보 자동 수집 장치를 사용합니까?", en: "Do you use cookies or other automatic collection tools?" },
  children: { ko: "만 14세 미만 아동의 개인정보를 처리합니까?", en: "Do you process personal data of children under 14?" },
  sensitive: { ko: "민감정보(건강, 사상·신념 등)를 처리합니까?", en: "Do you process sensitive data (health, beliefs, …)?" },
  pseudonymous: { ko: "가명정보를 처리합니까?", en: "Do you process pseudonymised data?" },
  automatedDecision: { ko: "완전히 자동화된 시스템으로 결정을 내립니까?", en: "Do you make fully automated decisions?" },
  publicInstitution: { ko: "공공기관입니까?", en: "Are you a public institution?" },
  cctv: { ko: "고정형 영상정보처리기기(CCTV)를 운영합니까?", en: "Do you operate fixed video devices (CCTV)?" },
  domesticAgent: { ko: "국내대리인을 지정해야 하는 해외 사업자입니까?", en: "Are you a foreign business that must designate a domestic agent?" },
};
