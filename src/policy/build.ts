/**
 * Builds the Policy model from an mdast tree: promotes heading-shaped lines, finds the title and
 * the table of contents, cuts sections and classifies them, extracts entities.
 */
import type { Root } from "mdast";
import { TOPICS } from "../data/topics.js";
import { bodySignalCount, headingTopics } from "./classify.js";
import { extractEntities } from "./entities.js";
import { blankServerDirectives } from "../parse/server-directives.js";
import { flatten } from "./blocks.js";
import { headingMarker, markerDepth, stripEmphasis, type HeadingMarker } from "./heading-shape.js";
import { LineIndex } from "./line-index.js";
import type { Block, Entity, Policy, Section, Span, TocEntry, TopicId } from "./types.js";

const TITLE_WORDS = /처리\s*(?:\(\s*취급\s*\)\s*)?방침|취급\s*방침|보호\s*정책|보호\s*방침|처리\s*지침|privacy\s*policy/i;
const MAX_TITLE_LENGTH = 70;

/** `lines` may be passed when the caller has indexed the same text already. */
export function buildPolicy(text: string, format: Policy["format"], root: Root, lines: LineIndex = new LineIndex(text)): Policy {
  const { blocks, tables } = flatten(root, lines);
  const promoted = new Set<Block>();
  promoteHeadings(blocks, lines, format, promoted);
  const title = findTitle(blocks);
  const toc = findToc(blocks, promoted);
  const sections = buildSections(blocks, title);
  const entities = extractEntities(format === "html" ? maskTags(text) : text);
  return { text, format, blocks, sections, tables, entities, toc, title, effectiveDate: findEffectiveDate(text, entities, lines) };
}

/** Tags and server directives blanked out with spaces of the same length: "<em>2017</em>년" reads as a date, offsets stay exact. */
function maskTags(text: string): string {
  return blankServerDirectives(text).replace(/<[^<>]{0,2000}>/g, (tag) => tag.replace(/[^\n]/g, " "));
}

/**
 * Each block's source line and its heading marker, read once: promotion, the bold outline and the
 * outline's gaps all look at them. An HTML block has no source line of its own: its text stands in,
 * read live, since promotion rewrites the text of "#" headings.
 */
class BlockLines {
  private readonly lineTexts: (string | undefined)[];
  private readonly markers: (HeadingMarker | null | undefined)[];

  constructor(
    private readonly blocks: Block[],
    private readonly lines: LineIndex,
    private readonly format: Policy["format"],
  ) {
    this.lineTexts = new Array(blocks.length);
    this.markers = new Array(blocks.length);
  }

  line(i: number): string {
    if (this.format === "html") return this.blocks[i].text;
    let found = this.lineTexts[i];
    if (found === undefined) {
      const line = this.lines.lineOf(this.blocks[i].span.start);
      found = this.lineTexts[i] = this.lines.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line));
    }
    return found;
  }

  /** The marker of the block's line as it was before promotion. */
  marker(i: number): HeadingMarker | null {
    let found = this.markers[i];
    if (found === undefined) found = this.markers[i] = headingMarker(this.line(i));
    return found;
  }
}

function promoteHeadings(blocks: Block[], lines: LineIndex, format: Policy["format"], promoted: Set<Block>): void {
  const realHeadings = blocks.filter((b) => b.kind === "heading").length;
  const strict = realHeadings >= 3;
  const source = new BlockLines(blocks, lines, format);
  const outline = boldOutline(blocks, source);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== "paragraph" && block.kind !== "listItem") continue;
    // A page may wrap its articles in nested lists; an article line with its title is a heading at any depth.
    if (block.depth > 1) {
      const line = source.line(i);
      if (!(TITLED_ARTICLE.test(stripEmphasis(line).trim()) && !SENTENCE_END.test(line))) continue;
    }
    const marker = source.marker(i);
    if (!marker) continue;
    if (strict && marker !== "article" && marker !== "bold" && marker !== "atx") continue;
    const topics = headingTopics(block.text);
    if (marker !== "article" && marker !== "atx" && topics.length === 0 && !outline.has(block)) continue;
    if (marker === "atx") block.text = block.text.replace(/^#{1,6}\s*/, "");
    block.kind = "heading";
    block.depth = markerDepth(marker);
    promoted.add(block);
  }
  fillOutlineGaps(blocks, source, promoted);
}

