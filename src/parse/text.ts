/**
 * Structure recovery for plain-text policies: turns lines into an mdast tree of headings,
 * paragraphs, lists and tables, with remark-style positions on every node.
 *
 * Plain text is how most Korean policies are pasted, and every line break in it is meaningful, so
 * each non-empty line becomes exactly one block (a heading, a paragraph, a list item or a table
 * row); lines are never merged. What kind of block a line is comes from its marker (제N조, 1., 가.,
 * ①, •, ■, […]) and its shape (short, no sentence ending, followed by body text), judged against
 * its neighbours: a line that looks like a heading but sits in a run of sibling items is a list
 * item. The rules err towards "not a heading", because a false heading splits a section in two.
 *
 * Everything here is linear in the input: lines are scanned once, regular expressions only ever
 * see a bounded prefix or suffix of a line, and nothing recurses over the input.
 */
import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from "mdast";
import type { Point, Position } from "unist";
import { TABLE_HEADER_TERMS, type ColumnRole } from "./table-headers.js";

export function parseText(text: string): Root {
  const { lines, end } = scanLines(text);
  const tables = findTables(text, lines);
  const roles = assignRoles(text, lines, tables);
  return {
    type: "root",
    children: buildBlocks(text, lines, roles),
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };
}

// ---------------------------------------------------------------------------------------------
// Lines

/** Regular expressions look at most this many characters of a line: enough for any marker. */
const HEAD_LIMIT = 80;

interface Line {
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
  /** The first HEAD_LIMIT characters of the content. */
  head: string;
  hasPipe: boolean;
  hasTab: boolean;
  /** Two or more spaces between words, as in space-aligned columns. */
  hasGap: boolean;
  marker: Marker | null;
}

/** Non-blank lines only; blank lines survive as `blankBefore`. */
function scanLines(text: string): { lines: Line[]; end: Point } {
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
    head: text.slice(contentStart, Math.min(contentEnd, contentStart + HEAD_LIMIT)),
    hasPipe,
    hasTab,
    hasGap,
    marker: null,
  };
  line.marker = readMarker(line);
  return line;
}

