import type { LegacyTerm } from "./types.js";

// pipa.md §5.1 L06: a ministry is outdated only where the sentence names it as the privacy
// regulator (its 고시, its supervision, complaints to it), never as an organisation, a department or
// a party to a contract ("행정안전부 민간협력과", "재위탁 시 행정안전부의 동의").
const REGULATOR_ROLE = ["고시", "감독", "개인정보 보호지침", "개인정보보호지침", "신고", "개인정보 보호 업무", "개인정보보호 업무"];
const REGULATOR_ROLE_NAME = "개인정보 보호 감독기관(고시·감독·신고)";

// The statutory name of the document: renaming the old name keeps the sentence's meaning, except
// where the old name is quoted as old ("구 개인정보취급방침").
const SAME_DOCUMENT = {
  why: "The same document under its statutory name (PIPA 제30조제1항).",
  notAfter: ["구", "舊", "(구)", "구)", "前", "전"],
} as const;

// PIPA 제22조의2: the age below which a legal representative consents.
const CHILD_AGE = {
  ko: "한국 법은 만 14세 미만 아동의 개인정보 처리에 법정대리인의 동의를 요구합니다(「개인정보 보호법」 제22조의2)",
  en: "Korean law requires a legal representative's consent for children under 14 (PIPA Art. 22-2)",
} as const;

// A 고시 cited with its number is a dated instrument: its issuer at the time stays.
const DATED_INSTRUMENT = /제\s?\d{4}\s?-\s?(?:제\s?)?\d+\s?호/;

/**
 * pipa.md §5.4 and §5.1: wording from 정보통신망법-era or older practice, with today's wording.
 * A term that contains another comes first, so the longer match wins.
 *
 * Left out on purpose: "이용자" → "정보주체" and "유출" → "유출등" (§5.4), because the old words
 * remain correct in plain language and are part of current phrases, so flagging them would mostly
 * flag correct text. The old 고시 name of L11 and the spacing of L08 are law names: see LAW_NAMES.
 */
