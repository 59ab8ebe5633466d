/** Plain-text structure recovery, step 2: tables written with pipes, tabs, aligned columns, or flattened to one line per row. */
import { TABLE_HEADER_TERMS, type ColumnRole } from "../table-headers.js";
import { HEAD_LIMIT, displayWidth, endsLikeSentence, hasInnerColon, isHangulSyllable, isLatinLetter, isSpace, weight, type Line } from "./lines.js";

interface CellSpan {
  start: number;
  end: number;
}

interface RowSpec {
  line: Line;
  cells: CellSpan[];
}

export interface TableSpec {
  /** The header row first. */
  rows: RowSpec[];
  /** Indices into the line list of the table's first and last line (a delimiter row included). */
  first: number;
  last: number;
}

export function findTables(text: string, lines: Line[]): TableSpec[] {
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
  // A header names two columns or more, so it has two words: most lines fail here, before any splitting.
  if (!hasSpaceWithin(text, header.contentStart, header.contentEnd)) return null;
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

function hasSpaceWithin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
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
  if (line.marker || hasInnerColon(text, line)) return null;
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