function isSpace(code: number): boolean {
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

interface Marker {
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

function readMarker(line: Line): Marker | null {
  return (
    articleMarker(line) ??
    wrappedMarker(line) ??
    numberedMarker(line) ??
    enumeratedMarker(line) ??
    symbolOrBulletMarker(line)
  );
}

function marker(line: Line, family: MarkerFamily, style: string, ordinal: number | null, length: number): Marker | null {
  let bodyStart = line.contentStart + length;
  while (bodyStart < line.contentEnd && isSpace(line.head.charCodeAt(bodyStart - line.contentStart))) bodyStart++;
  // A marker alone on its line ("-", "1.") marks nothing.
  if (bodyStart >= line.contentEnd) return null;
  return { family, style, ordinal, bodyStart, bodyEnd: line.contentEnd };
}

function articleMarker(line: Line): Marker | null {
  const match = ARTICLE.exec(line.head);
  return match ? marker(line, "article", "article", Number(match[1]), match[0].length) : null;
}

function numberedMarker(line: Line): Marker | null {
  const head = line.head;
  let match: RegExpExecArray | null;
  if ((match = MULTILEVEL.exec(head))) {
    const levels = match[0].replace(/\.$/, "").split(".").length;
    return marker(line, "numbered", `d${levels}`, Number(match[1]), match[0].length);
  }
  if ((match = DECIMAL_DOT.exec(head))) return marker(line, "numbered", "d.", Number(match[1]), match[0].length);
  if ((match = DECIMAL_PAREN.exec(head))) return marker(line, "numbered", "d)", Number(match[1]), match[0].length);
  if ((match = DECIMAL_ENCLOSED.exec(head))) return marker(line, "numbered", "(d)", Number(match[1]), match[0].length);
  if ((match = HANGUL_DOT.exec(head))) {
    return marker(line, "numbered", `h${match[2]}`, HANGUL_ORDINALS.indexOf(match[1]) + 1, match[0].length);
  }
  if ((match = HANGUL_ENCLOSED.exec(head))) {
    return marker(line, "numbered", "(h)", HANGUL_ORDINALS.indexOf(match[1]) + 1, match[0].length);
  }
  if ((match = ROMAN.exec(head))) {
    const code = match[1].charCodeAt(0);
    const ordinal = code >= 0x2170 ? code - 0x2170 + 1 : code - 0x2160 + 1;
    return marker(line, "numbered", code >= 0x2170 ? "r" : "R", ordinal, match[0].length);
  }
  return null;
}

function enumeratedMarker(line: Line): Marker | null {
  const code = line.head.charCodeAt(0);
  for (const [first, last, style] of ENUMERATED_RUNS) {
    if (code >= first && code <= last) return marker(line, "enumerated", style, code - first + 1, 1);
  }
  const latin = LATIN.exec(line.head);
  if (!latin) return null;
  const letter = latin[1] ?? latin[2];
  const style = latin[2] ? "(a)" : letter >= "a" ? "a." : "A.";
  return marker(line, "enumerated", style, letter.toLowerCase().charCodeAt(0) - 0x60, latin[0].length);
}

function symbolOrBulletMarker(line: Line): Marker | null {
  const first = line.head[0];
  const next = line.head[1] ?? "";
  if (SYMBOLS.includes(first)) return marker(line, "symbol", first, null, 1);
  if (BULLETS.includes(first)) return marker(line, "bullet", first, null, 1);
  switch (first) {
    case "-":
    case "–":
    case "—":
    case "*":
      // "---", "**bold**" and the like are not bullets.
      return next === first ? null : marker(line, "bullet", first, null, 1);
    case "o":
    case "+":
    // A "?" where a bullet was lost to a bad encoding.
    case "?":
      return next === " " ? marker(line, "bullet", first, null, 1) : null;
    case "ㅇ":
      return next === " " || isHangulSyllable(next.charCodeAt(0)) ? marker(line, "bullet", first, null, 1) : null;
    default:
      return null;
  }
}

function wrappedMarker(line: Line): Marker | null {
  const length = line.contentEnd - line.contentStart;
  if (length > HEAD_LIMIT || length < 3) return null;
  const closer = WRAPPERS[line.head[0]];
  // The first closer must be the line's last character: "[A] text [B]" is not wrapped.
  if (closer === undefined || line.head.indexOf(closer, 1) !== length - 1) return null;
  let bodyStart = line.contentStart + 1;
  let bodyEnd = line.contentEnd - 1;
  while (bodyStart < bodyEnd && isSpace(line.head.charCodeAt(bodyStart - line.contentStart))) bodyStart++;
  while (bodyEnd > bodyStart && isSpace(line.head.charCodeAt(bodyEnd - 1 - line.contentStart))) bodyEnd--;
  if (bodyStart === bodyEnd) return null;
  const inner = line.head.slice(bodyStart - line.contentStart, bodyEnd - line.contentStart);
  // <br>, <p> and other markup left in extracted text are not titles.
  if (line.head[0] === "<" || line.head[0] === "＜" ? !HANGUL.test(inner) : !LETTER.test(inner)) return null;
  return { family: "wrapped", style: line.head[0], ordinal: null, bodyStart, bodyEnd };
}

// ---------------------------------------------------------------------------------------------
// Shapes of text

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Length in Hangul-sized characters: ASCII counts half, so "Google Analytics" is not "long". Stops past `cap`. */
function weight(text: string, start: number, end: number, cap: number): number {
  let total = 0;
  for (let i = start; i < end && total <= cap; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) total += 0.5;
    else if (code < 0xdc00 || code > 0xdfff) total += 1;
  }
  return total;
}

/** Terminal display width, for columns aligned with spaces: Hangul and CJK take two cells. */
function displayWidth(text: string, start: number, end: number): number {
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

const TRAILING_CLOSERS = /["'”’」』)\]】>》〉]+$/;
/** 요 ends a sentence after these (하세요, 있어요, 해요…) but not in nouns (개요, 필요). */
const POLITE_YO_STEMS = "세어아해네지죠";

/** Ends like a Korean sentence: …다, …다., …요., …함, …음, or any Hangul followed by a full stop. */
function endsLikeSentence(text: string, start: number, end: number): boolean {
  const tail = text.slice(Math.max(start, end - 12), end).replace(TRAILING_CLOSERS, "").trimEnd();
  const last = tail.charCodeAt(tail.length - 1);
  const beforeLast = tail.charCodeAt(tail.length - 2);
  if (last === 0x2e || last === 0x21 || last === 0x3002) return isHangulSyllable(beforeLast);
  const lastChar = tail[tail.length - 1];
  if (lastChar === "다" || lastChar === "함" || lastChar === "음" || lastChar === "임" || lastChar === "됨") return true;
  return lastChar === "요" && POLITE_YO_STEMS.includes(tail[tail.length - 2] ?? "");
}

/** A colon with text after it ("성명 : 홍길동", "수집 항목: 이름"): a label and its value, not a title. */
function hasInnerColon(head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code !== 0x3a && code !== 0xff1a) continue;
    if (head.startsWith("//", i + 1)) continue;
    for (let j = i + 1; j < head.length; j++) if (!isSpace(head.charCodeAt(j))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface CellSpan {
  start: number;
  end: number;
}

interface RowSpec {
  line: Line;
  cells: CellSpan[];
}

interface TableSpec {
  /** The header row first. */
  rows: RowSpec[];
  /** Indices into the line list of the table's first and last line (a delimiter row included). */
  first: number;
  last: number;
}

function findTables(text: string, lines: Line[]): TableSpec[] {
  const tables: TableSpec[] = [];
  let i = 0;
  while (i < lines.length) {
    const table =
      pipeTableAt(text, lines, i) ??
      tabTableAt(text, lines, i) ??
      alignedTableAt(text, lines, i) ??
      flattenedTableAt(text, lines, i);
    if (table) {
      tables.push(table);
      i = table.last + 1;
    } else {
      i++;
    }
  }
  return tables;
}

/** Cells between separators; `isSeparator` reports the separator's length at an offset, or 0. */
function splitCells(text: string, start: number, end: number, isSeparator: (at: number) => number): CellSpan[] {
  const cells: CellSpan[] = [];
  let cellStart = start;
  let i = start;
  while (i < end) {
    const length = isSeparator(i);
    if (length === 0) {
      i++;
      continue;
    }
    cells.push(trimmed(text, cellStart, i));
    i += length;
    cellStart = i;
  }
  cells.push(trimmed(text, cellStart, end));
  return cells;
}

function trimmed(text: string, start: number, end: number): CellSpan {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// | a | b | rows, with or without a |---|---| delimiter row.

function pipeTableAt(text: string, lines: Line[], index: number): TableSpec | null {
  const header = lines[index];
  if (!nextLineToo(lines, index, (line) => line.hasPipe) || isDelimiterRow(text, header)) return null;
  const headerCells = pipeCells(text, header);
  const width = headerCells.length;
  if (width < 2) return null;
  const rows: RowSpec[] = [{ line: header, cells: headerCells }];
  let last = index;
  let delimited = false;
  for (let j = index + 1; j < lines.length && !lines[j].blankBefore && lines[j].hasPipe; j++) {
    if (j === index + 1 && isDelimiterRow(text, lines[j])) {
      delimited = true;
      last = j;
      continue;
    }
    const cells = pipeCells(text, lines[j]);
    // Without a delimiter row only a steady column count says "table" rather than stray pipes.
    if (cells.length < 2 || (!delimited && cells.length !== width)) break;
    rows.push({ line: lines[j], cells });
    last = j;
  }
  return delimited || rows.length >= 2 ? { rows, first: index, last } : null;
}

function pipeCells(text: string, line: Line): CellSpan[] {
  let start = line.contentStart;
  let end = line.contentEnd;
  if (text.charCodeAt(start) === 0x7c) start++;
  if (end > start && text.charCodeAt(end - 1) === 0x7c && text.charCodeAt(end - 2) !== 0x5c) end--;
  return splitCells(text, start, end, (at) => (text.charCodeAt(at) === 0x7c && text.charCodeAt(at - 1) !== 0x5c ? 1 : 0));
}

function isDelimiterRow(text: string, line: Line): boolean {
  let dashes = 0;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d) dashes++;
    else if (code !== 0x7c && code !== 0x3a && !isSpace(code)) return false;
  }
  return dashes > 0;
}

// Tab-separated rows.

function tabTableAt(text: string, lines: Line[], index: number): TableSpec | null {
  if (!nextLineToo(lines, index, (line) => line.hasTab)) return null;
  const table = rowsFrom(lines, index, (line) => (line.hasTab ? tabCells(text, line) : null), () => true);
  return table.rows.length >= 2 ? table : null;
}

function tabCells(text: string, line: Line): CellSpan[] {
  return splitCells(text, line.contentStart, line.contentEnd, (at) => {
    let length = 0;
    while (at + length < line.contentEnd && text.charCodeAt(at + length) === 0x09) length++;
    return length;
  });
}

// Columns aligned with runs of two or more spaces. Prose with double spaces rarely lines up, so
// ask for rows whose cells start where the first row's do, or for a run of three rows of three
// or more cells.

function alignedTableAt(text: string, lines: Line[], index: number): TableSpec | null {
  if (!nextLineToo(lines, index, (line) => line.hasGap)) return null;
  const cellsOf = (line: Line) => (line.hasGap ? gapCells(text, line) : null);
  let headerColumns: number[] | undefined;
  const aligned = rowsFrom(lines, index, cellsOf, (row, header) => {
    headerColumns ??= cellColumns(text, header);
    return row.cells.length === header.cells.length && sameColumns(cellColumns(text, row), headerColumns);
  });
  if (aligned.rows.length >= 2) return aligned;
  const wide = rowsFrom(lines, index, cellsOf, (row, header) => header.cells.length >= 3 && row.cells.length === header.cells.length);
  return wide.rows.length >= 3 ? wide : null;
}

function gapCells(text: string, line: Line): CellSpan[] {
  return splitCells(text, line.contentStart, line.contentEnd, (at) => {
    if (text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0x09) return 0;
    let length = 0;
    while (at + length < line.contentEnd && isSpace(text.charCodeAt(at + length))) length++;
    return length >= 2 || text.charCodeAt(at) === 0x09 ? length : 0;
  });
}

/** Each cell starts within one display column of the header's. */
function sameColumns(rowColumns: number[], headerColumns: number[]): boolean {
  return rowColumns.every((column, i) => Math.abs(column - headerColumns[i]) <= 1);
}

/** Display column of each cell's start, measured once along the line. */
function cellColumns(text: string, row: RowSpec): number[] {
  const columns: number[] = [];
  let column = 0;
  let from = row.line.start;
  for (const cell of row.cells) {
    column += displayWidth(text, from, cell.start);
    columns.push(column);
    from = cell.start;
  }
  return columns;
}

/** The line and the one right after it (no blank between) both pass a cheap test, before any splitting. */
function nextLineToo(lines: Line[], index: number, test: (line: Line) => boolean): boolean {
  const next = lines[index + 1];
  return test(lines[index]) && next !== undefined && !next.blankBefore && test(next);
}

/**
 * The first line and the lines right after it (no blank between) whose cells `fits` accepts.
 * The run stops at the first line that does not fit, so a failed attempt costs one or two lines.
 */
function rowsFrom(
  lines: Line[],
  index: number,
  cellsOf: (line: Line) => CellSpan[] | null,
  fits: (row: RowSpec, header: RowSpec) => boolean,
): TableSpec {
  const rows: RowSpec[] = [];
  for (let j = index; j < lines.length && (j === index || !lines[j].blankBefore); j++) {
    const cells = cellsOf(lines[j]);
    if (!cells || cells.length < 2 || cells.some((cell) => cell.start === cell.end)) break;
    const row = { line: lines[j], cells };
    if (rows.length > 0 && !fits(row, rows[0])) break;
    rows.push(row);
  }
  return { rows, first: index, last: index + rows.length - 1 };
}

// Flattened tables: a header line made of known column terms, then one line per row with the
// cells joined by single spaces. The header gives the column count and what each column holds;
// the rows are split with shapes (organisation names, periods, item lists) and with the text
// that all rows share.

interface Word {
  start: number;
  end: number;
  text: string;
}

interface HeaderColumn {
  cell: CellSpan;
  role: ColumnRole;
}

/** Rows longer than this are body text, not a table row. */
const ROW_WEIGHT_LIMIT = 200;

function flattenedTableAt(text: string, lines: Line[], index: number): TableSpec | null {
  const header = lines[index];
  if (header.marker || header.contentEnd - header.contentStart > HEAD_LIMIT) return null;
  const columns = headerColumns(words(text, header.contentStart, header.contentEnd));
  if (!columns) return null;

  const rowWords: Word[][] = [];
  for (let j = index + 1; j < lines.length && !lines[j].blankBefore; j++) {
    const row = flattenedRowWords(text, lines[j], columns.length);
    if (!row) break;
    rowWords.push(row);
  }
  if (rowWords.length === 0) return null;

  const shared = sharedEdges(rowWords, columns.length);
  const rows: RowSpec[] = [{ line: header, cells: columns.map((column) => column.cell) }];
  rowWords.forEach((row, i) => {
    const ranges = splitRow(row, columns, shared);
    rows.push({ line: lines[index + 1 + i], cells: ranges.map(([from, to]) => wordsSpan(row, from, to)) });
  });
  return { rows, first: index, last: index + rowWords.length };
}

function words(text: string, start: number, end: number): Word[] {
  const result: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const wordStart = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    if (i > wordStart) result.push({ start: wordStart, end: i, text: text.slice(wordStart, i) });
  }
  return result;
}

const normaliseTerm = (term: string) => term.replace(/[\s·ㆍ∙・]/g, "");
const HEADER_ROLES = new Map(TABLE_HEADER_TERMS.map(({ term, role }) => [normaliseTerm(term), role]));
/** Longest term in words, with room for headers that split a term differently ("위탁 업무 내용"). */
const MAX_TERM_WORDS = 6;

/** The header's columns when the line is made of known terms only (longest match first), else null. */
function headerColumns(headerWords: Word[]): HeaderColumn[] | null {
  if (headerWords.length < 2 || headerWords.length > 4 * MAX_TERM_WORDS) return null;
  const columns: HeaderColumn[] = [];
  let i = 0;
  while (i < headerWords.length) {
    const match = longestTermAt(headerWords, i);
    if (!match) return null;
    columns.push({ cell: { start: headerWords[i].start, end: headerWords[match.end - 1].end }, role: match.role });
    i = match.end;
  }
  return columns.length >= 2 ? columns : null;
}

function longestTermAt(headerWords: Word[], from: number): { end: number; role: ColumnRole } | null {
  for (let end = Math.min(headerWords.length, from + MAX_TERM_WORDS); end > from; end--) {
    const joined = normaliseTerm(headerWords.slice(from, end).map((word) => word.text).join(""));
    const role = HEADER_ROLES.get(joined);
    if (role) return { end, role };
  }
  return null;
}

/** The row's words, or null when the line cannot be a row (a sentence, a marked line, too short). */
function flattenedRowWords(text: string, line: Line, columnCount: number): Word[] | null {
  if (line.marker || hasInnerColon(line.head)) return null;
  if (weight(text, line.contentStart, line.contentEnd, ROW_WEIGHT_LIMIT) > ROW_WEIGHT_LIMIT) return null;
  if (endsLikeSentence(text, line.contentStart, line.contentEnd)) return null;
  const row = words(text, line.contentStart, line.contentEnd);
  if (row.length < columnCount) return null;
  // The next table's header ends this one.
  return headerColumns(row) ? null : row;
}

interface SharedEdges {
  /** Words that every row starts with / ends with, when there are at least two rows. */
  prefix: number;
  suffix: number;
}

/** Text repeated in every row (a period "회원 탈퇴 시까지" in each) is a column of its own. */
function sharedEdges(rows: Word[][], columnCount: number): SharedEdges {
  if (rows.length < 2 || columnCount < 2) return { prefix: 0, suffix: 0 };
  // Leave every row at least one word for each other column.
  const limit = rows.reduce((shortest, row) => Math.min(shortest, row.length), Infinity) - (columnCount - 1);
  let prefix = 0;
  while (prefix < limit && rows.every((row) => row[prefix].text === rows[0][prefix].text)) prefix++;
  let suffix = 0;
  const at = (row: Word[], k: number) => row[row.length - 1 - k].text;
  while (suffix < limit && rows.every((row) => at(row, suffix) === at(rows[0], suffix))) suffix++;
  return { prefix, suffix };
}

/** Word ranges [from, to) for each column. */
function splitRow(row: Word[], columns: HeaderColumn[], shared: SharedEdges): [number, number][] {
  const ranges: [number, number][] = columns.map(() => [0, 0]);
  let left = 0;
  let right = columns.length - 1;
  let wordLeft = 0;
  let wordRight = row.length;
  // Each assignment leaves at least one word for every column still open.
  const room = () => wordRight - wordLeft - (right - left);

  if (shared.prefix > 0 && columns[0].role !== "items" && right > left) {
    const prefixEnd = Math.min(shared.prefix, room());
    // Two rows for one processor share its name and maybe the task's first word: keep the name.
    const end = columns[0].role === "party" ? Math.min(prefixEnd, organisationEnd(row, 0, room()) ?? prefixEnd) : prefixEnd;
    ranges[left++] = [0, end];
    wordLeft = end;
  }
  if (shared.suffix > 0 && columns[right].role !== "items" && right > left) {
    const suffixStart = row.length - Math.min(shared.suffix, room());
    const start = columns[right].role === "period" ? (periodStart(row, suffixStart, row.length) ?? suffixStart) : suffixStart;
    ranges[right--] = [start, row.length];
    wordRight = start;
  }
  while (left < right) {
    const end = leftAnchor(row, columns[left].role, wordLeft, wordLeft + room());
    if (end === null) break;
    ranges[left++] = [wordLeft, end];
    wordLeft = end;
  }
  while (left < right) {
    const start = rightAnchor(row, columns[right].role, wordRight - room(), wordRight);
    if (start === null) break;
    ranges[right--] = [start, wordRight];
    wordRight = start;
  }
  shareEvenly(ranges, left, right, wordLeft, wordRight);
  return ranges;
}

/** Columns without a shape of their own split what is left between them by word count. */
function shareEvenly(ranges: [number, number][], left: number, right: number, from: number, to: number): void {
  if (left > right) {
    // Every column was anchored; leftover words belong to the last left-anchored column.
    if (left > 0 && to > from) ranges[left - 1][1] = to;
    return;
  }
  const count = right - left + 1;
  for (let k = 0; k < count; k++) {
    ranges[left + k] = [from + Math.floor(((to - from) * k) / count), from + Math.floor(((to - from) * (k + 1)) / count)];
  }
}

/** Where a column with this role ends when read from `from` (at most `limit`), or null. */
function leftAnchor(row: Word[], role: ColumnRole, from: number, limit: number): number | null {
  if (role === "party") return organisationEnd(row, from, limit);
  if (role === "items") return itemListEnd(row, from, limit);
  return null;
}

/** Where a column with this role starts when it ends at `to` (starting at `earliest` or later), or null. */
function rightAnchor(row: Word[], role: ColumnRole, earliest: number, to: number): number | null {
  if (role === "period") return periodStart(row, earliest, to);
  if (role === "items") return itemListStart(row, earliest, to);
  return null;
}

const CORPORATE_PREFIXES = ["(주)", "㈜", "(유)", "(사)", "(재)", "주식회사", "유한회사"];
const CORPORATE_SUFFIXES = ["(주)", "㈜", "주식회사", "유한회사", "Inc.", "Inc", "Corp.", "Corp", "LLC", "LLC.", "Ltd.", "Ltd", "Limited", "GmbH", "Co.", "Co.,", "Pte.", "Pte"];
const LATIN_SUFFIX_WORDS = new Set(["Inc.", "Inc", "Corp.", "Corp", "LLC", "LLC.", "Ltd.", "Ltd", "Limited", "GmbH"]);
/** A Latin-script name rarely runs longer; beyond this it is more likely prose. */
const MAX_LATIN_NAME_WORDS = 6;

/** End of one organisation name or a comma-joined list of them: "(주)NICE페이먼츠, Paypal Inc.". */
function organisationEnd(row: Word[], from: number, limit: number): number | null {
  let end = organisationUnitEnd(row, from, limit);
  if (end === null) return null;
  while (end < limit && row[end - 1].text.endsWith(",")) {
    const next = organisationUnitEnd(row, end, limit);
    if (next === null) break;
    end = next;
  }
  return end;
}

function organisationUnitEnd(row: Word[], from: number, limit: number): number | null {
  if (from >= limit) return null;
  const word = stripComma(row[from].text);
  const next = from + 1 < limit ? stripComma(row[from + 1].text) : "";
  if (CORPORATE_PREFIXES.includes(word)) return from + 1 < limit ? from + 2 : null;
  if (CORPORATE_PREFIXES.some((prefix) => word.startsWith(prefix))) return from + 1;
  if (word.endsWith("(주)") || word.endsWith("㈜")) return from + 1;
  if (CORPORATE_SUFFIXES.includes(next)) return from + 2;
  if (isLatinWord(word)) return latinNameEnd(row, from, limit);
  return null;
}

/** A run of Latin-script words ("Microsoft Azure"), ending after a corporate suffix word ("Paypal Inc."). */
function latinNameEnd(row: Word[], from: number, limit: number): number {
  let end = from;
  while (end < limit && end - from < MAX_LATIN_NAME_WORDS && isLatinWord(row[end].text)) {
    end++;
    if (LATIN_SUFFIX_WORDS.has(stripComma(row[end - 1].text))) break;
  }
  return end;
}

function isLatinWord(word: string): boolean {
  if (!isLatinLetter(word.charCodeAt(0))) return false;
  for (let i = 0; i < word.length; i++) if (isHangulSyllable(word.charCodeAt(i))) return false;
  return true;
}

const stripComma = (word: string) => (word.endsWith(",") ? word.slice(0, -1) : word);

/** Words that say how long or until when: 탈퇴, 종료, 5년, 6개월, …시까지. */
const PERIOD_WORD = /탈퇴|종료|해지|달성|경과|부터|까지|즉시|보관|보유|동안|파기|^\d+(?:년|개월|일|주|시간)|^영구/;
/** Nouns that open a period phrase ("회원 탈퇴 시", "계약 종료 후", "이용 목적 달성 시"). */
const PERIOD_LEADS = new Set(["회원", "이용", "계약", "위탁", "위탁계약", "서비스", "목적", "거래", "동의", "수집", "처리"]);

/** First word of a period phrase that runs to `to`, searching from `earliest`. */
function periodStart(row: Word[], earliest: number, to: number): number | null {
  for (let k = Math.max(earliest, 0); k < to; k++) {
    if (PERIOD_WORD.test(row[k].text)) return k;
    if (PERIOD_LEADS.has(row[k].text) && k + 1 < to && PERIOD_WORD.test(row[k + 1].text)) return k;
  }
  return null;
}

/** "이름, 이메일, 휴대전화번호" read from the left: through the word after the last comma. */
function itemListEnd(row: Word[], from: number, limit: number): number | null {
  let end: number | null = null;
  for (let k = from; k < limit - 1 && row[k].text.endsWith(","); k++) end = k + 2;
  return end;
}

/** "이름, 이메일, 휴대전화번호" read from the right: from the first word of the comma run. */
function itemListStart(row: Word[], earliest: number, to: number): number | null {
  for (let k = Math.max(earliest, 0); k < to - 1; k++) if (row[k].text.endsWith(",")) return k;
  return null;
}

function wordsSpan(row: Word[], from: number, to: number): CellSpan {
  if (to > from) return { start: row[from].start, end: row[to - 1].end };
  // An empty cell sits where its words would have been.
  const at = from < row.length ? row[from].start : row[row.length - 1].end;
  return { start: at, end: at };
}

// ---------------------------------------------------------------------------------------------
// Roles: what each line is

type Role =
  | { kind: "paragraph" }
  | { kind: "heading"; depth: Heading["depth"] }
  | { kind: "listItem" }
  | { kind: "table"; table: TableSpec }
  /** A line inside a table after its first. */
  | { kind: "tableContinued" };

const PARAGRAPH: Role = { kind: "paragraph" };
const LIST_ITEM: Role = { kind: "listItem" };

/** Numbered headings are short; longer numbered lines are clauses. */
const HEADING_WEIGHT_LIMIT = 60;
/** Numbered lines in the document's top-level outline may carry their first sentence. */
const OUTLINE_WEIGHT_LIMIT = 150;
const TITLE_WEIGHT_LIMIT = 40;
const MAX_DEPTH = 6;

function assignRoles(text: string, lines: Line[], tables: TableSpec[]): Role[] {
  const roles: (Role | undefined)[] = new Array(lines.length);
  for (const table of tables) {
    roles[table.first] = { kind: "table", table };
    for (let i = table.first + 1; i <= table.last; i++) roles[i] = { kind: "tableContinued" };
  }
  const title = findTitle(text, lines, roles);
  if (title !== null) roles[title] = { kind: "heading", depth: 1 };

  const chains = chainLengths(lines);
  const context: RoleContext = {
    text,
    lines,
    roles,
    chains,
    outline: outlineMembers(text, lines, chains),
    styles: new OutlineStyles(),
    listStyles: new Set(),
  };
  for (let i = 0; i < lines.length; i++) {
    if (roles[i]) continue;
    const role = roleOf(context, i);
    roles[i] = role;
    // A heading opens a new section: a style that held a list in the last one may hold headings here.
    if (role.kind === "heading") context.listStyles.clear();
  }
  return roles as Role[];
}

interface RoleContext {
  text: string;
  lines: Line[];
  /** Roles decided so far (tables and the title up front, the rest in reading order). */
  roles: (Role | undefined)[];
  /** For each line, how many same-style siblings stand next to each other (blank lines between allowed). */
  chains: number[];
  /** Lines of the numbered top-level outline (1., 2., 3., … with body text between). */
  outline: boolean[];
  styles: OutlineStyles;
  /** Numbered styles used for clauses in the current section: further siblings are clauses too. */
  listStyles: Set<string>;
}

function roleOf(context: RoleContext, i: number): Role {
  const line = context.lines[i];
  if (isAppendix(context.text, line)) return { kind: "heading", depth: context.styles.reset("appendix") };
  switch (line.marker?.family) {
    case "article":
      return articleRole(context, line);
    case "numbered":
      return numberedRole(context, i, line.marker);
    case "symbol":
      return symbolRole(context, i, line.marker);
    case "wrapped":
      return wrappedRole(context, i, line.marker);
    case "enumerated":
    case "bullet":
      return LIST_ITEM;
    default:
      return isSubheading(context, i) ? { kind: "heading", depth: context.styles.below() } : PARAGRAPH;
  }
}

/**
 * Heading depth from the order styles appear in: the first style seen is depth 2 (the title is 1),
 * a new style nests one deeper, a style seen before closes everything opened after it. Articles
 * (제N조) are always depth 2.
 */
class OutlineStyles {
  private open: string[] = [];

  /** Depth of a heading of this style, opening or closing levels as needed. */
  enter(style: string): Heading["depth"] {
    const found = this.open.indexOf(style);
    if (found !== -1) {
      this.open.length = found + 1;
    } else if (this.open.length < MAX_DEPTH - 1) {
      this.open.push(style);
    } else {
      this.open[this.open.length - 1] = style;
    }
    return (this.open.length + 1) as Heading["depth"];
  }

  /** Depth of a top-level heading that closes everything else (제N조, 부칙). */
  reset(style: string): Heading["depth"] {
    this.open = [style];
    return 2;
  }

  /** Depth of an unmarked subheading: one below the current marked heading, or 2 before any. */
  below(): Heading["depth"] {
    return Math.min(MAX_DEPTH, this.open.length + 2) as Heading["depth"];
  }
}

function articleRole(context: RoleContext, line: Line): Role {
  return isArticleHeading(context.text, line) ? { kind: "heading", depth: context.styles.reset("article") } : PARAGRAPH;
}

const ARTICLE_WITH_TITLE = /^제 *\d{1,3} *조(?:의 *\d{1,2})? *[(（[【]/;

/** 제N조(목적) always; a bare 제N조 line unless it is a sentence ("제1조 본 방침은 … 시행됩니다."). */
function isArticleHeading(text: string, line: Line): boolean {
  if (ARTICLE_WITH_TITLE.test(line.head)) return true;
  return (
    !endsLikeSentence(text, line.contentStart, line.contentEnd) &&
    weight(text, line.contentStart, line.contentEnd, HEADING_WEIGHT_LIMIT + 20) <= HEADING_WEIGHT_LIMIT + 20
  );
}

function numberedRole(context: RoleContext, i: number, marker: Marker): Role {
  if (context.outline[i]) return { kind: "heading", depth: context.styles.enter(marker.style) };
  if (context.chains[i] >= 2 || context.listStyles.has(marker.style)) return LIST_ITEM;
  if (!hasHeadingShape(context.text, context.lines[i])) {
    context.listStyles.add(marker.style);
    return LIST_ITEM;
  }
  if (!hasBodyAfter(context, i)) return LIST_ITEM;
  return { kind: "heading", depth: context.styles.enter(marker.style) };
}

function symbolRole(context: RoleContext, i: number, marker: Marker): Role {
  const line = context.lines[i];
  if (context.chains[i] >= 2 || !hasHeadingShape(context.text, line) || !hasBodyAfter(context, i)) return LIST_ITEM;
  return { kind: "heading", depth: context.styles.enter(marker.style) };
}

/** A bracketed line is a heading unless it is a sentence, or one of a run of three or more. */
function wrappedRole(context: RoleContext, i: number, marker: Marker): Role {
  const { text, lines } = context;
  if (context.chains[i] >= 3 || i === lines.length - 1) return PARAGRAPH;
  if (weight(text, marker.bodyStart, marker.bodyEnd, HEADING_WEIGHT_LIMIT) > HEADING_WEIGHT_LIMIT) return PARAGRAPH;
  if (endsLikeSentence(text, marker.bodyStart, marker.bodyEnd)) return PARAGRAPH;
  return { kind: "heading", depth: context.styles.enter(marker.style) };
}

/** Short, not a sentence, not a "label: value" line. */
function hasHeadingShape(text: string, line: Line): boolean {
  return (
    weight(text, line.contentStart, line.contentEnd, HEADING_WEIGHT_LIMIT) <= HEADING_WEIGHT_LIMIT &&
    !endsLikeSentence(text, line.contentStart, line.contentEnd) &&
    !hasInnerColon(line.head)
  );
}

/** A heading introduces something: the next line is not a sibling, an article or an indented sub-item. */
function hasBodyAfter(context: RoleContext, i: number): boolean {
  const line = context.lines[i];
  const next = context.lines[i + 1];
  if (!next) return false;
  if (!next.marker) return true;
  if (next.marker.family === "article" || next.marker.style === line.marker?.style) return false;
  return next.indent <= line.indent + 1;
}

/** Lengths of runs of same-style marked lines with nothing but blank lines between them. */
function chainLengths(lines: Line[]): number[] {
  const lengths = new Array<number>(lines.length).fill(1);
  let runStart = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && sameChain(lines[i - 1], lines[i])) continue;
    for (let k = runStart; k < i; k++) lengths[k] = i - runStart;
    runStart = i;
  }
  return lengths;
}

function sameChain(previous: Line, line: Line): boolean {
  const family = line.marker?.family;
  if (family !== "numbered" && family !== "symbol" && family !== "wrapped") return false;
  return previous.marker?.style === line.marker?.style;
}

/**
 * The document's top-level outline: a numbered style whose items, outside runs of three or more
 * adjacent ones (a table of contents), count 1, 2, 3, … through the whole document with text
 * between them. Such items are section headings even when they carry their first sentence
 * ("4. 개인정보의 파기 회사는 … 파기합니다."). Documents with 제N조 articles have their outline in those.
 */
function outlineMembers(text: string, lines: Line[], chains: number[]): boolean[] {
  const members = new Array<boolean>(lines.length).fill(false);
  if (lines.some((line) => line.marker?.family === "article" && isArticleHeading(text, line))) return members;
  const byStyle = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.marker?.family !== "numbered" || chains[i] >= 3) return;
    const list = byStyle.get(line.marker.style) ?? [];
    list.push(i);
    byStyle.set(line.marker.style, list);
  });
  for (const indices of byStyle.values()) {
    const counts = indices.every((lineIndex, k) => lines[lineIndex].marker?.ordinal === k + 1);
    if (!counts || indices.length < 3) continue;
    for (const lineIndex of indices) {
      const line = lines[lineIndex];
      members[lineIndex] = weight(text, line.contentStart, line.contentEnd, OUTLINE_WEIGHT_LIMIT) <= OUTLINE_WEIGHT_LIMIT;
    }
  }
  return members;
}

