/**
 * Entity extraction over the whole document text. Every pattern is linear: bounded quantifiers
 * over character classes that cannot overlap their neighbours (see docs/regex-audit.md).
 */
import type { Entity } from "./types.js";

const PHONE =
  /(?:\(\s*국번\s*없이\s*\)\s*|국번\s*없이\s*)?(?<![\d-])(?:\+82[-\s]?\d{1,2}[-.\s)]?\d{3,4}[-.\s]?\d{4}|0\d{1,2}[-.)\s]\s?\d{3,4}[-.\s]\d{4}|0\d{9,10}|1[5-9]\d{2}-\d{4}|1[0-9]{2,3})(?![\d])/g;
/** Short numbers count only when they are known service numbers or marked "국번없이". */
const SHORT_SERVICE_NUMBERS = new Set(["110", "112", "118", "120", "182", "1301", "1332", "1336", "1398"]);
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g;
const URL_RE =
  /(?:https?:\/\/[^\s<>"'()\[\]{}「」]{1,500}|(?<![@\w.-])(?:www\.)?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:go\.kr|or\.kr|co\.kr|ac\.kr|re\.kr|ne\.kr|kr|com|net|org|io)(?![A-Za-z0-9-])(?:\/[^\s<>"'()\[\]{}「」]{0,300})?)/g;
const DATE = /(?<!\d)((?:19|20)\d{2})\s*(?:년|[.\-/])\s*(\d{1,2})\s*(?:월|[.\-/])\s*(\d{1,2})(?!\d)\s*일?/g;
/** English month names as written in English or bilingual policies ("March 2, 2025", "2 Mar. 2025"). */
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ORDINAL_DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const MONTH_FIRST_DATE = new RegExp(`(?<![A-Za-z])${MONTH}\\.?[^\\S\\n]{1,3}${ORDINAL_DAY},?[^\\S\\n]{1,3}((?:19|20)\\d{2})(?!\\d)`, "gi");
const DAY_FIRST_DATE = new RegExp(`(?<![\\dA-Za-z])${ORDINAL_DAY}[^\\S\\n]{1,3}(?:of[^\\S\\n]{1,3})?${MONTH}\\.?,?[^\\S\\n]{1,3}((?:19|20)\\d{2})(?!\\d)`, "gi");
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

// A number and its unit share a line, and a number after "국번없이" is a phone number: "(국번없이) 118\n주소" is no period.
const DURATION = /(?<!국번\s?없이\s?\)?\s?)(?<![\d-])(\d{1,4})[ \t]{0,2}(년|개월|달|주일|주(?![소식민요])|일|시간)(?:간|\s?이내|\s?이상)?/g;
const END_EVENT = /(?:회원\s*)?탈퇴\s*(?:시|일|할\s*때)\s*(?:까지)?|(?:목적|계약)[^\n.]{0,20}(?:달성|종료|완료)\s*(?:시|후)(?:까지)?|해지\s*시(?:까지)?|(?:지울|삭제할|제거할)\s*때까지|(?:삭제|제거|탈퇴|해지)하면[^\n.]{0,30}(?:사라|삭제|파기|지워)/g;
const LAW_BRACKETED = /「([^」\n]{1,80})」/g;
const ORGANISATION = /\(주\)\s?[가-힣A-Za-z0-9]{1,30}|주식회사\s?[가-힣A-Za-z0-9]{1,30}|[가-힣A-Za-z0-9]{1,30}\s?주식회사|[A-Z][A-Za-z0-9&]{1,30}(?:\s[A-Z][A-Za-z0-9&]{1,30}){0,3},?\s(?:Inc|Ltd|LLC|Corp|GmbH|Co)\.?/g;

const DAYS: Record<string, number> = { 년: 365, 개월: 30, 달: 30, 주: 7, 주일: 7, 일: 1, 시간: 1 / 24 };

function pad(n: string): string {
  return n.padStart(2, "0");
}

export function extractEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, "");
    const marked = /국번/.test(m[0]);
    if (digits.length <= 4 && !marked && !SHORT_SERVICE_NUMBERS.has(digits)) continue;
    out.push({ kind: "phone", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: digits });
  }
  for (const m of text.matchAll(EMAIL)) {
    out.push({ kind: "email", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: m[0].toLowerCase() });
  }
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,;:]+$/, "");
    const value = raw.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
    out.push({ kind: "url", text: raw, span: { start: m.index, end: m.index + raw.length }, value });
  }
  for (const m of text.matchAll(DATE)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ kind: "date", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: `${m[1]}-${pad(m[2])}-${pad(m[3])}` });
  }
  const englishDate = (m: RegExpMatchArray, month: string, day: string, year: string) => {
    const monthNumber = MONTH_NUMBER[month.slice(0, 3).toLowerCase()];
    if (Number(day) < 1 || Number(day) > 31) return;
    out.push({ kind: "date", text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, value: `${year}-${pad(String(monthNumber))}-${pad(day)}` });
  };
  for (const m of text.matchAll(MONTH_FIRST_DATE)) englishDate(m, m[1], m[2], m[3]);
  for (const m of text.matchAll(DAY_FIRST_DATE)) englishDate(m, m[2], m[1], m[3]);
  for (const m of text.matchAll(DURATION)) {
    const days = Number(m[1]) * DAYS[m[2]];
    out.push({ kind: "duration", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: String(Math.round(days)) });
  }
  for (const m of text.matchAll(END_EVENT)) {
    out.push({ kind: "duration", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: "event" });
  }
  for (const m of text.matchAll(LAW_BRACKETED)) {
    out.push({ kind: "law", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: m[1].trim() });
  }
  for (const m of text.matchAll(ORGANISATION)) {
    out.push({ kind: "organisation", text: m[0], span: { start: m.index, end: m.index + m[0].length }, value: m[0].trim() });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
