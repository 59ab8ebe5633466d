/**
 * Heading normalisation and topic classification (spec §7 normalisation advice).
 */
import { TOPICS } from "../data/topics.js";
import type { TopicId } from "./types.js";

/** Middle dots written for "·". */
const OTHER_MIDDLE_DOTS = "ㆍ∙・•‧";
const MIDDLE_DOTS = new RegExp(`[${OTHER_MIDDLE_DOTS}]`, "g");
const NUMBERING_PREFIX =
  /^(?:제\s*\d{1,3}\s*조(?:\s*의\s*\d{1,2})?|\d{1,3}(?:\.\d{1,3}){0,3}\s*[.)]?|\(\s*\d{1,3}\s*\)|[①-⑳]|[가-하]\s*[.)]|\(\s*[가-하]\s*\)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*\.?|[IVX]{1,5}\s*\.|[■□◆◇▶▷●◎★☆※#>*-])\s*/;

/** A heading's words are in its first characters; a long block is no heading. */
const NORMALIZED_LENGTH = 300;

/** Strips numbering, brackets, markup, spaces; unifies middle dots. Linear in the input. */
export function normalizeHeading(text: string): string {
  let t = text.trim().slice(0, NORMALIZED_LENGTH);
  for (let i = 0; i < 3; i++) {
    const next = t.replace(NUMBERING_PREFIX, "");
    if (next === t) break;
    t = next;
  }
  return t
    .replace(MIDDLE_DOTS, "·")
    .replace(/[\s*_`"'“”‘’「」『』【】\[\]()（）<>〈〉《》:：,，.。!?]/g, "")
    .replace(/에관한사항|에대한사항|에관한|에대한/g, "")
    .toLowerCase();
}

/**
 * The first characters of every topic's heading words, as one character class. Normalising only
 * deletes characters, lower-cases and unifies middle dots, so a line none of whose characters
 * (lower-cased, dots unified) is such an initial names no topic: one test settles the body lines
 * that make up most of a document, before the normalisation and the per-topic search.
 */
const HEADING_INITIALS = (() => {
  const initials = new Set(TOPICS.flatMap((t) => t.heading.map((k) => String.fromCodePoint(k.codePointAt(0)!))));
  if (initials.has("·")) for (const dot of OTHER_MIDDLE_DOTS) initials.add(dot);
  const escaped = [...initials].map((c) => c.replace(/[\\\]\[^-]/g, "\\$&")).join("");
  return new RegExp(`[${escaped}]`, "u");
})();

/** Topics a heading names, in the order of TOPICS. */
export function headingTopics(text: string): TopicId[] {
  if (!HEADING_INITIALS.test(text.trim().slice(0, NORMALIZED_LENGTH).toLowerCase())) return [];
  const norm = normalizeHeading(text);
  if (!norm) return [];
  const found: TopicId[] = [];
  for (const topic of TOPICS) {
    if (!topic.heading.some((k) => norm.includes(k))) continue;
    if (topic.notHeading?.some((k) => norm.includes(k.toLowerCase()))) continue;
    found.push(topic.id);
  }
  return refine(found, norm);
}

/**
 * Resolves overlaps a substring match cannot: a policy-name heading that also names a topic is that
 * topic; "열람청구" is its own office, not a rights section, unless the heading says 권리.
 */
function refine(found: TopicId[], norm: string): TopicId[] {
  let out = found;
  if (out.includes("title") && out.length > 1) {
    // "개인정보처리방침의 변경" is about changes, not the title.
    out = out.filter((t) => t !== "title");
  }
  if (out.includes("access-request") && out.includes("rights") && !/권리/.test(norm)) {
    out = out.filter((t) => t !== "rights");
  }
  return out;
}

/** Counts distinct body words of a topic found in `text`. */
export function bodySignalCount(topic: TopicId, text: string): number {
  const signals = TOPICS.find((t) => t.id === topic)?.body ?? [];
  let n = 0;
  for (const s of signals) if (text.includes(s)) n++;
  return n;
}
