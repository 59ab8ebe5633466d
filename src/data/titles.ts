import { cite, STATUTE_TEXTS } from "./statute-texts.js";
import type { PrimarySource } from "./types.js";

/** Names a policy used before 2011 PIPA or the 2020 unification, with the current name (spec §2.4, §7 H01). */
export interface LegacyTitleName {
  pattern: RegExp;
  name: string;
  /** The provision that names the document today; the title is rewritten only when it was read. */
  primary: PrimarySource;
  source: string;
}

const DOCUMENT_NAME = cite(STATUTE_TEXTS.pipa, "제30조제1항 (\"개인정보 처리방침\")");

export const LEGACY_TITLE_NAMES: readonly LegacyTitleName[] = [
  { pattern: /개인정보\s*처리\s*\(\s*취급\s*\)\s*방침/, name: "개인정보 처리(취급)방침", primary: DOCUMENT_NAME, source: "pipa.md §7 H01" },
  { pattern: /개인정보\s*취급\s*방침/, name: "개인정보취급방침", primary: DOCUMENT_NAME, source: "pipa.md §2.4, §7 H01" },
  { pattern: /개인정보\s*보호\s*정책/, name: "개인정보 보호정책", primary: DOCUMENT_NAME, source: "pipa.md §7 H01" },
  { pattern: /개인정보\s*보호\s*방침/, name: "개인정보보호방침", primary: DOCUMENT_NAME, source: "pipa.md §7 H01" },
  { pattern: /개인정보\s*처리\s*지침/, name: "개인정보 처리지침", primary: DOCUMENT_NAME, source: "pipa.md §7 H01" },
];

/**
 * The legacy name is the title's last words ("○○ 개인정보취급방침"), so renaming it renames the
 * document. Words after it ("… 보호정책의 기본방향", "… 보호정책은 다음과 같은 내용을") show a
 * sentence or another subject taken for the title: reported, never rewritten.
 */
export function namesTheDocument(rest: string): boolean {
  return rest.replace(/<[^>]*>/g, "").replace(/[\s.:·\-–—)(\]\[]/g, "") === "";
}