/** The document's name among its first lines: short, and naming a policy (…처리방침, …보호정책). */
function findTitle(text: string, lines: Line[], roles: (Role | undefined)[]): number | null {
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const line = lines[i];
    if (roles[i]) return null;
    const family = line.marker?.family;
    if (family && family !== "wrapped" && family !== "symbol") return null;
    if (isTitle(text, line)) return i;
  }
  return null;
}

function isTitle(text: string, line: Line): boolean {
  const start = line.marker?.bodyStart ?? line.contentStart;
  const end = line.marker?.bodyEnd ?? line.contentEnd;
  if (weight(text, start, end, TITLE_WEIGHT_LIMIT) > TITLE_WEIGHT_LIMIT) return false;
  if (endsLikeSentence(text, start, end) || hasInnerColon(line.head)) return false;
  const name = text.slice(start, end).replace(/\s/g, "").toLowerCase();
  return name.includes("방침") || name.includes("정책") || name.includes("privacypolicy");
}

/** 부칙 (supplementary provisions) closes the articles, bracketed or not. */
function isAppendix(text: string, line: Line): boolean {
  if (line.contentEnd - line.contentStart > 12) return false;
  const start = line.marker?.family === "wrapped" ? line.marker.bodyStart : line.contentStart;
  const end = line.marker?.family === "wrapped" ? line.marker.bodyEnd : line.contentEnd;
  const name = text.slice(start, end).replace(/\s/g, "");
  return name === "부칙" || name === "附則";
}

