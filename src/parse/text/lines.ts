/** Plain-text structure recovery, step 1: the document's lines, their markers (제N조, 1., ①, •, ■, […]) and shape measures. */
import type { Point } from "unist";

/** Regular expressions look at most this many characters of a line: enough for any marker. */
export const HEAD_LIMIT = 80;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character. */
  start: number;
  /** The line without surrounding whitespace: [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  /** Width of the leading whitespace (a tab counts 4). */
  indent: number;
  /** A blank line separates this line from the previous non-blank one. */
  blankBefore: boolean;
  hasPipe: boolean;
  hasTab: boolean;
  /** Two or more spaces between words, as in space-aligned columns. */
  hasGap: boolean;
  marker: Marker | null;
}

/** Non-blank lines only; blank lines survive as `blankBefore`. */
export function scanLines(text: string): { lines: Line[]; end: Point } {
  const lines: Line[] = [];
  let number = 1;
  let start = 0;
  let blankBefore = false;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = readLine(text, number, start, lineEnd, blankBefore);
    if (line) {
      lines.push(line);
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    if (newline === -1) return { lines, end: { line: number, column: lineEnd - start + 1, offset: lineEnd } };
    start = newline + 1;
    number++;
  }
}

function readLine(text: string, number: number, start: number, end: number, blankBefore: boolean): Line | null {
  let contentStart = start;
  let indent = 0;
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) {
    indent += text.charCodeAt(contentStart) === 0x09 ? 4 : 1;
    contentStart++;
  }
  if (contentStart === end) return null;
  let contentEnd = end;
  while (isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;

  let hasPipe = false;
  let hasTab = false;
  let hasGap = false;
  for (let i = contentStart; i < contentEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c) hasPipe = true;
    else if (code === 0x09) hasTab = true;
    else if (code === 0x20 && text.charCodeAt(i + 1) === 0x20) hasGap = true;
  }
  const line: Line = {
    number,
    start,
    contentStart,
    contentEnd,
    indent,
    blankBefore,
    hasPipe,
    hasTab,
    hasGap,
    marker: null,
  };
  line.marker = readMarker(line, headOf(text, line)) ?? emphasisedMarker(text, line);
  return line;
}

/**
 * The first HEAD_LIMIT characters of the content, for the expressions that read markers. Not kept
 * on the line: most lines need it only while their marker is read.
 */
export function headOf(text: string, line: Line): string {
  return text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + HEAD_LIMIT));
}

/** "**3. 정보 활용**": a whole line in bold keeps the marker inside the emphasis. */
function emphasisedMarker(text: string, line: Line): Marker | null {
  const { contentStart: start, contentEnd: end } = line;
  const delimiter = text.charCodeAt(start);
  if ((delimiter !== 0x2a && delimiter !== 0x5f) || end - start < 5) return null;
  if (text.charCodeAt(start + 1) !== delimiter || text.charCodeAt(end - 2) !== delimiter || text.charCodeAt(end - 1) !== delimiter) return null;
  const inner = { ...line, contentStart: start + 2, contentEnd: end - 2 };
  return readMarker(inner, headOf(text, inner));
}

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

// ---------------------------------------------------------------------------------------------
// Markers: what a line starts with

/**
 * - article: 제N조, always a heading candidate at depth 2;
 * - numbered: 1. 1) (1) 가. 가) (가) Ⅰ. 1.1 — a heading or a list item, depending on shape;
 * - symbol: ■ □ ◆ ▶ … — a heading or a list item;
 * - wrapped: the whole line inside […] 【…】 <…> '…' — a heading or a paragraph;
 * - enumerated: ① ⑴ ㉮ a. (a) — always a list item;
 * - bullet: • · - * o ㅇ ※ … — always a list item.
 */
type MarkerFamily = "article" | "numbered" | "symbol" | "wrapped" | "enumerated" | "bullet";

