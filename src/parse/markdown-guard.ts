/**
 * micromark, the Markdown parser under remark, is quadratic (and recursive) on some shapes no
 * real policy has: long runs of emphasis markers in one paragraph, and deeply nested lists or
 * block quotes. One linear scan spots them so that such a document is read by the plain-text
 * parser instead, which is linear on everything.
 */

/** Emphasis delimiters in one paragraph; real policies have a few dozen at most. */
const MAX_DELIMITERS_PER_PARAGRAPH = 2_000;
/** Leading indentation (columns) or quote markers of one line; a real outline nests a few levels. */
const MAX_NESTING_COLUMNS = 120;
const MAX_QUOTE_DEPTH = 32;

export function isTractableMarkdown(text: string): boolean {
  let delimiters = 0;
  let lineStart = true;
  let indent = 0;
  let quotes = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) delimiters = 0;
      lineStart = true;
      indent = 0;
      quotes = 0;
      blank = true;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > MAX_NESTING_COLUMNS) return false;
        continue;
      }
      if (c === 9) {
        indent += 4;
        if (indent > MAX_NESTING_COLUMNS) return false;
        continue;
      }
      if (c === 62 /* > */) {
        if (++quotes > MAX_QUOTE_DEPTH) return false;
        continue;
      }
      lineStart = false;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if (c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */) {
      if (++delimiters > MAX_DELIMITERS_PER_PARAGRAPH) return false;
    }
  }
  return true;
}
