/** Plain-text structure recovery, step 3: what each line is — heading (and its depth), list item or paragraph. */
import type { Heading } from "mdast";
import { charCodes, endsLikeSentence, hasInnerColon, headOf, isHangulSyllable, isLatinLetter, isWhiteSpace, weight, type Line, type Marker } from "./lines.js";
import type { TableSpec } from "./tables.js";

export type Role =
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

export function assignRoles(text: string, lines: Line[], tables: TableSpec[]): Role[] {
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
    subheadingShapes: new Uint8Array(lines.length),
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
  /**
   * hasSubheadingShape of each line once known (SHAPE_UNKNOWN, SHAPE_NO, SHAPE_YES): an unmarked
   * line is asked twice, as itself and as the line after the previous one.
   */
  subheadingShapes: Uint8Array;
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
      return isCaption(context, i) && hasHeadingShape(context.text, line) ? { kind: "heading", depth: context.styles.below() } : LIST_ITEM;
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
  if (ARTICLE_WITH_TITLE.test(headOf(text, line))) return true;
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
    !hasInnerColon(text, line)
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
  const byStyle = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.marker?.family === "article" && isArticleHeading(text, line)) return members;
    if (line.marker?.family !== "numbered" || chains[i] >= 3) continue;
    const list = byStyle.get(line.marker.style) ?? [];
    list.push(i);
    byStyle.set(line.marker.style, list);
  }
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
  if (endsLikeSentence(text, start, end) || hasInnerColon(text, line)) return false;
  const name = text.slice(start, end).replace(/\s/g, "").toLowerCase();
  return name.includes("방침") || name.includes("정책") || name.includes("privacypolicy");
}

/** 부칙 (supplementary provisions) closes the articles, bracketed or not. */
function isAppendix(text: string, line: Line): boolean {
  if (line.contentEnd - line.contentStart > 12) return false;
  const start = line.marker?.family === "wrapped" ? line.marker.bodyStart : line.contentStart;
  const end = line.marker?.family === "wrapped" ? line.marker.bodyEnd : line.contentEnd;
  return equalsWithoutWhiteSpace(text, start, end, "부칙") || equalsWithoutWhiteSpace(text, start, end, "附則");
}

/** text[start, end) with its white space removed is `word`; read in place, as most lines fail at once. */
function equalsWithoutWhiteSpace(text: string, start: number, end: number, word: string): boolean {
  let matched = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) continue;
    if (code !== word.charCodeAt(matched)) return false;
    matched++;
  }
  return matched === word.length;
}

// Unmarked subheadings ("파기절차", "쿠키의 사용 목적"): short noun phrases between body lines.

/** Unmarked subheadings are short; up to this long only when they end like a heading. */
const SUBHEADING_WEIGHT_LIMIT = 25;
const LONG_SUBHEADING_WEIGHT_LIMIT = 40;
/** Nouns that end section titles ("…에 관한 사항", "…의 행사방법", "보호책임자"). */
const endsWithHeadingNoun = endsWithAny(["사항", "방법", "목적", "기간", "항목", "절차", "조치", "책임자", "담당자", "권리", "의무", "구제", "안내", "방침", "기준", "근거"]);
/** Endings of clauses and fragments, not of titles: particles, connectives, bound nouns. */
const endsWithFragment = endsWithAny(["을", "를", "는", "와", "및", "또는", "경우", "때", "것", "등", "수", "바", "시", "하여", "위해", "대해", "따라", "통해", "관한", "대한", "위한", "있는", "없는", "하는", "되는"]);
const FINAL_PUNCTUATION = charCodes(".,:;!?。、…~-");
/** A line before a subheading of at least this weight is body text, not a list of short fragments. */
const BODY_LINE_WEIGHT = 40;

const SHAPE_UNKNOWN = 0;
const SHAPE_NO = 1;
const SHAPE_YES = 2;

function isSubheading(context: RoleContext, i: number): boolean {
  const { text, lines, roles } = context;
  if (!subheadingShaped(context, i)) return false;
  if (isCaption(context, i)) return true;
  const next = lines[i + 1];
  if (!next || subheadingShaped(context, i + 1) || looksLikeHeading(text, next)) return false;
  return followsBody(text, lines, roles, i);
}

function subheadingShaped(context: RoleContext, i: number): boolean {
  let shape = context.subheadingShapes[i];
  if (shape === SHAPE_UNKNOWN) {
    shape = hasSubheadingShape(context.text, context.lines[i]) ? SHAPE_YES : SHAPE_NO;
    context.subheadingShapes[i] = shape;
  }
  return shape === SHAPE_YES;
}

/** Each test reads the line in place: most lines of a document reach here, and most are no subheading. */
function hasSubheadingShape(text: string, line: Line): boolean {
  if (line.marker) return false;
  const { contentStart: start, contentEnd: end } = line;
  const size = weight(text, start, end, LONG_SUBHEADING_WEIGHT_LIMIT);
  if (size > LONG_SUBHEADING_WEIGHT_LIMIT) return false;
  const first = text.charCodeAt(start);
  // A leading "<" is markup left in extracted text (<br>, <p>), not a title.
  if ((first >= 0x30 && first <= 0x39) || first === 0x3c || FINAL_PUNCTUATION.has(text.charCodeAt(end - 1))) return false;
  if (!isPlainPhrase(text, start, end) || hasInnerColon(text, line)) return false;
  if (endsLikeSentence(text, start, end) || endsWithFragment(text, start, end)) return false;
  return size <= SUBHEADING_WEIGHT_LIMIT || endsWithHeadingNoun(text, start, end);
}

/** Has a letter, at most one comma, and nothing of an address (@, http:, https:, www.). */
function isPlainPhrase(text: string, start: number, end: number): boolean {
  let hasLetter = false;
  let commas = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isHangulSyllable(code) || isLatinLetter(code)) hasLetter = true;
    else if (code === 0x2c) commas++;
    else if (code === 0x40) return false;
    else if (code === 0x3a && (precededBy(text, start, i, "http") || precededBy(text, start, i, "https"))) return false;
    else if (code === 0x2e && precededBy(text, start, i, "www")) return false;
  }
  return hasLetter && commas <= 1;
}

function precededBy(text: string, start: number, at: number, word: string): boolean {
  return at - word.length >= start && text.startsWith(word, at - word.length);
}

/** Whether text[start, end) ends with one of `endings`; the last character alone rules out most lines. */
function endsWithAny(endings: readonly string[]): (text: string, start: number, end: number) => boolean {
  const lastCharacters = charCodes(endings.map((ending) => ending[ending.length - 1]).join(""));
  return (text, start, end) =>
    lastCharacters.has(text.charCodeAt(end - 1)) && endings.some((ending) => precededBy(text, start, end, ending));
}

/**
 * A short line directly above a table ("위탁 업체 현황", "④ 처리 위탁") is the table's caption, and a
 * subheading: the table's header row would otherwise look like the next short line of a list.
 */
function isCaption(context: RoleContext, i: number): boolean {
  const next = context.lines[i + 1];
  return next !== undefined && !next.blankBefore && context.roles[i + 1]?.kind === "table";
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
    hasInnerColon(text, previous)
  );
}
