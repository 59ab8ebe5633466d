/**
 * Finds LEGACY_TERMS rows in one block of policy text and decides, from each row's data, whether
 * the occurrence is reported and whether its replacement is certain enough to apply.
 */
import { LEGACY_TERMS } from "./legacy-terms.js";
import { wasRead } from "./statute-texts.js";
import type { FixContext, LegacyTerm } from "./types.js";

export interface LegacyTermHit {
  row: LegacyTerm;
  /** Offset of the term in the block text. */
  index: number;
  /** The replacement may be applied without asking. */
  fixable: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** Every row's term in one pattern: a block none of them occurs in has no finding, and most blocks are such. */
const ANY_TERM = new RegExp(LEGACY_TERMS.map((row) => row.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** True when `text` may hold a legacy term; false settles it without the per-row search. */
export function mayHoldLegacyTerm(text: string): boolean {
  return ANY_TERM.test(text);
}

/** Sentence bounds around `index`: a sentence ends at "다." or . ! ? or a line break. */
function sentenceAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return text.slice(start, end + 1);
}

/** True when the occurrence at `index` is part of `phrase` (e.g. 영상정보처리기기 inside 고정형 영상정보처리기기). */
function insidePhrase(text: string, index: number, term: string, phrase: string): boolean {
  const offset = phrase.indexOf(term);
  if (offset < 0) return false;
  return text.slice(index - offset, index - offset + phrase.length) === phrase;
}

/** "2016년 PIMS 인증": a year before the term became legacy dates the sentence as history. */
function datedBefore(sentence: string, since: string | undefined): boolean {
  if (!since) return false;
  const year = Number(since.slice(0, 4));
  return [...sentence.matchAll(/((?:19|20)\d{2})\s?년/g)].some((m) => Number(m[1]) < year);
}

function certain(fix: FixContext | undefined, row: LegacyTerm, text: string, index: number, sentence: string): boolean {
  if (!fix || row.unconfirmed || !wasRead(row.primary)) return false;
  const before = squash(text.slice(Math.max(0, index - 12), index));
  const after = squash(text.slice(index + row.term.length, index + row.term.length + 60));
  if (fix.notAfter?.some((w) => before.endsWith(squash(w)))) return false;
  if (fix.precededBy && !fix.precededBy.some((w) => before.endsWith(squash(w)))) return false;
  if (fix.followedBy && !fix.followedBy.some((w) => after.startsWith(squash(w)))) return false;
  if (fix.blockedBy?.test(sentence)) return false;
  return true;
}

/**
 * `heading` is the title of the section the text stands in: a section on "고정형·이동형
 * 영상정보처리기기" speaks of both kinds in every sentence.
 */
export function findLegacyTerms(text: string, isHeading: boolean, heading = ""): LegacyTermHit[] {
  const hits: LegacyTermHit[] = [];
  const taken: [number, number][] = [];
  for (const row of LEGACY_TERMS) {
    if (row.titleOnly && !isHeading) continue;
    for (let i = text.indexOf(row.term); i !== -1; i = text.indexOf(row.term, i + row.term.length)) {
      const end = i + row.term.length;
      if (taken.some(([s, e]) => i < e && end > s)) continue;
      if (row.exceptIn?.some((phrase) => insidePhrase(text, i, row.term, phrase))) continue;
      const sentence = sentenceAround(text, i);
      if (row.near && !row.near.some((w) => sentence.includes(w))) continue;
      if (row.notNear?.some((w) => sentence.includes(w) || heading.includes(w))) continue;
      if (datedBefore(sentence, row.since)) continue;
      taken.push([i, end]);
      hits.push({ row, index: i, fixable: certain(row.fix, row, text, i, sentence) });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