const SENTENCE_END = /(?:다|요)\s*[.!]?\s*$/;
const TITLED_ARTICLE = /^제\s{0,2}\d{1,3}\s{0,2}조(?:\s{0,2}의\s{0,2}\d{1,2})?\s{0,2}[(（【\[.][^\n]{0,60}$/;
const OUTLINE_NUMBER = /^\s{0,3}(?:<[^<>]{0,80}>\s{0,3}){0,3}(\d{1,2})\s{0,2}[.)]/;
/** An outline needs this many items before its plain-language headings ("**2. 정보 활용**") are trusted. */
const MIN_OUTLINE_ITEMS = 3;

/**
 * Bold numbered lines that count 1, 2, 3, … through the document are its outline, whatever their
 * words: short app and blog policies head their sections in everyday language no vocabulary lists.
 */
function boldOutline(blocks: Block[], source: BlockLines): Set<Block> {
  const items: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if ((block.kind !== "paragraph" && block.kind !== "listItem") || block.depth > 1) continue;
    if (source.marker(i) !== "bold") continue;
    const m = OUTLINE_NUMBER.exec(stripEmphasis(source.line(i)));
    if (m) items.push(block);
    if (m && Number(m[1]) !== items.length) return new Set();
  }
  return items.length >= MIN_OUTLINE_ITEMS ? new Set(items) : new Set();
}

/** A numbered line of the outline: its block, its number, its index among the blocks. */
interface OutlineEntry {
  b: Block;
  n: number;
  i: number;
}

/**
 * "3. 정보주체와 … 권리·의무 및 그 행사방법 이용자는 … 있습니다." carries its first sentence, so it
 * is no heading by shape; but between headings 2. and 4. of the same outline it is heading 3. So is
 * the outline's last item after its predecessor, when nothing numbered stands between them. A line
 * that carries its first sentence must name a topic in its first words; a short heading-shaped line
 * ("**3. 정보 활용**") needs no topic, as long as no numbered clause stands between it and the
 * heading before it.
 */
function fillOutlineGaps(blocks: Block[], source: BlockLines, promoted: Set<Block>): void {
  const numbered: OutlineEntry[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== "heading" && b.depth > 1) continue;
    // A Markdown heading's source line starts with its "##"; its text holds the number.
    const m = OUTLINE_NUMBER.exec(stripEmphasis(source.line(i))) ?? (b.kind === "heading" ? OUTLINE_NUMBER.exec(b.text) : null);
    if (m) numbered.push({ b, n: Number(m[1]), i });
  }
  // The next numbered heading after each entry, from one pass from the end (only entries before
  // the one being looked at are ever promoted, so the answer does not change during the loop).
  const nextHeading: (OutlineEntry | undefined)[] = new Array(numbered.length);
  for (let k = numbered.length - 2; k >= 0; k--) nextHeading[k] = numbered[k + 1].b.kind === "heading" ? numbered[k + 1] : nextHeading[k + 1];
  let before: OutlineEntry | null = null;
  for (let k = 0; k < numbered.length; k++) {
    const current = numbered[k];
    if (current.b.kind === "heading") {
      before = current;
      continue;
    }
    if (!before || before.n !== current.n - 1) continue;
    const adjacent = numbered[k - 1] === before;
    // The next numbered heading, skipping the clauses ("1. 열람요구") under this one.
    const after = nextHeading[k];
    if (after ? after.n !== current.n + 1 || before.b.depth !== after.b.depth : !adjacent) continue;
    const named = headingTopics(current.b.text.slice(0, LONG_HEADING_TOPIC_PREFIX)).length > 0;
    if (!named && !(adjacent && isPlainHeading(source.line(current.i)))) continue;
    current.b.kind = "heading";
    current.b.depth = before.b.depth;
    promoted.add(current.b);
    before = current;
  }
}

/** Ends of clauses cut by a line break ("… 개인정보침해로 인한"), not of titles. */
const FRAGMENT_END = /(?:[을를은는이가의에와과및고며도로]|하여|위해|인한|대한|관한|따라|통해|있는|하는|되는)\s*$/;

/** A heading by shape alone: marked, short, no sentence, no "label: value", not a clause cut at a line break. */
function isPlainHeading(line: string): boolean {
  const body = stripEmphasis(line).trim();
  return headingMarker(line) !== null && !/[:：]\s*\S/.test(body) && !FRAGMENT_END.test(body);
}

