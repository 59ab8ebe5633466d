/** Words the diff reports share, in both locales. */
import { FACT_NAMES } from "../../data/change-notice.js";
import { TOPICS } from "../../data/topics.js";
import type { Locale } from "../../rule-api.js";
import type { FactChange, PolicyDiff } from "../types.js";

export const WORDS = {
  ko: {
    title: "개인정보 처리방침 신·구 대조",
    effectiveDate: "시행일",
    none: "없음",
    contentChanged: "내용 변경",
    yes: "있음",
    no: "없음 (형식만 바뀌었거나 같음)",
    elements: "항목",
    facts: "주요 사항",
    history: "변경 이력",
    historyAdded: "새 항목",
    historyNone: "새 항목 없음",
    table: "신·구 대조표",
    article: "조항",
    old: "구",
    new: "신",
    preamble: "(머리말)",
    newFile: "기준 버전에 없는 새 파일입니다.",
    unchanged: "바뀐 내용이 없습니다.",
    sameDate: "그대로",
    added: "추가",
    removed: "삭제",
    changed: "변경",
    longer: "연장",
    shorter: "단축",
    line: "줄",
    kind: "종류",
    what: "내용",
    change: "변경",
  },
  en: {
    title: "Privacy policy: old and new compared",
    effectiveDate: "Effective date",
    none: "none",
    contentChanged: "Content changed",
    yes: "yes",
    no: "no (formatting only, or identical)",
    elements: "Elements",
    facts: "Key facts",
    history: "Change history",
    historyAdded: "new entry",
    historyNone: "no new entry",
    table: "Old/new comparison table",
    article: "Article",
    old: "Old",
    new: "New",
    preamble: "(preamble)",
    newFile: "A new file: it does not exist at the base.",
    unchanged: "Nothing changed.",
    sameDate: "unchanged",
    added: "added",
    removed: "removed",
    changed: "changed",
    longer: "longer",
    shorter: "shorter",
    line: "Line",
    kind: "Kind",
    what: "What",
    change: "Change",
  },
} as const;

export function topicName(topic: string, locale: Locale): string {
  return TOPICS.find((t) => t.id === topic)?.name[locale] ?? topic;
}

export function factName(f: FactChange, locale: Locale): string {
  return FACT_NAMES[f.kind][locale];
}

export function factText(f: FactChange): string {
  return f.before !== undefined ? `${f.text} (${f.before} → ${f.after})` : f.text;
}

export function dateText(d: PolicyDiff["effectiveDate"]["old"], locale: Locale): string {
  return d ? d.date : WORDS[locale].none;
}

/** Lines of a place: "L5" for the new version, "구 L5" / "old L5" for a removal. */
export function lineText(line: number, side: "old" | "new", locale: Locale): string {
  return side === "new" ? `L${line}` : `${WORDS[locale].old} L${line}`;
}
