/**
 * Reads statute citations in policy text ("「정보통신망법」 제29조", "개인정보보호법 제39조의3")
 * and resolves them against LAW_NAMES and DELETED_PROVISIONS.
 */
import type { Span } from "../policy/types.js";
import { LAW_NAMES } from "./law-names.js";
import { DELETED_PROVISIONS } from "./outdated-provisions.js";
import type { ArticleId, DeletedProvision, LawName, WrongLawName } from "./types.js";

export interface Citation {
  span: Span;
  /** The law as written, without 「」. */
  written: string;
  law: LawName | undefined;
  article: string;
}

// The law writes ㆍ (U+318D); policies write · and other dots: one middle dot for lookups.
const squash = (s: string) => s.replace(/[\s「」]+/g, "").replace(/[ㆍ・∙•]/g, "·");

export interface LawForm {
  law: LawName;
  /** Set when the written form is a known wrong one (misquote, outdated title, another law). */
  wrong?: WrongLawName;
}

const BY_FORM = new Map<string, LawForm>();
for (const law of LAW_NAMES) {
  for (const form of [law.canonical, ...law.shortForms]) if (!BY_FORM.has(squash(form))) BY_FORM.set(squash(form), { law });
  for (const wrong of law.wrongForms ?? []) if (!BY_FORM.has(squash(wrong.text))) BY_FORM.set(squash(wrong.text), { law, wrong });
}

/** How a written law title relates to the official ones; spacing-only variants resolve to the law itself. */
export function lookupLaw(written: string): LawForm | undefined {
  return BY_FORM.get(squash(written));
}

export function resolveLaw(written: string): LawName | undefined {
  return lookupLaw(written)?.law;
}

const BARE_LAWS = "정보통신망법|정보통신망\\s{0,2}이용촉진\\s{0,2}및\\s{0,2}정보보호\\s{0,2}등에\\s{0,2}관한\\s{0,2}법률|개인정보\\s{0,2}보호법|망법";
const CITATION = new RegExp(
  `(?:「([^」\\n]{1,80})」|(${BARE_LAWS}))\\s{0,3}(?:에\\s{0,2}따른\\s{0,2})?제\\s{0,2}(\\d{1,3})\\s{0,2}조(?:\\s{0,2}의\\s{0,2}(\\d{1,2}))?`,
  "g",
);

export function findCitations(text: string, from = 0): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => {
    const written = (m[1] ?? m[2]).trim();
    return {
      span: { start: from + m.index, end: from + m.index + m[0].length },
      written,
      law: resolveLaw(written),
      article: m[4] ? `${m[3]}의${m[4]}` : m[3],
    };
  });
}

function order(article: string): [number, number] {
  const [main, sub] = article.split("의");
  return [Number(main), Number(sub ?? 0)];
}

function compare(a: string, b: string): number {
  const [am, as] = order(a);
  const [bm, bs] = order(b);
  return am - bm || as - bs;
}

function inRange(article: string, range: { from: ArticleId; to?: ArticleId; except?: readonly ArticleId[] }): boolean {
  if (range.except?.includes(article as ArticleId)) return false;
  if (!range.to) return article === range.from;
  return compare(article, range.from) >= 0 && compare(article, range.to) <= 0;
}

/** The most specific deleted-provision row for a citation; single-article rows win over ranges. */
export function deletedProvision(citation: Citation): DeletedProvision | undefined {
  if (!citation.law) return undefined;
  const rows = DELETED_PROVISIONS.filter((r) => r.law === citation.law!.canonical && r.articles.some((a) => inRange(citation.article, a)));
  return rows.find((r) => r.articles.every((a) => !a.to)) ?? rows[0];
}
