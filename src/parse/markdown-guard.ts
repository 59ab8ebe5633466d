/**
 * micromark, the Markdown parser under remark, is quadratic or recursive on shapes no real policy
 * has, and slow enough per token on others that a megabyte of them takes minutes: containers
 * opened on one line ("1. 1. 1. …", "2024. 1. …", "> > …", "- > 1) …"), brackets and emphasis
 * delimiters piling up in one paragraph (labels, link references, footnotes), runs of setext
 * underlines, and text that is mostly markup (table pipes, entities, empty list items). One linear
 * scan measures each of them, so that such a piece of a document is read by the plain-text parser,
 * which is linear on everything, before micromark ever sees it.
 *
 * The limits sit well above what real policies show (the shared corpus peaks at 4 containers on a
 * line, 561 markup characters in a paragraph and 0.26 markup characters per character) and well
 * below where micromark's cost takes off.
 */

/** Containers (block quotes, list items) opened at the start of one line; an outline nests a few. */
const MAX_CONTAINERS_PER_LINE = 12;
/** Leading indentation in columns: deeper than any outline, and deep indentation nests containers. */
const MAX_INDENT_COLUMNS = 120;
/** Brackets in one paragraph: micromark matches each `]` against the open labels before it. */
const MAX_BRACKETS_PER_PARAGRAPH = 256;
/** Emphasis and strikethrough delimiters in one paragraph: resolved pairwise. */
const MAX_DELIMITERS_PER_PARAGRAPH = 512;
/** Lines of only `=` or `-` in one paragraph: each re-reads the paragraph as a setext heading. */
const MAX_UNDERLINES_PER_PARAGRAPH = 64;
/**
 * Characters in one paragraph: micromark holds a paragraph's events and inline tokens at once, so a
 * paragraph of hundreds of kilobytes (one endless line, autolinks, pipes) costs seconds in garbage
 * collection alone; a real paragraph or table is a few kilobytes.
 */
const MAX_PARAGRAPH_CHARS = 32 * 1024;
/** Markup characters (ASCII punctuation, line ends) per character, judged on pieces this long. */
const MAX_MARKUP_DENSITY = 0.35;
const MIN_DENSITY_LENGTH = 16 * 1024;

export type IntractableReason = "nesting" | "indentation" | "brackets" | "delimiters" | "underlines" | "long-paragraph" | "markup-density";

/**
 * Why micromark cannot parse `text` in linear time, or null when it can. Linear, with no allocation.
 */
export function intractableMarkdown(text: string): IntractableReason | null {
  const end = text.length;
  let markup = 0;
  let brackets = 0;
  let delimiters = 0;
  let underlines = 0;
  let paragraphStart = 0;
  let i = 0;
  while (i < end) {
    // One line per iteration: its container prefix first, then its content.
    let lineEnd = text.indexOf("\n", i);
    if (lineEnd === -1) lineEnd = end;
    let p = i;
    let columns = 0;
    let containers = 0;
    for (;;) {
      const c = text.charCodeAt(p);
      if (p < lineEnd && (c === 32 || c === 9)) {
        columns += c === 9 ? 4 : 1;
        if (columns > MAX_INDENT_COLUMNS) return "indentation";
        p++;
        continue;
      }
      const after = containerMarkerEnd(text, p, lineEnd);
      if (after === -1) break;
      if (++containers > MAX_CONTAINERS_PER_LINE) return "nesting";
      markup += after - p;
      p = after;
    }
    let blank = true;
    let onlyUnderline = true;
    for (; p < lineEnd; p++) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13) continue;
      blank = false;
      if (c !== 61 /* = */ && c !== 45 /* - */) onlyUnderline = false;
      if (!isAsciiPunctuation(c)) continue;
      markup++;
      if (c === 91 /* [ */ || c === 93 /* ] */) {
        if (++brackets > MAX_BRACKETS_PER_PARAGRAPH) return "brackets";
      } else if (c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */) {
        if (++delimiters > MAX_DELIMITERS_PER_PARAGRAPH) return "delimiters";
      }
    }
    if (blank && containers === 0) {
      paragraphStart = lineEnd + 1;
      brackets = 0;
      delimiters = 0;
      underlines = 0;
    } else if (!blank && onlyUnderline && ++underlines > MAX_UNDERLINES_PER_PARAGRAPH) {
      return "underlines";
    }
    if (lineEnd - paragraphStart > MAX_PARAGRAPH_CHARS) return "long-paragraph";
    markup++;
    i = lineEnd + 1;
  }
  if (end >= MIN_DENSITY_LENGTH && markup > end * MAX_MARKUP_DENSITY) return "markup-density";
  return null;
}

/**
 * The end of a container marker at `p` (`>`, a bullet `-` `*` `+`, or an ordered marker of up to
 * nine digits and `.` or `)`, each followed by white space or the line end), or -1.
 */
function containerMarkerEnd(text: string, p: number, lineEnd: number): number {
  if (p >= lineEnd) return -1;
  const c = text.charCodeAt(p);
  if (c === 62 /* > */) return p + 1;
  let q = p;
  if (c === 45 || c === 42 || c === 43) q = p + 1;
  else {
    while (q < lineEnd && q - p < 9 && isDigit(text.charCodeAt(q))) q++;
    if (q === p || q >= lineEnd) return -1;
    const d = text.charCodeAt(q);
    if (d !== 46 /* . */ && d !== 41 /* ) */) return -1;
    q++;
  }
  if (q === lineEnd) return q;
  const next = text.charCodeAt(q);
  return next === 32 || next === 9 || next === 13 ? q : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