// Unmarked subheadings ("파기절차", "쿠키의 사용 목적"): short noun phrases between body lines.

/** Unmarked subheadings are short; up to this long only when they end like a heading. */
const SUBHEADING_WEIGHT_LIMIT = 25;
const LONG_SUBHEADING_WEIGHT_LIMIT = 40;
/** Nouns that end section titles ("…에 관한 사항", "…의 행사방법", "보호책임자"). */
const HEADING_NOUN_ENDINGS = ["사항", "방법", "목적", "기간", "항목", "절차", "조치", "책임자", "담당자", "권리", "의무", "구제", "안내", "방침", "기준", "근거"];
/** Endings of clauses and fragments, not of titles: particles, connectives, bound nouns. */
const FRAGMENT_ENDINGS = ["을", "를", "는", "와", "및", "또는", "경우", "때", "것", "등", "수", "바", "시", "하여", "위해", "대해", "따라", "통해", "관한", "대한", "위한", "있는", "없는", "하는", "되는"];
const FINAL_PUNCTUATION = ".,:;!?。、…~-";
/** A line before a subheading of at least this weight is body text, not a list of short fragments. */
const BODY_LINE_WEIGHT = 40;

function isSubheading(context: RoleContext, i: number): boolean {
  const { text, lines, roles } = context;
  if (!hasSubheadingShape(text, lines[i])) return false;
  const next = lines[i + 1];
  if (!next || hasSubheadingShape(text, next) || looksLikeHeading(text, next)) return false;
  return followsBody(text, lines, roles, i);
}