export interface Marker {
  family: MarkerFamily;
  /** Lines with the same style are siblings: "d." for 1., "h." for 가., "①", "•", "[]"… */
  style: string;
  /** The item's number (1 for 1., 가., ①, Ⅰ), or null for unnumbered markers. */
  ordinal: number | null;
  /** The text after the marker (inside the brackets for wrapped lines): [bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

const HANGUL_ORDINALS = "가나다라마바사아자차카타파하";

const ARTICLE = /^제 *(\d{1,3}) *조(?:의 *\d{1,2})?(?=$|[\s(（[【<〈.:])/;
const MULTILEVEL = /^(\d{1,3})\.\d{1,3}(?:\.\d{1,3})?\.?(?=\s)/;
const DECIMAL_DOT = /^(\d{1,3})\.(?=$|[^\d.])/;
const DECIMAL_PAREN = /^(\d{1,3})\)/;
const DECIMAL_ENCLOSED = /^[(（](\d{1,3})[)）]/;
const HANGUL_DOT = /^([가나다라마바사아자차카타파하])([.)])(?=\s)/;
const HANGUL_ENCLOSED = /^[(（]([가나다라마바사아자차카타파하])[)）](?=\s)/;
const ROMAN = /^([Ⅰ-Ⅻⅰ-ⅻ])[.)]?(?=\s)/;
/** What the numbered markers above can start with: one test rules out most lines before seven. */
const NUMBERED_START = /^[\d(（가나다라마바사아자차카타파하Ⅰ-Ⅻⅰ-ⅻ]/;
const LATIN = /^([a-zA-Z])[.)](?=\s)|^\(([a-zA-Z])\)(?=\s)/;

/** First code point and style name of runs of enumerated characters (① …, ⑴ …, ㉮ …). */
const ENUMERATED_RUNS: readonly [first: number, last: number, style: string][] = [
  [0x2460, 0x2473, "①"],
  [0x2474, 0x2487, "⑴"],
  [0x2488, 0x249b, "⒈"],
  [0x24d0, 0x24e9, "ⓐ"],
  [0x3200, 0x320d, "㈀"],
  [0x320e, 0x321b, "㈎"],
  [0x3260, 0x326d, "㉠"],
  [0x326e, 0x327b, "㉮"],
];

const HANGUL = /[가-힣]/;
const LETTER = /[가-힣A-Za-z]/;

const SYMBOLS = "■□◆◇▣◈▶▷◎★☆";
/** Bullets that mark an item whatever follows them. */
const BULLETS = "•·∙・‧◦○●▪▫◾◽※☞✓✔➢►▸▹▻ㆍ";

/** Bracket pairs that make a whole line a heading candidate ([부칙], 【개인정보의 파기】, '용어 정의'). */
const WRAPPERS: Record<string, string> = {
  "[": "]",
  "［": "］",
  "【": "】",
  "<": ">",
  "＜": "＞",
  "〈": "〉",
  "《": "》",
  "『": "』",
  "'": "'",
  '"': '"',
  "‘": "’",
  "“": "”",
};

function readMarker(line: Line, head: string): Marker | null {
  return (
    articleMarker(line, head) ??
    wrappedMarker(line, head) ??
    numberedMarker(line, head) ??
    enumeratedMarker(line, head) ??
    symbolOrBulletMarker(line, head)
  );
}

function marker(line: Line, head: string, family: MarkerFamily, style: string, ordinal: number | null, length: number): Marker | null {
  let bodyStart = line.contentStart + length;
  while (bodyStart < line.contentEnd && isSpace(head.charCodeAt(bodyStart - line.contentStart))) bodyStart++;
  // A marker alone on its line ("-", "1.") marks nothing.
  if (bodyStart >= line.contentEnd) return null;
  return { family, style, ordinal, bodyStart, bodyEnd: line.contentEnd };
}

function articleMarker(line: Line, head: string): Marker | null {
  const match = ARTICLE.exec(head);
  return match ? marker(line, head, "article", "article", Number(match[1]), match[0].length) : null;
}

function numberedMarker(line: Line, head: string): Marker | null {
  if (!NUMBERED_START.test(head)) return null;
  let match: RegExpExecArray | null;
  if ((match = MULTILEVEL.exec(head))) {
    const levels = match[0].replace(/\.$/, "").split(".").length;
    return marker(line, head, "numbered", `d${levels}`, Number(match[1]), match[0].length);
  }
  if ((match = DECIMAL_DOT.exec(head))) return marker(line, head, "numbered", "d.", Number(match[1]), match[0].length);
  if ((match = DECIMAL_PAREN.exec(head))) return marker(line, head, "numbered", "d)", Number(match[1]), match[0].length);
  if ((match = DECIMAL_ENCLOSED.exec(head))) return marker(line, head, "numbered", "(d)", Number(match[1]), match[0].length);
  if ((match = HANGUL_DOT.exec(head))) {
    return marker(line, head, "numbered", `h${match[2]}`, HANGUL_ORDINALS.indexOf(match[1]) + 1, match[0].length);
  }
  if ((match = HANGUL_ENCLOSED.exec(head))) {
    return marker(line, head, "numbered", "(h)", HANGUL_ORDINALS.indexOf(match[1]) + 1, match[0].length);
  }
  if ((match = ROMAN.exec(head))) {
    const code = match[1].charCodeAt(0);
    const ordinal = code >= 0x2170 ? code - 0x2170 + 1 : code - 0x2160 + 1;
    return marker(line, head, "numbered", code >= 0x2170 ? "r" : "R", ordinal, match[0].length);
  }
  return null;
}

function enumeratedMarker(line: Line, head: string): Marker | null {
  const code = head.charCodeAt(0);
  for (const [first, last, style] of ENUMERATED_RUNS) {
    if (code >= first && code <= last) return marker(line, head, "enumerated", style, code - first + 1, 1);
  }
  const latin = LATIN.exec(head);
  if (!latin) return null;
  const letter = latin[1] ?? latin[2];
  const style = latin[2] ? "(a)" : letter >= "a" ? "a." : "A.";
  return marker(line, head, "enumerated", style, letter.toLowerCase().charCodeAt(0) - 0x60, latin[0].length);
}

function symbolOrBulletMarker(line: Line, head: string): Marker | null {
  const first = head[0];
  const next = head[1] ?? "";
  if (SYMBOLS.includes(first)) return marker(line, head, "symbol", first, null, 1);
  if (BULLETS.includes(first)) return marker(line, head, "bullet", first, null, 1);
  switch (first) {
    case "-":
    case "–":
    case "—":
    case "*":
      // "---", "**bold**" and the like are not bullets.
      return next === first ? null : marker(line, head, "bullet", first, null, 1);
    case "o":
    case "+":
    // A "?" where a bullet was lost to a bad encoding.
    case "?":
      return next === " " ? marker(line, head, "bullet", first, null, 1) : null;
    case "ㅇ":
      return next === " " || isHangulSyllable(next.charCodeAt(0)) ? marker(line, head, "bullet", first, null, 1) : null;
    default:
      return null;
  }
}

function wrappedMarker(line: Line, head: string): Marker | null {
  const length = line.contentEnd - line.contentStart;
  if (length > HEAD_LIMIT || length < 3) return null;
  const closer = WRAPPERS[head[0]];
  // The first closer must be the line's last character: "[A] text [B]" is not wrapped.
  if (closer === undefined || head.indexOf(closer, 1) !== length - 1) return null;
  let bodyStart = line.contentStart + 1;
  let bodyEnd = line.contentEnd - 1;
  while (bodyStart < bodyEnd && isSpace(head.charCodeAt(bodyStart - line.contentStart))) bodyStart++;
  while (bodyEnd > bodyStart && isSpace(head.charCodeAt(bodyEnd - 1 - line.contentStart))) bodyEnd--;
  if (bodyStart === bodyEnd) return null;
  const inner = head.slice(bodyStart - line.contentStart, bodyEnd - line.contentStart);
  // <br>, <p> and other markup left in extracted text are not titles.
  if (head[0] === "<" || head[0] === "＜" ? !HANGUL.test(inner) : !LETTER.test(inner)) return null;
  return { family: "wrapped", style: head[0], ordinal: null, bodyStart, bodyEnd };
}

// ---------------------------------------------------------------------------------------------
// Shapes of text

export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Length in Hangul-sized characters: ASCII counts half, so "Google Analytics" is not "long". Stops past `cap`. */
export function weight(text: string, start: number, end: number, cap: number): number {
  let total = 0;
  for (let i = start; i < end && total <= cap; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) total += 0.5;
    else if (code < 0xdc00 || code > 0xdfff) total += 1;
  }
  return total;
}