/**
 * The document's name: the first title-shaped block among the first few. A multilingual page may
 * open with another language's version ("Privacy Policy" in a tab before the Korean one), so a
 * Korean name anywhere among the top-level headings is preferred to a name in another language.
 */
function findTitle(blocks: Block[]): Block | null {
  const first = blocks.slice(0, 8).find(isTitleShaped);
  const title = first && KOREAN_TITLE_WORDS.test(first.text) ? first : (laterKoreanTitle(blocks, first !== undefined) ?? first);
  if (!title) return null;
  title.kind = "heading";
  title.depth = 1;
  return title;
}

const KOREAN_TITLE_WORDS = /처리\s*(?:\(\s*취급\s*\)\s*)?방침|취급\s*방침|보호\s*정책|보호\s*방침|처리\s*지침/;

/**
 * A Korean policy name further down: a level-1 heading, or, when the document opened with a name
 * in another language, a level-2 heading or a standalone line. A location-information policy
 * (위치정보 처리방침) inside the document names a section of it, not the document.
 */
function laterKoreanTitle(blocks: Block[], openedInAnotherLanguage: boolean): Block | undefined {
  return blocks.find(
    (b) =>
      KOREAN_TITLE_WORDS.test(b.text) &&
      !/위치\s*정보/.test(b.text) &&
      isTitleShaped(b) &&
      (b.kind === "heading" ? b.depth <= (openedInAnotherLanguage ? 2 : 1) : openedInAnotherLanguage && b.kind === "paragraph"),
  );
}

function isTitleShaped(block: Block): boolean {
  if (block.text.length > MAX_TITLE_LENGTH) return false;
  if (!TITLE_WORDS.test(block.text)) return false;
  if (block.kind !== "heading" && /(?:다|요)\s*[.!]?\s*$/.test(block.text)) return false;
  // "개인정보 처리방침의 변경" names a section, not the document.
  return !/변경|개정|시행/.test(block.text);
}

/**
 * A table of contents is a run of three or more short heading-like lines with no body between
 * them whose topics come back later as real headings. Its lines are demoted to list items so
 * that they never count as sections.
 */
function findToc(blocks: Block[], promoted: Set<Block>): TocEntry[] {
  const toc: TocEntry[] = [];
  // Candidates, their runs and the later headings all ask for a block's topics; its text does not change here.
  const known: (TopicId[] | undefined)[] = new Array(blocks.length);
  const topicsOf = (k: number) => (known[k] ??= headingTopics(blocks[k].text));
  const later = laterHeadingTopics(blocks, topicsOf);
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isTocCandidate(blocks[j], promoted) && topicsOf(j).length > 0) j++;
    if (j - i >= 3 && covers(later[j], i, j, topicsOf)) {
      for (let k = i; k < j; k++) {
        const b = blocks[k];
        toc.push({ text: b.text, topics: topicsOf(k), span: b.span });
        if (b.kind === "heading") b.kind = "listItem";
        b.depth = Math.max(b.depth, 1);
      }
    }
    i = j > i ? j : i + 1;
  }
  return toc;
}

/** Lines written as Markdown/HTML headings are the document's own sections, never TOC entries; a candidate must also name a topic. */
function isTocCandidate(block: Block, promoted: Set<Block>): boolean {
  if (block.kind === "heading" && !promoted.has(block)) return false;
  if (block.kind !== "heading" && block.kind !== "listItem" && block.kind !== "paragraph") return false;
  if (block.depth === 1 && block.kind === "heading") return false;
  return !(block.text.length > 60 || /(?:다|요)\s*[.!]?\s*$/.test(block.text));
}

const TOPIC_BIT = new Map(TOPICS.map((t, i) => [t.id, 1 << i]));
const maskOf = (topics: TopicId[]) => topics.reduce((mask, t) => mask | (TOPIC_BIT.get(t) ?? 0), 0);

/** For each block index, the topics of the headings from there to the end, as a bit mask: one pass from the end. */
function laterHeadingTopics(blocks: Block[], topicsOf: (k: number) => TopicId[]): number[] {
  const masks = new Array<number>(blocks.length + 1);
  masks[blocks.length] = 0;
  for (let k = blocks.length - 1; k >= 0; k--) masks[k] = masks[k + 1] | (blocks[k].kind === "heading" ? maskOf(topicsOf(k)) : 0);
  return masks;
}