function hasSubheadingShape(text: string, line: Line): boolean {
  if (line.marker) return false;
  const { contentStart: start, contentEnd: end, head } = line;
  const size = weight(text, start, end, LONG_SUBHEADING_WEIGHT_LIMIT);
  if (size > LONG_SUBHEADING_WEIGHT_LIMIT) return false;
  const content = text.slice(start, end);
  // A leading "<" is markup left in extracted text (<br>, <p>), not a title.
  if (!LETTER.test(content) || /^[\d<]/.test(content) || /@|https?:|www\./.test(content)) return false;
  if (FINAL_PUNCTUATION.includes(content[content.length - 1]) || hasInnerColon(head)) return false;
  if (content.split(",").length > 2 || endsLikeSentence(text, start, end)) return false;
  if (FRAGMENT_ENDINGS.some((ending) => content.endsWith(ending))) return false;
  return size <= SUBHEADING_WEIGHT_LIMIT || HEADING_NOUN_ENDINGS.some((ending) => content.endsWith(ending));
}

/** Whether a line would be taken as a marked heading on its own shape. */
function looksLikeHeading(text: string, line: Line): boolean {
  switch (line.marker?.family) {
    case "article":
      return isArticleHeading(text, line);
    case "numbered":
    case "symbol":
      return hasHeadingShape(text, line);
    case "wrapped":
      return !endsLikeSentence(text, line.marker.bodyStart, line.marker.bodyEnd);
    default:
      return false;
  }
}

