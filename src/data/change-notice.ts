/**
 * What the change rules read in a policy's own text: the advance-notice period it promises, what
 * it calls an important change, and where it lists earlier versions. The periods themselves are
 * practice, not PIPA (pipa.md §2.6): "시행 7일 전" and "중요한 변경은 30일 전" come from the
 * 공정위 전자상거래 표준약관 제3조 and were copied into privacy-policy templates.
 */
import type { FactKind } from "../diff/types.js";

/** "7일 전", "30일 이전", "7일 前": the days promised before a change takes effect. Linear: bounded gaps only. */
export const NOTICE_PERIOD = /(\d{1,3})\s{0,2}일\s{0,2}(?:전|이전|前)/g;

/** A promised period that applies to important or adverse changes only ("중요한 변경은 30일 전"). */
export const IMPORTANT_CHANGE = /중요한|중대한|불리한|불이익|권리[^\n.]{0,10}(?:중요|영향)|significant|material/i;

/** Text that announces changes at all, around a period ("공지", "고지", "알려"). */
export const NOTICE_WORDS = /공지|고지|게시|알려|알리|통지|안내|공개|notice|notify/i;

/** The period applied when the policy promises none: the standard-terms practice (S-TOS), not law. */
export const DEFAULT_NOTICE_DAYS = 7;
/** The standard-terms period for changes that are adverse to users (S-TOS), quoted in reminders. */
export const SIGNIFICANT_NOTICE_DAYS = 30;
export const NOTICE_SOURCE = "S-TOS";

/**
 * Headings and lines that hold the change history or the list of previous versions (작성지침:
 * 변경 이력 and access to previous versions, S-GUIDE1 / S-TOC-PUB).
 */
export const HISTORY_WORDS = /변경\s{0,2}이력|개정\s{0,2}이력|제[·ㆍ\s]{0,2}개정\s{0,2}이력|연혁|이전\s{0,2}(?:의\s{0,2})?(?:개인정보\s{0,2})?(?:처리\s{0,2})?방침|이전\s{0,2}버전|종전\s{0,2}(?:개인정보\s{0,2})?(?:처리\s{0,2})?방침|지난\s{0,2}(?:개인정보\s{0,2})?(?:처리\s{0,2})?방침|previous\s+(?:versions?|polic)|change\s+history|revision\s+history/i;

/** What each kind of fact is called in messages and reports. */
export const FACT_NAMES: Record<FactKind, { ko: string; en: string }> = {
  recipient: { ko: "제3자 제공받는 자", en: "third-party recipient" },
  processor: { ko: "수탁자", en: "processor" },
  "overseas-recipient": { ko: "국외 이전받는 자", en: "overseas recipient" },
  country: { ko: "이전 국가", en: "destination country" },
  item: { ko: "처리 항목", en: "item" },
  purpose: { ko: "처리 목적", en: "purpose" },
  retention: { ko: "보유 기간", en: "retention period" },
  officer: { ko: "개인정보 보호책임자", en: "privacy officer" },
  contact: { ko: "연락처", en: "contact" },
};

/**
 * Additions that change whom data goes to, what is processed or why: where processing rests on
 * consent, new consent is needed (PIPA 15② 후단, 17②), and standard-terms practice gives such
 * changes 30 days' notice. A longer retention period counts too.
 */
export const SIGNIFICANT_ADDITIONS: readonly FactKind[] = ["recipient", "processor", "overseas-recipient", "country", "item", "purpose"];