/** A run (blocks from..to) is a table of contents when at least half of its lines name a topic that a later heading has. */
function covers(later: number, from: number, to: number, topicsOf: (k: number) => TopicId[]): boolean {
  if (!later) return false;
  let covered = 0;
  for (let k = from; k < to; k++) if ((maskOf(topicsOf(k)) & later) !== 0) covered++;
  return covered * 2 >= to - from;
}

function buildSections(blocks: Block[], title: Block | null): Section[] {
  const sections: Section[] = [];
  const headingIdx: number[] = [];
  blocks.forEach((b, i) => b.kind === "heading" && headingIdx.push(i));
  const preambleEnd = headingIdx.length ? headingIdx[0] : blocks.length;
  if (preambleEnd > 0) sections.push(makeSection(null, blocks.slice(0, preambleEnd), 0, -1, false));
  const open: { depth: number; index: number }[] = [];
  for (let h = 0; h < headingIdx.length; h++) {
    const start = headingIdx[h];
    const heading = blocks[start];
    const depth = heading === title ? 1 : Math.max(heading.depth, 2);
    let end = blocks.length;
    for (let k = h + 1; k < headingIdx.length; k++) {
      const other = blocks[headingIdx[k]];
      const otherDepth = other === title ? 1 : Math.max(other.depth, 2);
      if (otherDepth <= depth) {
        end = headingIdx[k];
        break;
      }
    }
    // The title owns no body: its "section" would otherwise swallow the whole document.
    const body = heading === title ? [] : blocks.slice(start + 1, end);
    while (open.length && open[open.length - 1].depth >= depth) open.pop();
    const parent = open.length ? open[open.length - 1].index : -1;
    sections.push(makeSection(heading, body, depth, parent, heading === title));
    open.push({ depth, index: sections.length - 1 });
  }
  return sections;
}

/** A heading that runs on into its first sentence names its topic in the first words. */
const LONG_HEADING = 60;
const LONG_HEADING_TOPIC_PREFIX = 30;
/** A body this long that never names one of its heading's topics is about the others alone. */
const CONFIRM_MIN_BODY = 400;

function makeSection(heading: Block | null, body: Block[], level: number, parent: number, isTitle: boolean): Section {
  const named = heading && heading.text.length > LONG_HEADING ? heading.text.slice(0, LONG_HEADING_TOPIC_PREFIX) : heading?.text;
  // "개인위치정보 처리방침" inside a policy names a section, not the document.
  const headingTopicList = named ? headingTopics(named).filter((t) => isTitle || t !== "title") : [];
  const text = body.map((b) => b.text).join("\n");
  const first = heading ?? body[0];
  const last = body.length ? body[body.length - 1] : first;
  const span: Span = { start: first ? first.span.start : 0, end: last ? last.span.end : 0 };
  const topics = [...headingTopicList];
  // A heading naming several topics keeps only those its body confirms, when the body is long
  // enough to tell ("개인정보의 수집 및 이용 목적" is purpose; "수집" alone is not items).
  return {
    heading,
    title: heading ? heading.text : "",
    level,
    topics: confirmTopics(topics, text),
    headingTopics: headingTopicList,
    blocks: body,
    text,
    span,
    parent,
    isToc: false,
  };
}

/** Every topic a heading names stays unless a long body never mentions it (failure class H). */
function confirmTopics(topics: TopicId[], body: string): TopicId[] {
  if (topics.length <= 1 || body.length < CONFIRM_MIN_BODY) return topics;
  const confirmed = topics.filter((t) => bodySignalCount(t, body) > 0);
  return confirmed.length ? confirmed : topics;
}

const EFFECTIVE_WORDS = /시행|적용|효력|발효|공고|부터|수정일|개정일|기준일|변경일|최종\s*수정|갱신|업데이트|게시일|effective|updated/i;
const PAST_WORDS = /이전|종전|기존|변경\s*전/;

function findEffectiveDate(text: string, entities: Entity[], lines: LineIndex): Policy["effectiveDate"] {
  let best: Policy["effectiveDate"] = null;
  for (const e of entities) {
    if (e.kind !== "date") continue;
    const line = lines.lineOf(e.span.start);
    const lineText = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const near = text.slice(Math.max(lines.lineStart(line), e.span.start - 40), Math.min(lines.lineEnd(line), e.span.end + 20));
    if (!EFFECTIVE_WORDS.test(near)) continue;
    if (PAST_WORDS.test(lineText) && !/시행/.test(near)) continue;
    if (!best || e.value > best.value) best = { value: e.value, span: e.span };
  }
  return best;
}
