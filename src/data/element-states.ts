/**
 * How an element and its state are named in every report (checklist, HTML, the playground), so
 * that the documents a privacy officer files say the same thing wherever they come from.
 */
import type { ElementState } from "../engine/types.js";
import type { TopicId } from "../policy/types.js";
import type { Locale } from "../rule-api.js";
import { TOPICS } from "./topics.js";

const NAMES = new Map(TOPICS.map((t) => [t.id, t.name]));

export function elementName(element: TopicId, locale: Locale): string {
  return NAMES.get(element)?.[locale] ?? element;
}

export const STATE_TEXT: Record<ElementState, Record<Locale, string>> = {
  present: { ko: "있음", en: "present" },
  "needs-work": { ko: "보완 필요", en: "needs work" },
  wrong: { ko: "잘못됨", en: "wrong" },
  missing: { ko: "없음", en: "missing" },
  "not-checked": { ko: "점검 안 함", en: "not checked" },
  "not-needed": { ko: "해당 없음", en: "not needed" },
};
