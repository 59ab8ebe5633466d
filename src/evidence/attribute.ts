/**
 * Sentence-level attribution: splits blocks into sentences and tells, for one element, whether a
 * sentence is the organisation's own statement or another use of the element's words.
 */
import {
  AGENCY_REPORT,
  ARTICLE_REFERENCE,
  CHANGE_NOTICE_CLAUSE,
  LOCAL_REFERENCE,
  OTHER_PARTY_FIELD,
  PLACEHOLDER_SHAPES,
  STATUTE_BEFORE_ARTICLE,
  USER_CAN,
  USER_MENU_ACTION,
  USER_SUBJECT,
} from "../data/evidence-shapes.js";
import type { Block } from "../policy/types.js";
import type { EvidenceKind, Party } from "./types.js";

export interface Sentence {
  text: string;
  block: Block;
}

/**
 * A stop and the spaces after it, or a line break. The stop is matched rather than looked behind
 * for, so that the engine can skip to the next stop or break; it stays with its sentence.
 */
const SENTENCE_END = /[.!?。]\s+|\n+/g;

/** A block's sentences; a sentence longer than the bound is kept whole (the patterns are bounded). */
export function sentencesOf(block: Block): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const text = block.text;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + (m[0][0] === "\n" ? 0 : 1);
    const piece = text.slice(from, end).trim();
    if (piece) out.push({ text: piece, block });
    from = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push({ text: rest, block });
  return out;
}

/** True when the sentence points to another article of the policy for its content. */
export function isCrossReference(text: string): boolean {
  if (LOCAL_REFERENCE.test(text)) return true;
  for (const m of text.matchAll(ARTICLE_REFERENCE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    if (!STATUTE_BEFORE_ARTICLE.test(before) && !/「[^」]{0,30}$/.test(before)) return true;
  }
  return false;
}

/** True when the text still holds an unfilled template field. */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_SHAPES.some((s) => {
    s.pattern.lastIndex = 0;
    const hit = s.pattern.test(text);
    s.pattern.lastIndex = 0;
    return hit;
  });
}

/** True when the data subject performs the act (deletes, withdraws) rather than the organisation. */
export function userActs(text: string): boolean {
  return (USER_SUBJECT.test(text) || USER_MENU_ACTION.test(text)) && USER_CAN.test(text);
}

export interface Attribution {
  kind: EvidenceKind;
  party: Party;
  reason?: string;
}

/**
 * The kind and party of a sentence that matched an element's vocabulary. The element-specific
 * content test comes after this: a sentence judged here as a disclosure still has to say something.
 */
export function attribute(text: string): Attribution {
  if (OTHER_PARTY_FIELD.test(text)) return { kind: "field-label", party: /수탁|위탁/.test(text) ? "processor" : "recipient", reason: "field of another party's disclosure" };
  if (AGENCY_REPORT.test(text)) return { kind: "mention", party: "agency", reason: "the organisation reports to an agency" };
  if (CHANGE_NOTICE_CLAUSE.test(text)) return { kind: "mention", party: "organisation", reason: "change-notice clause" };
  if (isCrossReference(text)) return { kind: "cross-reference", party: "organisation", reason: "refers to another article" };
  return { kind: "disclosure", party: "organisation" };
}
