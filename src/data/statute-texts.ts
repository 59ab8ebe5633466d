import type { PrimarySource } from "./types.js";

/** A statute text read on a public mirror of law.go.kr: everything a row's `primary` cites but the provision. */
export type StatuteText = Omit<PrimarySource, "provision">;

const READ_ON = "2026-12-05";

/**
 * The statute texts read for the knowledge tables, one per mirror file (docs/knowledge.md, "Sources
 * read"). A row cites one of these with its own provision, so that the version and the date of
 * reading are written once and a lawyer can open the same file.
 */
export const STATUTE_TEXTS = {
  pipa: {
    instrument: "개인정보 보호법",
    version: "법률 제21910호, 공포 2026-09-08, 시행 2027-03-09 (the mirror's newest text, with its 부칙)",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/개인정보보호법/법률.md" },
  },
  ictna: {
    instrument: "정보통신망 이용촉진 및 정보보호 등에 관한 법률",
    version: "법률 제21988호, 시행 2026-10-02",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/정보통신망이용촉진및정보보호등에관한법률/법률.md" },
  },
  ecommerceDecree: {
    instrument: "전자상거래 등에서의 소비자보호에 관한 법률 시행령",
    version: "대통령령 제35257호, 시행 2025-02-14",
    read: { on: READ_ON, at: "9bow/legalize-kr kr/전자상거래등에서의소비자보호에관한법률/시행령.md" },
  },
  telecomSecrecyDecree: {
    instrument: "통신비밀보호법 시행령",
    version: "대통령령 제36728호 반영, 시행 2026-10-02",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/통신비밀보호법/시행령.md" },
  },
  telecomSecrecyAct: {
    instrument: "통신비밀보호법",
    version: "법률 제21989호, 시행 2026-10-02",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/통신비밀보호법/법률.md" },
  },
  efinanceAct: {
    instrument: "전자금융거래법",
    version: "법률 제22048호, 시행 2026-10-02",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/전자금융거래법/법률.md" },
  },
  amlAct: {
    instrument: "특정 금융거래정보의 보고 및 이용 등에 관한 법률",
    version: "amendments to 2026-08-04 (the file's header was not read)",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/특정금융거래정보의보고및이용등에관한법률/법률.md" },
  },
  labourStandardsAct: {
    instrument: "근로기준법",
    version: "법률 제20520호, 시행 2025-10-23",
    read: { on: READ_ON, at: "9bow/legalize-kr kr/근로기준법/법률.md" },
  },
  medicalRules: {
    instrument: "의료법 시행규칙",
    version: "보건복지부령 제485호, 시행 2018-01-01 (the newest text found in the mirrors)",
    read: { on: READ_ON, at: "illussna/legalize-kr kr/의료법/시행규칙.md" },
  },
  efinanceDecree: {
    instrument: "전자금융거래법 시행령",
    version: "대통령령 제35038호, 시행 2024-12-27",
    read: { on: READ_ON, at: "9bow/legalize-kr kr/전자금융거래법/시행령.md" },
  },
  taxBasicAct: {
    instrument: "국세기본법",
    version: "amendments to 2026-08-11 (last 부칙 read: 법률 제21212호, 2025-12-23)",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/국세기본법/법률.md" },
  },
  commercialAct: {
    instrument: "상법",
    version: "법률 제21448호, 시행 2026-03-06",
    read: { on: READ_ON, at: "9bow/legalize-kr kr/상법/법률.md" },
  },
  policeOrganisation: {
    instrument: "경찰청과 그 소속기관 직제",
    version: "대통령령 제36729호, 시행 2026-10-01",
    read: { on: READ_ON, at: "legalize-kr/legalize-kr kr/경찰청과그소속기관직제/대통령령.md" },
  },
} as const satisfies Record<string, StatuteText>;

/** A row's primary source in one of the texts above. */
export function cite(text: StatuteText, provision: string): PrimarySource {
  return { ...text, provision };
}

/** Whether the row's fact was checked in the statute text: only such a row may rewrite a policy. */
export function wasRead(source: PrimarySource | undefined): boolean {
  return source?.read !== undefined;
}
