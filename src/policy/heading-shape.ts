/**
 * Decides whether a line of body text is really a heading: authors of plain-text and loosely
 * written Markdown policies mark sections with "제N조", "1.", "■", "【…】" or bold lines rather
 * than Markdown headings. Linear regexes on at most one line.
 */
const ARTICLE = /^제\s*\d{1,3}\s*조(?:\s*의\s*\d{1,2})?(?=[\s(（【\[<.:]|$)/;
const NUMBERED = /^(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}|[IVX]{1,5})\s*[.)]\s*|^\(\s*\d{1,2}\s*\)\s*|^[①-⑳]\s*/;
const LETTERED = /^[가-하]\s*[.)]\s*|^\(\s*[가-하]\s*\)\s*/;
const SYMBOL = /^[■□◆◇▶▷◎★☆●◈▣]\s*/;
const BRACKETED = /^(?:【[^】]{1,60}】|\[[^\]]{1,60}\]|<[^<>]{1,60}>|〈[^〉]{1,60}〉|《[^》]{1,60}》|'[^'\n]{1,60}'|"[^"\n]{1,60}"|‘[^’\n]{1,60}’|“[^”\n]{1,60}”)$/;
const SENTENCE_END = /(?:다|요|음|함|됨|임|니다|시오|세요)\s*[.!。]?\s*$|[.。]\s*$/;

export type HeadingMarker = "atx" | "article" | "numbered" | "lettered" | "symbol" | "bracketed" | "bold";

/** The marker that makes a line look like a heading, or null. `line` is the raw source line. */
export function headingMarker(line: string): HeadingMarker | null {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return null;
  const unbold = stripEmphasis(t);
  const isBold = unbold !== t && /^\s*(?:\*\*|__)/.test(t) && /(?:\*\*|__)\s*$/.test(t);
  if (/^#{1,6}\s/.test(t)) return "atx";
  const body = unbold.replace(/^(?:[-*+]\s+)/, "");
  if (ARTICLE.test(body)) return "article";
  if (SENTENCE_END.test(body) && !/[)）】\]]\s*$/.test(body)) return null;
  if (BRACKETED.test(body)) return "bracketed";
  if (SYMBOL.test(body)) return "symbol";
  if (isBold) return "bold";
  if (NUMBERED.test(body)) return "numbered";
  if (LETTERED.test(body)) return "lettered";
  return null;
}

export function stripEmphasis(text: string): string {
  return text.replace(/\*\*|__/g, "");
}

/** Depth of a promoted heading under the document title (1). */
export function markerDepth(marker: HeadingMarker): number {
  // 가./(가) subdivide a numbered article; every other marker opens one.
  return marker === "lettered" ? 3 : 2;
}
