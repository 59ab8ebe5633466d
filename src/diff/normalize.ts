/**
 * What counts as the same text in two versions: spacing, line breaks, list markers, article and
 * clause numbering, middle-dot and full-width variants are formatting, not content.
 */

/** One leading marker: 제3조, 3., 3), (3), ③, 가., (가), Ⅲ., a bullet. Bounded, so linear. */
const LEADING_MARKER =
  /^\s{0,8}(?:제\s{0,2}\d{1,3}\s{0,2}조(?:\s{0,2}의\s{0,2}\d{1,2})?|\d{1,3}(?:\.\d{1,3}){0,3}\s{0,2}[.)]|\(\s{0,2}\d{1,3}\s{0,2}\)|[①-⑳]|[가-하]\s{0,2}[.)]|\(\s{0,2}[가-하]\s{0,2}\)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}\s{0,2}\.?|[■□◆◇▶▷●◎○★☆※•∙·\-*>+](?=\s)|[■□◆◇▶▷●◎★☆※•]|o(?=\s))/;

const DOTS = /[ㆍ∙・•‧․]/g;
const FULL_WIDTH: Record<string, string> = { "，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "．": "." };

export function stripMarkers(text: string): string {
  let t = text;
  for (let i = 0; i < 4; i++) {
    const next = t.replace(LEADING_MARKER, "");
    if (next === t) break;
    t = next;
  }
  return t.trim();
}

/** The comparison form of a block's text. */
export function normalizeText(text: string): string {
  return stripMarkers(text)
    .replace(DOTS, "·")
    .replace(/[，：（）；．]/g, (c) => FULL_WIDTH[c])
    .replace(/[\s\u200b\u00a0]+/g, "");
}

/** The comparison form of a company or product name: corporate forms and punctuation removed. */
export function nameKey(name: string): string {
  return name
    .replace(/\(\s{0,2}주\s{0,2}\)|㈜|주식회사|유한회사|\(\s{0,2}유\s{0,2}\)/g, "")
    .replace(/(?<![A-Za-z])(?:Inc|Ltd|LLC|Corp|Co|GmbH|Limited|Corporation|Pte|Pty|S\.A|B\.V)(?![A-Za-z])\.?/gi, "")
    .replace(/[\s.,·'"()（）[\]\-]/g, "")
    .toLowerCase();
}
