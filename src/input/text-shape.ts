/**
 * What decoded text looks like, with no dependency on Node: shared by the CLI's decoder and the
 * web page's, so that both accept and reject the same bytes.
 */

export type LineEnding = "lf" | "crlf" | "cr" | "mixed" | "none";

/** Which line endings the text uses; one pass over the string. */
export function detectLineEnding(text: string): LineEnding {
  let lf = false;
  let crlf = false;
  let cr = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      lf = true;
    } else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf = true;
        i++;
      } else {
        cr = true;
      }
    }
  }
  const kinds = Number(lf) + Number(crlf) + Number(cr);
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "lf" : crlf ? "crlf" : "cr";
}

/**
 * Text whose non-ASCII characters are mostly Hangul syllables. Other legacy 8-bit text (Latin-1,
 * Shift_JIS…) that happens to form valid CP949 pairs decodes to Hanja and symbols instead.
 */
export function looksKorean(text: string): boolean {
  let hangul = 0;
  let otherNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xac00 && code <= 0xd7a3) hangul++;
    else otherNonAscii++;
  }
  return hangul > 0 && hangul >= otherNonAscii;
}
