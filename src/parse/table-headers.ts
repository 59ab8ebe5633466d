/**
 * Column-header terms of the tables Korean privacy policies use (위탁, 제3자 제공, 국외 이전,
 * 보유기간, 수집 항목). The plain-text parser recognises a table that lost its layout ("수탁업체
 * 위탁업무 내용 위탁 기간" on one line, then one line per row) when a line is made of these terms
 * only, and uses each column's role to split the rows.
 *
 * Matching ignores spaces and treats ·ㆍ∙・ alike, so "위탁업무 내용" also covers "위탁업무내용".
 * The longest term wins, so list both a phrase and its parts when both occur as headers.
 */

/**
 * How a column's cells can be recognised in a flattened row:
 * - party: an organisation name ((주)X, X 주식회사, X Inc., Latin-script names), found from the left;
 * - period: a retention period or end event (…시까지, N년, 탈퇴 시), found from the right;
 * - items: a comma-separated list of data items;
 * - other: no shape of its own; takes what the other columns leave.
 */
export type ColumnRole = "party" | "period" | "items" | "other";

export interface ColumnHeaderTerm {
  term: string;
  role: ColumnRole;
}

export const TABLE_HEADER_TERMS: readonly ColumnHeaderTerm[] = [
  // Who receives the data: 수탁자 (위탁), 제공받는 자 (제3자 제공), 이전받는 자 (국외 이전).
  { term: "수탁업체", role: "party" },
  { term: "수탁업체명", role: "party" },
  { term: "수탁 업체", role: "party" },
  { term: "수탁자", role: "party" },
  { term: "수탁사", role: "party" },
  { term: "수탁기관", role: "party" },
  { term: "수탁 회사", role: "party" },
  { term: "위탁받는 자", role: "party" },
  { term: "위탁업체", role: "party" },
  { term: "재수탁자", role: "party" },
  { term: "업체명", role: "party" },
  { term: "회사명", role: "party" },
  { term: "제공받는 자", role: "party" },
  { term: "제공받는 기관", role: "party" },
  { term: "제공처", role: "party" },
  { term: "이전받는 자", role: "party" },

  // What is outsourced or why data is provided.
  { term: "위탁업무", role: "other" },
  { term: "위탁업무 내용", role: "other" },
  { term: "위탁 내용", role: "other" },
  { term: "위탁하는 업무의 내용", role: "other" },
  { term: "업무 내용", role: "other" },
  { term: "수탁 업무", role: "other" },
  { term: "처리 업무", role: "other" },
  { term: "목적", role: "other" },
  { term: "제공 목적", role: "other" },
  { term: "제공받는 자의 이용 목적", role: "other" },
  { term: "이용 목적", role: "other" },
  { term: "수집 목적", role: "other" },
  { term: "수집·이용 목적", role: "other" },
  { term: "처리 목적", role: "other" },
  { term: "이전 목적", role: "other" },

  // Which data.
  { term: "항목", role: "items" },
  { term: "제공 항목", role: "items" },
  { term: "제공하는 항목", role: "items" },
  { term: "제공하는 개인정보 항목", role: "items" },
  { term: "수집 항목", role: "items" },
  { term: "수집·이용 항목", role: "items" },
  { term: "필수 항목", role: "items" },
  { term: "선택 항목", role: "items" },
  { term: "처리 항목", role: "items" },
  { term: "개인정보 항목", role: "items" },
  { term: "보존 항목", role: "items" },
  { term: "이전 항목", role: "items" },
  { term: "이전되는 항목", role: "items" },
  { term: "이전되는 개인정보 항목", role: "items" },

  // How long.
  { term: "기간", role: "period" },
  { term: "위탁 기간", role: "period" },
  { term: "위탁 계약 기간", role: "period" },
  { term: "보유 기간", role: "period" },
  { term: "보유 및 이용 기간", role: "period" },
  { term: "보유·이용 기간", role: "period" },
  { term: "이용 기간", role: "period" },
  { term: "보존 기간", role: "period" },
  { term: "보관 기간", role: "period" },

  // Other columns of these tables.
  { term: "구분", role: "other" },
  { term: "내용", role: "other" },
  { term: "비고", role: "other" },
  { term: "기록", role: "other" },
  { term: "보존하는 기록", role: "other" },
  { term: "근거", role: "other" },
  { term: "법적 근거", role: "other" },
  { term: "근거 법령", role: "other" },
  { term: "관련 법령", role: "other" },
  { term: "보존 근거", role: "other" },
  { term: "보존 이유", role: "other" },
  { term: "수집 방법", role: "other" },
  { term: "이전되는 국가", role: "other" },
  { term: "이전 국가", role: "other" },
  { term: "국가", role: "other" },
  { term: "이전 일시 및 방법", role: "other" },
  { term: "이전 일시", role: "other" },
  { term: "이전 방법", role: "other" },
  { term: "연락처", role: "other" },
];
