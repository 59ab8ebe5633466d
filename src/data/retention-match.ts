/**
 * Pairs a statutory record type with the period a policy gives it, line by line, and compares the
 * two as the RETENTION_PERIODS row says: in the statute's own unit (years with months, days with
 * days) and by its semantics (exact, a minimum, a maximum, an allowed extension).
 */
import type { Span } from "../policy/types.js";
import { RETENTION_PERIODS } from "./retention-periods.js";
import type { RetentionPeriod, StatutoryPeriod } from "./types.js";

export interface StatedPeriod {
  amount: number;
  unit: "년" | "개월" | "일" | "주";
  text: string;
  span: Span;
}

/**
 * A number and a unit on one line ("3개월", "5년간", "2주 이내"): "118 주소" is no period, and a
 * service number after "국번없이" never is one.
 */
const PERIOD = /(?<![\d.,\-])(\d{1,3})[ \t]?(년|개월|개 월|달|주(?![소식민요말])|일)/g;
const SERVICE_NUMBER_BEFORE = /국번\s?없이\s?\)?\s?$/;

export function periodsIn(line: string, from: number): StatedPeriod[] {
  const out: StatedPeriod[] = [];
  for (const m of line.matchAll(PERIOD)) {
    if (SERVICE_NUMBER_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    const unit = m[2] === "개 월" || m[2] === "달" ? "개월" : (m[2] as StatedPeriod["unit"]);
    out.push({ amount: Number(m[1]), unit, text: m[0], span: { start: from + m.index, end: from + m.index + m[0].length } });
  }
  return out;
}

/** Months for years and months; days stay days; weeks compare with nothing a statute states. */
function inUnitOf(p: { amount: number; unit: string }, row: StatutoryPeriod): number | undefined {
  if (row.unit === "일") return p.unit === "일" ? p.amount : undefined;
  if (p.unit === "년") return p.amount * 12;
  if (p.unit === "개월") return p.amount;
  return undefined;
}

/** true: agrees; false: contradicts the statute; undefined: the units cannot be compared. */
export function agreesWith(stated: { amount: number; unit: string }, row: RetentionPeriod): boolean | undefined {
  const value = inUnitOf(stated, row.period);
  const statute = inUnitOf(row.period, row.period);
  if (value === undefined || statute === undefined) return undefined;
  if (row.semantics === "atLeast") return value >= statute;
  if (row.semantics === "atMost") return value <= statute;
  if (row.extensionAllowed) return value >= statute && value <= 2 * statute;
  return value === statute;
}

/** How the statute states the period: "3개월 이상", "최장 5년", "10년 (1회 연장 가능)". */
export function statutoryPeriodText(row: RetentionPeriod): string {
  const base = `${row.period.amount}${row.period.unit}`;
  if (row.semantics === "atLeast") return `${base} 이상`;
  if (row.semantics === "atMost") return `최장 ${base}`;
  if (row.extensionAllowed) return `${base} (같은 기간 안에서 1회 연장 가능)`;
  return base;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** The first current row whose keywords all occur in the line. */
export function recordTypeIn(line: string): RetentionPeriod | undefined {
  const squashed = squash(line);
  return RETENTION_PERIODS.find((row) => row.status === "current" && row.keywords.every((k) => squashed.includes(squash(k))));
}

export interface PeriodMismatch {
  row: RetentionPeriod;
  found: StatedPeriod;
}

/**
 * Lines of the text that name a statutory record type and a period that contradicts it. The record
 * type and the period must share a line: a neighbouring line of the same block (an HTML list, a
 * table cell) may be about something else.
 */
export function statutoryMismatches(text: string, spans: readonly Span[]): PeriodMismatch[] {
  const out: PeriodMismatch[] = [];
  for (const span of spans) {
    let start = span.start;
    while (start < span.end) {
      const newline = text.indexOf("\n", start);
      const end = newline === -1 || newline > span.end ? span.end : newline;
      const line = text.slice(start, end);
      const periods = periodsIn(line, start);
      const row = periods.length ? recordTypeIn(line) : undefined;
      if (row) {
        const verdicts = periods.map((p) => agreesWith(p, row));
        const wrong = periods.find((_, i) => verdicts[i] === false);
        if (wrong && !verdicts.includes(true)) out.push({ row, found: wrong });
      }
      start = end + 1;
    }
  }
  return out;
}