/**
 * A subheading follows the end of something: the start of the text, a blank line, a heading, a
 * list, a table, a finished sentence, a long body line or a "label: value" line. After a short
 * fragment it is more likely the next fragment of a list written without markers.
 */
function followsBody(text: string, lines: Line[], roles: (Role | undefined)[], i: number): boolean {
  if (i === 0 || lines[i].blankBefore) return true;
  const previous = lines[i - 1];
  const previousRole = roles[i - 1]?.kind;
  if (previousRole && previousRole !== "paragraph") return true;
  return (
    endsLikeSentence(text, previous.contentStart, previous.contentEnd) ||
    weight(text, previous.contentStart, previous.contentEnd, BODY_LINE_WEIGHT) > BODY_LINE_WEIGHT ||
    hasInnerColon(previous.head)
  );
}

// ---------------------------------------------------------------------------------------------
// Tree

function point(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

function position(startLine: Line, start: number, endLine: Line, end: number): Position {
  return { start: point(startLine, start), end: point(endLine, end) };
}

function phrasing(text: string, line: Line, start: number, end: number): PhrasingContent[] {
  if (start === end) return [];
  return [{ type: "text", value: text.slice(start, end), position: position(line, start, line, end) }];
}

function buildBlocks(text: string, lines: Line[], roles: Role[]): RootContent[] {
  const blocks: RootContent[] = [];
  const lists = new ListBuilder(text, blocks);
  lines.forEach((line, i) => {
    const role = roles[i];
    if (role.kind === "listItem") {
      lists.add(line);
      return;
    }
    lists.close();
    switch (role.kind) {
      case "heading":
        blocks.push(headingNode(text, line, role.depth));
        break;
      case "paragraph":
        blocks.push(paragraphNode(text, line, line.contentStart));
        break;
      case "table":
        blocks.push(tableNode(text, role.table));
        break;
      case "tableContinued":
        break;
    }
  });
  return blocks;
}

function headingNode(text: string, line: Line, depth: Heading["depth"]): Heading {
  return {
    type: "heading",
    depth,
    children: phrasing(text, line, line.contentStart, line.contentEnd),
    position: position(line, line.contentStart, line, line.contentEnd),
  };
}

function paragraphNode(text: string, line: Line, start: number): Paragraph {
  return {
    type: "paragraph",
    children: phrasing(text, line, start, line.contentEnd),
    position: position(line, start, line, line.contentEnd),
  };
}

function tableNode(text: string, spec: TableSpec): Table {
  const rows: TableRow[] = spec.rows.map(({ line, cells }) => ({
    type: "tableRow",
    children: cells.map(
      (cell): TableCell => ({
        type: "tableCell",
        children: phrasing(text, line, cell.start, cell.end),
        position: position(line, cell.start, line, cell.end),
      }),
    ),
    position: position(line, line.contentStart, line, line.contentEnd),
  }));
  const first = spec.rows[0].line;
  const last = spec.rows[spec.rows.length - 1].line;
  return {
    type: "table",
    align: spec.rows[0].cells.map(() => null),
    children: rows,
    position: position(first, first.contentStart, last, last.contentEnd),
  };
}

/** Lists deeper than this are flattened into the deepest one, so the tree stays shallow. */
const MAX_LIST_DEPTH = 6;

interface OpenList {
  node: List;
  style: string;
  indent: number;
}

/**
 * Groups consecutive list-item lines into lists. A marker style not yet open nests under the
 * previous item (① then • then o); a style already open closes the lists opened after it; the
 * same style indented further nests too. After a blank line a new style starts a new list instead.
 */
class ListBuilder {
  private open: OpenList[] = [];

  constructor(
    private readonly text: string,
    private readonly blocks: RootContent[],
  ) {}

  add(line: Line): void {
    const marker = line.marker as Marker;
    const item = this.itemNode(line, marker);
    const level = this.levelFor(line, marker);
    if (level === -1) {
      this.open = [this.newList(line, marker)];
      this.blocks.push(this.open[0].node);
    } else if (level === this.open.length) {
      const parentItem = this.lastItem(this.open[level - 1]);
      const nested = this.newList(line, marker);
      parentItem.children.push(nested.node);
      this.open.push(nested);
    } else {
      this.open.length = level + 1;
    }
    this.open[this.open.length - 1].node.children.push(item);
    this.extendOpenTo(line);
  }

  close(): void {
    this.open = [];
  }

  /** Index of the open list the item joins, open.length to nest a new one, -1 for a new top-level list. */
  private levelFor(line: Line, marker: Marker): number {
    if (this.open.length === 0) return -1;
    const top = this.open.length - 1;
    let same = top;
    while (same >= 0 && this.open[same].style !== marker.style) same--;
    const deeper = line.indent > this.open[top].indent + 1;
    if (same !== -1 && !(same === top && deeper)) return same;
    if (same === -1 && line.blankBefore && !deeper) return -1;
    return this.open.length < MAX_LIST_DEPTH ? this.open.length : top;
  }

  private newList(line: Line, marker: Marker): OpenList {
    const ordered = marker.ordinal !== null;
    const node: List = {
      type: "list",
      ordered,
      ...(ordered ? { start: marker.ordinal } : {}),
      spread: false,
      children: [],
      position: position(line, line.contentStart, line, line.contentEnd),
    };
    return { node, style: marker.style, indent: line.indent };
  }

  private itemNode(line: Line, marker: Marker): ListItem {
    return {
      type: "listItem",
      spread: false,
      children: [paragraphNode(this.text, line, marker.bodyStart)],
      position: position(line, line.contentStart, line, line.contentEnd),
    };
  }

  private lastItem(list: OpenList): ListItem {
    return list.node.children[list.node.children.length - 1];
  }

  /** Open lists and the items holding them end where their newest item ends. */
  private extendOpenTo(line: Line): void {
    this.open.forEach((list, level) => {
      list.node.position!.end = point(line, line.contentEnd);
      if (level < this.open.length - 1) this.lastItem(list).position!.end = point(line, line.contentEnd);
    });
  }
}
