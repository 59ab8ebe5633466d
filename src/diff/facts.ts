/**
 * Reads from one version of a policy the facts a change is judged by: who receives or processes
 * the data (at home and abroad), which items and purposes, how long, who answers for it, the
 * effective date and the change history. Only the sections named for each element are read, so
 * that a name in an example or a footnote elsewhere is not taken for a recipient.
 */
import { COUNTRIES } from "../data/countries.js";
import { HISTORY_WORDS } from "../data/change-notice.js";
import { findForeignProcessors } from "../data/foreign-processors-match.js";
import { LineIndex } from "../policy/line-index.js";
import { PolicyQuery } from "../policy/query.js";
import type { Block, Policy, Span, TopicId } from "../policy/types.js";
import { nameKey, normalizeText, stripMarkers } from "./normalize.js";
import type { DatedEntry, Fact, FactKind, Place, Side } from "./types.js";

export interface PolicyFacts {
  side: Side;
  policy: Policy;
  lines: LineIndex;
  facts: Fact[];
  effectiveDate: DatedEntry | null;
  history: DatedEntry[];
  /** The blocks of the change history and the effective-date statement: edits there are not content. */
  metaBlocks: Set<Block>;
  hasHistory: boolean;
  /** A block as the source writes it (see sourceText). */
  text(block: Block): string;
}

const NAME_KINDS: [TopicId, FactKind][] = [
  ["third-party", "recipient"],
  ["consignment", "processor"],
  ["overseas-transfer", "overseas-recipient"],
];