export const LEGACY_TERMS: readonly LegacyTerm[] = [
  {
    id: "handling-policy",
    term: "개인정보취급방침",
    replacement: "개인정보 처리방침",
    since: "2020-08-05",
    note: "PIPA has used 처리방침 since 2011; the 정보통신망법 term went with its privacy provisions at the latest.",
    fix: SAME_DOCUMENT,
    source: "pipa.md §5.4; §5.1 L09 [LAW]",
  },
  {
    id: "handling-policy-spaced",
    term: "개인정보 취급방침",
    replacement: "개인정보 처리방침",
    since: "2020-08-05",
    fix: SAME_DOCUMENT,
    source: "pipa.md §5.4; §5.1 L09 [LAW]",
  },
  {
    id: "handling-policy-split",
    term: "개인정보 취급 방침",
    replacement: "개인정보 처리방침",
    since: "2020-08-05",
    fix: SAME_DOCUMENT,
    source: "pipa.md §5.4; §5.1 L09 [LAW]",
  },
  {
    id: "protection-policy-title",
    term: "개인정보 보호정책",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    note: "The statutory name (PIPA 제30조제1항) since PIPA came into force.",
    source: "pipa.md §5.1 L09 [LAW]",
  },
  {
    id: "protection-policy-title-unspaced",
    term: "개인정보보호정책",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    source: "pipa.md §5.1 L09 [LAW]",
  },
  {
    id: "protection-rules-title",
    term: "개인정보 보호방침",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    source: "pipa.md §5.1 L09 [LAW]",
  },
  {
    id: "protection-rules-title-unspaced",
    term: "개인정보보호방침",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    source: "pipa.md §5.1 L09 [LAW]",
  },
  {
    id: "protection-guideline-title",
    term: "개인정보 보호지침",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    note: "As the policy's title only: 「표준 개인정보 보호지침」 is a current 고시.",
    source: "pipa.md §5.4",
  },
  {
    id: "protection-guideline-title-unspaced",
    term: "개인정보보호지침",
    replacement: "개인정보 처리방침",
    since: "2011-09-30",
    titleOnly: true,
    source: "pipa.md §5.4",
  },
  {
    id: "management-officer",
    term: "개인정보관리책임자",
    replacement: "개인정보 보호책임자",
    since: "2020-08-05",
    unconfirmed: true,
    note: "정보통신망법-era term.",
    source: "pipa.md §5.4; §5.1 L10 [MEM]",
  },
  {
    id: "management-officer-spaced",
    term: "개인정보 관리책임자",
    replacement: "개인정보 보호책임자",
    since: "2020-08-05",
    unconfirmed: true,
    source: "pipa.md §5.4; §5.1 L10 [MEM]",
  },
  {
    id: "handler-consignment",
    term: "개인정보 취급자 위탁",
    replacement: "개인정보 처리위탁",
    since: "2020-08-05",
    unconfirmed: true,
    note: "\"개인정보취급자\" alone is a current term and is not flagged.",
    source: "pipa.md §5.1 L10 [MEM]",
  },
  {
    id: "handling-consignment",
    term: "취급위탁",
    replacement: "처리위탁",
    since: "2020-08-05",
    unconfirmed: true,
    note: "정보통신망법 제25조 (구 취급위탁) → 「개인정보 보호법」 제26조.",
    source: "pipa.md §5.4; §5.1 L10 [MEM]",
  },
  {
    id: "video-device-generic",
    term: "영상정보처리기기",
    replacement: "고정형 영상정보처리기기",
    since: "2023",
    exceptIn: ["고정형 영상정보처리기기", "고정형영상정보처리기기", "이동형 영상정보처리기기", "이동형영상정보처리기기"],
    // The generic word is the umbrella for both kinds where the sentence speaks of both.
    notNear: ["이동형", "제25조의2", "제25조 및 제25조의2", "고정형·이동형", "고정형ㆍ이동형"],
    note: "Use 이동형 영상정보처리기기 for drones, vehicle and body cameras (PIPA 제25조의2). Never fixed: only the operator knows which kind is meant.",
    source: "pipa.md §5.4",
  },
  {
    id: "regulator-mois-minister-sets",
    term: "행정안전부장관이 정하는",
    replacement: "개인정보보호위원회가 정하는",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: ["개인정보"],
    fix: { why: "The minister's standard-setting on personal data passed to 개인정보보호위원회 (PIPA 부칙 2020.2.4).", blockedBy: DATED_INSTRUMENT },
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-mois-minister-set",
    term: "행정안전부장관이 정한",
    replacement: "개인정보보호위원회가 정한",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: ["개인정보"],
    fix: { why: "As above.", blockedBy: DATED_INSTRUMENT },
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-mois",
    term: "행정안전부",
    replacement: "개인정보보호위원회",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: REGULATOR_ROLE,
    fix: {
      why: "Both 고시 are 개인정보보호위원회 고시 today; an undated citation names today's issuer.",
      followedBy: ["고시 「개인정보의 안전성 확보조치 기준」", "고시 「표준 개인정보 보호지침」"],
      blockedBy: DATED_INSTRUMENT,
    },
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-mospa",
    term: "안전행정부",
    replacement: "개인정보보호위원회",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: REGULATOR_ROLE,
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-mogaha",
    term: "행정자치부",
    replacement: "개인정보보호위원회",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: REGULATOR_ROLE,
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-kcc-privacy",
    term: "방송통신위원회",
    replacement: "개인정보보호위원회",
    kind: "role",
    role: REGULATOR_ROLE_NAME,
    since: "2020-08-05",
    near: REGULATOR_ROLE,
    notNear: ["접근권한", "접근 권한", "광고성 정보", "광고성정보"],
    source: "S-LAW1 §5.1 L06",
  },
  {
    id: "regulator-kcc-rename",
    term: "방송통신위원회",
    replacement: "방송미디어통신위원회",
    kind: "role",
    role: "정보통신망법 잔여 조항(앱 접근권한, 광고성 정보)의 소관 기관",
    since: "2025-10-01",
    near: ["접근권한", "접근 권한", "광고성 정보", "광고성정보"],
    note: "정보통신망법 residual topics only (앱 접근권한, 광고성 정보); INFO.",
    source: "S-LAW4 §5.1 L07",
  },
  {
    id: "pims-certification",
    term: "PIMS",
    replacement: "ISMS-P",
    since: "2018-11",
    near: ["인증"],
    unconfirmed: true,
    note: "PIMS and PIPL certifications were merged into ISMS-P. A sentence dated before 2018-11 (\"2016년 PIMS 인증\") states history and is not reported; a product named PIMS has no 인증 beside it.",
    source: "pipa.md §5.1 L22 [MEM]",
  },
  {
    id: "pipl-certification",
    term: "PIPL 인증",
    replacement: "ISMS-P",
    since: "2018-11",
    unconfirmed: true,
    source: "pipa.md §5.1 L22 [MEM]",
  },
  {
    id: "old-privacy-portal",
    term: "개인정보보호 종합지원 포털",
    replacement: "개인정보 포털 (www.privacy.go.kr)",
    since: "2020-08-05",
    unconfirmed: true,
    note: "The date is when 개인정보보호위원회 took over 행정안전부's privacy tasks; the portal's own rename date is not in the spec.",
    source: "pipa.md §5.1 L25 [PRACTICE/MEM]",
  },
  {
    id: "old-privacy-portal-unspaced",
    term: "개인정보보호종합지원포털",
    replacement: "개인정보 포털 (www.privacy.go.kr)",
    since: "2020-08-05",
    unconfirmed: true,
    source: "pipa.md §5.1 L25 [PRACTICE/MEM]",
  },
  {
    id: "safety-measures-typo",
    term: "안정성 확보조치",
    replacement: "안전성 확보조치",
    kind: "typo",
    near: ["개인정보"],
    fix: { why: "The statutory term is 안전성 확보 조치 (PIPA 제29조, 시행령 제30조); 안정성 is a misspelling of it after 개인정보.", precededBy: ["개인정보의", "개인정보"] },
    source: "S-LAW2 §1.2 31①3",
  },
  {
    id: "safety-measures-typo-spaced",
    term: "안정성 확보 조치",
    replacement: "안전성 확보 조치",
    kind: "typo",
    near: ["개인정보"],
    fix: { why: "As above.", precededBy: ["개인정보의", "개인정보"] },
    source: "S-LAW2 §1.2 31①3",
  },
  {
    id: "child-age-13",
    term: "만 13세 미만",
    replacement: "만 14세 미만",
    kind: "misstatement",
    why: CHILD_AGE,
    // Another country's rule (COPPA: under 13) may be quoted on purpose.
    notNear: ["COPPA", "미국", "United States", "GDPR", "EU"],
    note: "Never fixed: the service's age policy may differ on purpose; the operator decides.",
    source: "S-LAW1 §1.4 R21",
  },
  {
    id: "child-age-13-unspaced",
    term: "만13세 미만",
    replacement: "만 14세 미만",
    kind: "misstatement",
    why: CHILD_AGE,
    notNear: ["COPPA", "미국", "United States", "GDPR", "EU"],
    source: "S-LAW1 §1.4 R21",
  },
];