/** Terminal display width, for columns aligned with spaces: Hangul and CJK take two cells. */
export function displayWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Quotes and brackets that may close a sentence: "…했습니다.)" still ends like one. */
const TRAILING_CLOSERS = charCodes("\"'”’」』)]】>》〉");
const SENTENCE_FINAL = charCodes("다함음임됨");
/** 요 ends a sentence after these (하세요, 있어요, 해요…) but not in nouns (개요, 필요). */
const POLITE_YO_STEMS = charCodes("세어아해네지죠");
const YO = "요".charCodeAt(0);
/** Only the last characters decide; closers and white space before them are skipped within this window. */
const SENTENCE_TAIL = 12;

/** Ends like a Korean sentence: …다, …다., …요., …함, …음, or any Hangul followed by a full stop. */
export function endsLikeSentence(text: string, start: number, end: number): boolean {
  // Read in place rather than slicing the tail: this runs for most lines of a document.
  const from = Math.max(start, end - SENTENCE_TAIL);
  let last = end;
  while (last > from && TRAILING_CLOSERS.has(text.charCodeAt(last - 1))) last--;
  while (last > from && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  if (last === from) return false;
  const code = text.charCodeAt(last - 1);
  const hasBefore = last - 1 > from;
  if (code === 0x2e || code === 0x21 || code === 0x3002) return hasBefore && isHangulSyllable(text.charCodeAt(last - 2));
  if (SENTENCE_FINAL.has(code)) return true;
  // A lone 요 counts: nothing before it says it is a noun.
  return code === YO && (!hasBefore || POLITE_YO_STEMS.has(text.charCodeAt(last - 2)));
}

/** The code units of `chars`, to test a character without making a one-character string of it. */
export function charCodes(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}

/** White space as String.prototype.trim and the regular expression \s see it (isSpace is narrower). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A colon with text after it ("성명 : 홍길동", "수집 항목: 이름") in the line's head: a label and its value, not a title. */
export function hasInnerColon(text: string, line: Line): boolean {
  const start = line.contentStart;
  const end = Math.min(line.contentEnd, start + HEAD_LIMIT);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3a && code !== 0xff1a) continue;
    if (i + 3 <= end && text.startsWith("//", i + 1)) continue;
    for (let j = i + 1; j < end; j++) if (!isSpace(text.charCodeAt(j))) return true;
  }
  return false;
}