/** Table headers of the column that names the recipient or processor. */
const NAME_HEADER = /수탁|업체|제공\s{0,2}받는|이전\s{0,2}받는|받는\s{0,2}자|수령|회사명|기관명|업체명|recipient|processor|vendor|company/i;
/** "제공받는 자: ○○", "수탁업체 : ○○", "이전받는 자(연락처): ○○". */
const LABELLED_NAME =
  /(?:제공\s{0,2}받는\s{0,2}자|수탁\s{0,2}(?:자|업체|사|회사|기관)|이전\s{0,2}받는\s{0,2}자|수령인|업체명|회사명)[^:：\n]{0,12}[:：]\s{0,2}([^\n|/(（:：]{2,60})/g;
const ITEM_HEADER = /항목|수집\s{0,2}정보|정보/;
const PURPOSE_HEADER = /목적/;
const OFFICER_NAME = /성\s{0,2}명\s{0,2}[:：]\s{0,2}([^\s,/()|:：]{2,20})/g;
/** "(주)가나다에 제공합니다": the entity pattern takes the particle glued to a Korean name. */
const PARTICLE = /(?<=[가-힣]{2})(?:에게|에서|으로|에|와|과|의|은|는|을|를|로)$/;
/** Name lists split on commas, except before a corporate suffix ("Paypal, Inc."). */
const NAME_SEPARATOR = /[,、\n](?!\s{0,2}(?:Inc|Ltd|LLC|Corp|Co|GmbH|Limited)\b)/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COUNTRY_BY_ALIAS = new Map(COUNTRIES.flatMap((c) => c.aliases.map((a) => [a.toLowerCase(), c.name] as const)));
const COUNTRY_PATTERN = new RegExp(
  [...COUNTRY_BY_ALIAS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => (/[a-z]/.test(a) ? `(?<![A-Za-z])${escape(a)}(?![A-Za-z])` : escape(a)))
    .join("|"),
  "gi",
);

export function readFacts(policy: Policy, side: Side): PolicyFacts {
  const lines = new LineIndex(policy.text);
  const query = new PolicyQuery(policy);
  const place = (span: Span): Place => ({ side, span, line: lines.position(span.start).line });
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const add = (kind: FactKind, text: string, span: Span, key = normalizeText(text), period?: string) => {
    const clean = text.trim();
    if (!key || !clean || seen.has(`${kind}\u0000${key}`)) return;
    seen.add(`${kind}\u0000${key}`);
    facts.push({ kind, key, text: clean, place: place(span), ...(period !== undefined ? { period } : {}) });
  };
  /** The exact span of `part` inside the block when the source spells it so, else the block. */
  const spanOf = (part: string, within: Span): Span => {
    const at = policy.text.indexOf(part, within.start);
    return at >= 0 && at + part.length <= within.end ? { start: at, end: at + part.length } : within;
  };

  for (const [topic, kind] of NAME_KINDS) {
    const { blocks, tables } = topicBlocks(query, topic);
    const addName = (raw: string, span: Span) => {
      const name = raw.replace(/\s{0,2}등$/, "").trim();
      if (name.length >= 2) add(kind, name, spanOf(name, span), nameKey(name));
    };
    for (const t of tables) {
      const table = policy.tables[t];
      const column = table.header.findIndex((c) => NAME_HEADER.test(c.text));
      if (column < 0) continue;
      for (const row of table.rows) {
        const cell = row[column];
        if (cell) for (const part of cell.text.split(NAME_SEPARATOR)) addName(part, cell.span);
      }
    }
    for (const b of blocks) {
      if (b.kind === "heading" || b.kind === "tableRow") continue;
      for (const m of b.text.matchAll(LABELLED_NAME)) for (const part of m[1].split(NAME_SEPARATOR)) addName(part, b.span);
      for (const e of query.entities("organisation", b.span)) {
        const name = e.text.replace(PARTICLE, "");
        addName(name, { start: e.span.start, end: e.span.start + name.length });
      }
      for (const m of findForeignProcessors(b.text)) addName(m.processor.name, spanOf(m.alias, b.span));
    }
    if (topic === "overseas-transfer") {
      for (const b of blocks) {
        for (const m of b.text.matchAll(COUNTRY_PATTERN)) {
          const name = COUNTRY_BY_ALIAS.get(m[0].toLowerCase())!;
          add("country", name, spanOf(m[0], b.span), name);
        }
      }
    }
  }

  const listFacts = (topic: TopicId, kind: FactKind, header: RegExp, maxPart: number, subheadings: boolean) => {
    const { blocks, tables, sections } = topicBlocks(query, topic);
    const own = new Set(sections.map((s) => s.heading));
    for (const b of blocks) {
      if (b.kind === "tableRow") continue;
      if (b.kind === "heading") {
        if (subheadings && !own.has(b)) add(kind, stripMarkers(b.text), b.span);
        continue;
      }
      for (const part of listParts(b.text, maxPart)) add(kind, part, spanOf(part, b.span));
    }
    for (const t of tables) {
      const table = policy.tables[t];
      table.header.forEach((h, column) => {
        if (!header.test(h.text)) return;
        for (const row of table.rows) {
          const cell = row[column];
          if (!cell) continue;
          const parts = listParts(cell.text, maxPart);
          for (const part of parts.length ? parts : [cell.text.trim()]) add(kind, part, spanOf(part, cell.span));
        }
      });
    }
  };
  listFacts("items", "item", ITEM_HEADER, 30, false);
  listFacts("purpose", "purpose", PURPOSE_HEADER, 40, true);

  for (const b of topicBlocks(query, "retention").blocks) {
    if (b.kind === "heading") continue;
    for (const e of query.entities("duration", b.span)) {
      const key = normalizeText(b.text.replace(e.text, "∎"));
      add("retention", b.text.trim(), e.span, key, e.value);
    }
  }

  for (const b of topicBlocks(query, "privacy-officer").blocks) {
    if (b.kind === "heading") continue;
    for (const m of b.text.matchAll(OFFICER_NAME)) add("officer", m[1], spanOf(m[1], b.span), m[1]);
    for (const kind of ["phone", "email"] as const) for (const e of query.entities(kind, b.span)) add("contact", e.text, e.span, e.value);
  }

  const { history, metaBlocks, hasHistory, effectiveDate } = readHistory(policy, query, lines, place);
  return { side, policy, lines, facts, effectiveDate, history, metaBlocks, hasHistory, text: (b) => sourceText(policy, lines, b) };
}

/**
 * A block's text read from its source lines, not the parsed text: Markdown turns "- 2026. 1. 1.
 * 제정" into nested ordered lists whose block keeps only "제정", and a comparison must see the
 * date. Heading and quote marks and Markdown's emphasis are dropped; HTML and table rows keep the
 * parsed text (cells, not pipes).
 */
export function sourceText(policy: Policy, lines: LineIndex, b: Block): string {
  if (policy.format === "html" || b.kind === "tableRow") return b.text.trim();
  const first = lines.lineOf(b.span.start);
  const last = lines.lineOf(Math.max(b.span.start, b.span.end - 1));
  const raw = policy.text.slice(lines.lineStart(first), lines.lineEnd(last));
  const lineList = raw.split("\n").map((l) => l.replace(/^\s{0,8}(?:#{1,6}\s{1,4}|>\s{0,2}|[-*+•∙](?=\s)\s{0,4})/, ""));
  const text = (policy.format === "markdown" ? lineList.map((l) => l.replace(/\*\*|__|`/g, "")) : lineList).join("\n");
  return text.trim() || b.text.trim();
}

/** Blocks of the sections named for a topic, each once although sections nest, and the tables among them. */
function topicBlocks(query: PolicyQuery, topic: TopicId) {
  const sections = query.sections(topic);
  const seen = new Set<Block>();
  const blocks: Block[] = [];
  const tables = new Set<number>();
  for (const s of sections) {
    for (const b of s.heading ? [s.heading, ...s.blocks] : s.blocks) {
      if (seen.has(b)) continue;
      seen.add(b);
      blocks.push(b);
      if (b.table !== undefined) tables.add(b.table);
    }
  }
  return { sections, blocks: blocks.sort((a, b) => a.span.start - b.span.start), tables: [...tables] };
}

/**
 * The parts of an enumeration ("이메일, 암호화된 비밀번호, 이름 등"), or none when the block is a
 * sentence. Commas inside brackets do not split; a short label before a colon is dropped.
 */
export function listParts(text: string, maxPart: number): string[] {
  let body = stripMarkers(text);
  const colon = body.search(/[:：]/);
  if (colon > 0 && colon <= 15) body = body.slice(colon + 1);
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of body) {
    if ("(（[".includes(ch)) depth++;
    if (")）]".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ",，、/\n".includes(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const clean = parts.map((p) => p.trim().replace(/\s{0,2}등\s{0,2}[.。]?$/, "").trim()).filter(Boolean);
  if (clean.length < 2) return [];
  if (clean.some((p) => p.length > maxPart || /(?:다|요)\s{0,2}[.。]?$/.test(p))) return [];
  return clean;
}

function readHistory(policy: Policy, query: PolicyQuery, lines: LineIndex, place: (span: Span) => Place) {
  // Read from the source lines: Markdown takes "- 2026. 1. 1. 제정" for nested ordered lists, and
  // the block keeps only "제정" while the date stands on its line.
  const lineSpan = (b: Block): Span =>
    policy.format === "html" ? b.span : { start: lines.lineStart(lines.lineOf(b.span.start)), end: lines.lineEnd(lines.lineOf(Math.max(b.span.start, b.span.end - 1))) };
  const metaBlocks = new Set<Block>();
  const effective = policy.effectiveDate;
  const effectiveBlock = effective ? policy.blocks.find((b) => b.span.start <= effective.span.start && effective.span.end <= b.span.end) : undefined;
  if (effectiveBlock) metaBlocks.add(effectiveBlock);

  const historyBlocks: Block[] = [];
  let hasHistory = false;
  for (const s of policy.sections) {
    if (s.isToc || !s.heading || !HISTORY_WORDS.test(s.heading.text)) continue;
    hasHistory = true;
    for (const b of [s.heading, ...s.blocks]) historyBlocks.push(b);
  }
  const prose = query.prose();
  for (let i = 0; i < prose.length; i++) {
    if (!HISTORY_WORDS.test(prose[i].text)) continue;
    hasHistory = true;
    historyBlocks.push(prose[i]);
    // The list that follows "이전 개인정보 처리방침 보기": dated lines up to the next heading.
    for (let k = i + 1; k < prose.length && prose[k].kind !== "heading" && query.entities("date", lineSpan(prose[k])).length; k++) historyBlocks.push(prose[k]);
  }
  const history: DatedEntry[] = [];
  const seen = new Set<Block>();
  for (const b of historyBlocks) {
    metaBlocks.add(b);
    if (seen.has(b) || b === effectiveBlock) continue;
    seen.add(b);
    const span = lineSpan(b);
    const date = query.entities("date", span)[0];
    const text = policy.format === "html" ? b.text : stripMarkers(policy.text.slice(span.start, span.end));
    if (date && !history.some((h) => h.place.span.start === span.start)) history.push({ date: date.value, text: text.trim(), place: place(span) });
  }
  const effectiveDate: DatedEntry | null = effective && effectiveBlock ? { date: effective.value, text: effectiveBlock.text.trim(), place: place(effective.span) } : null;
  return { history: history.sort((a, b) => a.place.span.start - b.place.span.start), metaBlocks, hasHistory, effectiveDate };
}
