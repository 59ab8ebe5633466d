import { cite, STATUTE_TEXTS } from "./statute-texts.js";
import type { LawName } from "./types.js";

/**
 * pipa.md §4.1: official titles of the laws policies cite, for name validation. The spec takes the
 * spelling from statute mirrors for the rows with an S-LAW or S-NOTE source and from memory for
 * the rest (marked unconfirmed). A row's `primary` is the statute itself; only a title read in its
 * own text is rewritten when a policy spaces it differently.
 */
export const LAW_NAMES: readonly LawName[] = [
  {
    canonical: "개인정보 보호법",
    kind: "법률",
    shortForms: ["개인정보보호법", "보호법", "PIPA"],
    wrongForms: [
      {
        text: "「개인정보보호법」",
        kind: "spacing",
        why: "정식 인용(「」)에서는 공식 제명 「개인정보 보호법」의 띄어쓰기를 따라야 합니다 (L08).",
      },
      { text: "개인정보 보호에 관한 법률", kind: "misquote", why: "공식 제명은 「개인정보 보호법」입니다." },
      { text: "개인정보보호법률", kind: "misquote", why: "공식 제명은 「개인정보 보호법」입니다." },
    ],
    primary: cite(STATUTE_TEXTS.pipa, "제명"),
    source: "S-LAW1 §4.1",
  },
  {
    canonical: "개인정보 보호법 시행령",
    kind: "시행령",
    // The spec accepts a bare "시행령" only where the text is about PIPA; other laws have decrees too.
    shortForms: ["시행령"],
    primary: { instrument: "개인정보 보호법 시행령", provision: "제명" },
    source: "S-LAW2 §4.1",
  },
  {
    canonical: "정보통신망 이용촉진 및 정보보호 등에 관한 법률",
    kind: "법률",
    shortForms: ["정보통신망법", "망법"],
    wrongForms: [
      {
        text: "정보통신망 이용 촉진 및 정보 보호 등에 관한 법률",
        kind: "spacing",
        why: "공식 제명은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」입니다.",
      },
      {
        // Not listed in §4.1; wrong against the official title given there (drops "등").
        text: "정보통신망 이용촉진 및 정보보호에 관한 법률",
        kind: "misquote",
        why: "공식 제명에서 '등'이 빠졌습니다: 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」.",
      },
    ],
    note: "Its personal-data provisions (제22조–제32조) were deleted on 2020-08-05: see DELETED_PROVISIONS.",
    primary: cite(STATUTE_TEXTS.ictna, "제명"),
    source: "S-LAW4 §4.1",
  },
  {
    canonical: "전자상거래 등에서의 소비자보호에 관한 법률",
    kind: "법률",
    shortForms: ["전자상거래법", "전상법"],
    wrongForms: [
      {
        text: "전자상거래 등에서의 소비자 보호에 관한 법률",
        kind: "spacing",
        why: "공식 제명은 '소비자보호'를 붙여 씁니다: 「전자상거래 등에서의 소비자보호에 관한 법률」.",
      },
      {
        text: "전자상거래소비자보호법",
        kind: "misquote",
        why: "공식 제명은 「전자상거래 등에서의 소비자보호에 관한 법률」 (약칭 전자상거래법)입니다.",
      },
      {
        text: "소비자기본법",
        kind: "wrong-law",
        why: "거래기록 보존기간(6개월/5년/5년/3년)은 「소비자기본법」이 아니라 「전자상거래 등에서의 소비자보호에 관한 법률」에 있습니다.",
      },
    ],
    primary: { instrument: "전자상거래 등에서의 소비자보호에 관한 법률", provision: "제명" },
    source: "S-LAW6 §4.1",
  },
  {
    canonical: "통신비밀보호법",
    kind: "법률",
    shortForms: ["통비법"],
    wrongForms: [{ text: "통신비밀 보호법", kind: "spacing", why: "공식 제명은 「통신비밀보호법」입니다." }],
    primary: cite(STATUTE_TEXTS.telecomSecrecyAct, "제명"),
    source: "S-LAW5 §4.1",
  },
  {
    canonical: "전자금융거래법",
    kind: "법률",
    shortForms: ["전금법"],
    wrongForms: [{ text: "전자금융 거래법", kind: "spacing", why: "공식 제명은 「전자금융거래법」입니다." }],
    primary: cite(STATUTE_TEXTS.efinanceAct, "제명"),
    source: "S-LAW7 §4.1",
  },
  { canonical: "국세기본법", kind: "법률", shortForms: [], primary: cite(STATUTE_TEXTS.taxBasicAct, "제명 (as the act's own 부칙 cite it: \"국세기본법 일부를 다음과 같이 개정한다\")"), source: "pipa.md §4.1 [MEM]" },
  { canonical: "부가가치세법", kind: "법률", shortForms: [], unconfirmed: true, primary: { instrument: "부가가치세법", provision: "제명" }, source: "pipa.md §4.1 [MEM]" },
  { canonical: "법인세법", kind: "법률", shortForms: [], unconfirmed: true, primary: { instrument: "법인세법", provision: "제명" }, source: "pipa.md §4.1 [MEM]" },
  { canonical: "소득세법", kind: "법률", shortForms: [], unconfirmed: true, primary: { instrument: "소득세법", provision: "제명" }, source: "pipa.md §4.1 [MEM]" },
  { canonical: "상법", kind: "법률", shortForms: [], primary: cite(STATUTE_TEXTS.commercialAct, "제명"), source: "pipa.md §4.1 [MEM]" },
  {
    canonical: "신용정보의 이용 및 보호에 관한 법률",
    kind: "법률",
    shortForms: ["신용정보법"],
    wrongForms: [
      {
        text: "신용정보보호법",
        kind: "informal",
        why: "통용되는 약칭이지만 공식 제명은 「신용정보의 이용 및 보호에 관한 법률」입니다.",
      },
    ],
    unconfirmed: true,
    primary: { instrument: "신용정보의 이용 및 보호에 관한 법률", provision: "제명" },
    source: "pipa.md §4.1 [MEM]",
  },
  {
    canonical: "위치정보의 보호 및 이용 등에 관한 법률",
    kind: "법률",
    shortForms: ["위치정보법"],
    unconfirmed: true,
    primary: { instrument: "위치정보의 보호 및 이용 등에 관한 법률", provision: "제명" },
    source: "pipa.md §4.1 [MEM]",
  },
  { canonical: "의료법", kind: "법률", shortForms: [], unconfirmed: true, primary: { instrument: "의료법", provision: "제명" }, source: "pipa.md §4.1 [MEM]" },
  { canonical: "의료법 시행규칙", kind: "시행규칙", shortForms: [], primary: cite(STATUTE_TEXTS.medicalRules, "제명"), source: "pipa.md §4.1 [MEM]" },
  { canonical: "근로기준법", kind: "법률", shortForms: [], primary: cite(STATUTE_TEXTS.labourStandardsAct, "제명"), source: "pipa.md §4.1 [MEM]" },
  {
    canonical: "특정 금융거래정보의 보고 및 이용 등에 관한 법률",
    kind: "법률",
    shortForms: ["특정금융정보법", "특금법"],
    unconfirmed: true,
    primary: { instrument: "특정 금융거래정보의 보고 및 이용 등에 관한 법률", provision: "제명" },
    source: "pipa.md §4.1 [MEM]",
  },
  {
    canonical: "전자문서 및 전자거래 기본법",
    kind: "법률",
    shortForms: ["전자문서법"],
    wrongForms: [
      {
        text: "전자거래기본법",
        kind: "outdated",
        why: "옛 제명입니다. 현재 제명은 「전자문서 및 전자거래 기본법」입니다.",
        unconfirmed: true,
      },
    ],
    unconfirmed: true,
    primary: { instrument: "전자문서 및 전자거래 기본법", provision: "제명" },
    source: "pipa.md §4.1 [MEM]",
  },
  {
    canonical: "소비자기본법",
    kind: "법률",
    shortForms: [],
    wrongForms: [
      {
        text: "소비자보호법",
        kind: "outdated",
        why: "「소비자보호법」은 2006-09-27 전부개정(시행 2007-03-28)으로 「소비자기본법」이 된 옛 제명입니다. 거래기록 보존기간의 근거는 「전자상거래 등에서의 소비자보호에 관한 법률」입니다.",
        since: "2007-03-28",
        unconfirmed: true,
      },
    ],
    unconfirmed: true,
    note: "Listed after 전자상거래법, whose wrong forms give 「소비자기본법」 as the wrong law for retention periods.",
    primary: { instrument: "소비자기본법", provision: "제명" },
    source: "pipa.md §4 common mistakes [MEM]",
  },
  {
    canonical: "공공기관의 개인정보보호에 관한 법률",
    kind: "법률",
    shortForms: [],
    wrongForms: [{ text: "공공기관의 개인정보 보호에 관한 법률", kind: "spacing", why: "폐지된 법률입니다: 「개인정보 보호법」 (2011-09-30 시행)이 대체했습니다." }],
    repealed: { on: "2011-09-30", replacedBy: "개인정보 보호법" },
    note: "Repealed by 「개인정보 보호법」 부칙 제2조 when PIPA came into force; the spec has the date from memory (§0.1 [MEM]), the 부칙 read confirms it.",
    primary: cite(STATUTE_TEXTS.pipa, "부칙 <제10465호,2011.3.29> 제2조 (\"공공기관의 개인정보보호에 관한 법률은 폐지한다\"), 제1조 (공포 후 6개월: 2011-09-30)"),
    source: "pipa.md §0.1",
  },
  {
    canonical: "개인정보의 안전성 확보조치 기준",
    kind: "고시",
    shortForms: ["안전성 확보조치 기준"],
    wrongForms: [
      {
        text: "개인정보의 기술적·관리적 보호조치 기준",
        kind: "outdated",
        why: "「개인정보의 기술적·관리적 보호조치 기준」(2020-08 이후 개인정보보호위원회 고시 제2020-5호)은 2023-09-22 「개인정보의 안전성 확보조치 기준」으로 통합되었습니다 (L11).",
        since: "2023-09-22",
      },
    ],
    note: "개인정보보호위원회 고시; latest 고시 제2026-9호 (시행 2026-07-01).",
    primary: { instrument: "개인정보의 안전성 확보조치 기준", provision: "제명" },
    source: "S-NOTE1 §4.1",
  },
  {
    canonical: "표준 개인정보 보호지침",
    kind: "고시",
    shortForms: ["표준지침"],
    wrongForms: [
      {
        text: "행정안전부 표준 개인정보 보호지침",
        kind: "outdated",
        why: "현재 개인정보보호위원회 고시입니다 (옛 발령 기관 표기).",
        since: "2020-08-05",
      },
    ],
    note: "개인정보보호위원회 고시 제2025-4호 (발령 2025-04-11).",
    primary: { instrument: "표준 개인정보 보호지침", provision: "제명" },
    source: "S-NOTE1 §4.1",
  },
];

/** Canonical titles and accepted short forms, each to its law. */
export const LAW_BY_NAME: ReadonlyMap<string, LawName> = new Map(
  LAW_NAMES.flatMap((law) => [law.canonical, ...law.shortForms].map((name) => [name, law] as const)),
);
