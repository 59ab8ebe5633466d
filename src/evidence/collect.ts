/**
 * The evidence collector: for one element, reads the sections named for it, the plain-language
 * sections whose body is about it, tables whose header names its fields, and statements elsewhere;
 * attributes each piece; and returns the verdict. Element-specific judgement lives in
 * ./elements.ts; this file holds what every element shares.
 */
import type { Block, Policy, Section, Span, Table, TopicId } from "../policy/types.js";
import type { PolicyQuery } from "../policy/query.js";
import { hasSubstance } from "../policy/query.js";
import { normalizeHeading } from "../policy/classify.js";
import { attribute, hasPlaceholder, type Sentence } from "./attribute.js";
import type { ElementEvidence, ElementId, Evidence, EvidenceKind, EvidenceSource, Gap, Party } from "./types.js";

/** Longer than a heading is written: the line runs on into the article's first sentence. */
const RUN_ON_HEADING = 40;
/** Bounds of a line that can be an article's title repeated from the table of contents. */
const RECURRING_TITLE_MIN = 6;
const RECURRING_TITLE_MAX = 60;
/** A shorter line stands for the promised title only when it keeps most of it ("회사의" dropped). */
const RECURRING_TITLE_SHARE = 0.6;

interface TitleLine {
  start: number;
  end: number;
  key: string;
}

/** A document's lines that can repeat an article's title, normalised once for every element. */
const TITLE_LINES = new WeakMap<Policy, TitleLine[]>();

function titleLines(policy: Policy): TitleLine[] {
  let lines = TITLE_LINES.get(policy);
  if (!lines) {
    lines = [];
    let start = 0;
    for (const line of policy.text.split("\n")) {
      const key = normalizeHeading(line);
      if (key.length >= RECURRING_TITLE_MIN && key.length <= RECURRING_TITLE_MAX) lines.push({ start, end: start + line.length, key });
      start += line.length + 1;
    }
    TITLE_LINES.set(policy, lines);
  }
  return lines;
}

export class EvidenceCollector {
  readonly accepted: Evidence[] = [];
  readonly rejected: Evidence[] = [];
  readonly gaps: Gap[] = [];

  constructor(
    readonly q: PolicyQuery,
    readonly element: ElementId,
  ) {}

  get policy() {
    return this.q.policy;
  }

  /** Sections whose heading (or heading-confirmed body) names the element, outside the TOC. */
  sections(topic: TopicId = this.element): Section[] {
    return this.q.sections(topic);
  }

  /** A section's own body blocks: no heading, no TOC line, no generator example. */
  body(section: Section): Block[] {
    const blocks = section.blocks.filter((b) => b.kind !== "heading" && this.q.isProse(b));
    // A heading that runs on into its first sentences carries body text of its own.
    return section.heading && section.heading.text.length > RUN_ON_HEADING ? [section.heading, ...blocks] : blocks;
  }

  sentencesIn(blocks: Block[]): Sentence[] {
    return this.q.sentencesIn(blocks);
  }

  /**
   * The sentences of the blocks that pass `may`, a judge's cheap first test (./prefilter.ts): a
   * block that fails it holds no sentence the judge would take up, and is not split at all.
   */
  sentencesWhere(blocks: Block[], may?: (block: Block) => boolean): Sentence[] {
    if (!may) return this.sentencesIn(blocks);
    const found: Sentence[] = [];
    for (const block of blocks) if (may(block)) for (const sentence of this.q.sentences(block)) found.push(sentence);
    return found;
  }

  /** Prose blocks outside every section of the topic (statements elsewhere). */
  outside(topic: TopicId = this.element): Block[] {
    return this.q.proseOutside(topic);
  }

  /** Tables anywhere whose header (or first row, when the header is empty) matches. */
  tablesWithHeader(header: RegExp): { table: Table; index: number; header: string[] }[] {
    const out: { table: Table; index: number; header: string[] }[] = [];
    this.policy.tables.forEach((table, index) => {
      let cells = table.header.map((c) => c.text.trim());
      if (!cells.some(Boolean) && table.rows.length) cells = table.rows[0].map((c) => c.text.trim());
      if (cells.some((c) => header.test(c))) out.push({ table, index, header: cells });
    });
    return out;
  }

  /**
   * True when the table of contents promises the element's article and the document has none:
   * the article was dropped, and its words elsewhere belong to the articles they stand in.
   */
  get promisedButAbsent(): boolean {
    if (this.sections().length) return false;
    const promises = this.policy.toc.filter((t) => t.topics.includes(this.element));
    if (!promises.length) return false;
    // The article may stand in the text without being read as a heading: its title recurs on a line of its own.
    const lines = titleLines(this.policy);
    return !promises.some((t) => {
      const key = normalizeHeading(t.text);
      return key.length >= RECURRING_TITLE_MIN && lines.some((l) => (l.end < t.span.start || l.start >= t.span.end) && (l.key.includes(key) || (key.includes(l.key) && l.key.length >= key.length * RECURRING_TITLE_SHARE)));
    });
  }

  sectionIndex(section: Section): number {
    return this.policy.sections.indexOf(section);
  }

  headingEvidence(section: Section, kind: EvidenceKind, reason?: string): Evidence {
    const span = section.heading?.span ?? section.span;
    return { source: "heading", kind, party: "organisation", span, text: section.heading?.text ?? section.title, section: this.sectionIndex(section), ...(reason ? { reason } : {}) };
  }

  piece(source: EvidenceSource, kind: EvidenceKind, party: Party, span: Span, text: string, reason?: string): Evidence {
    return { source, kind, party, span, text: text.length > 160 ? text.slice(0, 157) + "…" : text, ...(reason ? { reason } : {}) };
  }

  accept(e: Evidence): void {
    this.accepted.push(e);
  }

  reject(e: Evidence, reason: string): void {
    this.rejected.push({ ...e, reason: e.reason ?? reason });
  }

  /**
   * Judges sentences against an element's content test: each sentence is attributed first, and
   * only the organisation's own disclosure or denial is accepted. Returns the accepted ones.
   */
  judge(sentences: Sentence[], source: EvidenceSource, content: (text: string, sentence: Sentence) => EvidenceKind | null, opts: { skipAttribution?: boolean } = {}): Evidence[] {
    const found: Evidence[] = [];
    for (const s of sentences) {
      const kind = content(s.text, s);
      if (!kind) continue;
      const e = this.piece(source, kind, "organisation", s.block.span, s.text);
      if (hasPlaceholder(s.text) && !hasSubstance(stripPlaceholders(s.text))) {
        this.reject({ ...e, kind: "placeholder" }, "unfilled template field");
        continue;
      }
      if (!opts.skipAttribution && kind !== "denial") {
        const a = attribute(s.text);
        if (a.kind !== "disclosure") {
          this.reject({ ...e, kind: a.kind, party: a.party }, a.reason ?? a.kind);
          continue;
        }
      }
      this.accept(e);
      found.push(e);
    }
    return found;
  }

  result(verdict: ElementEvidence["verdict"]): ElementEvidence {
    return { element: this.element, topic: this.element, verdict, accepted: this.accepted, rejected: this.rejected, gaps: this.gaps };
  }
}

function stripPlaceholders(text: string): string {
  return text.replace(/[(\[<〈【（［][^)\]>〉】）］\n]{0,30}[)\]>〉】）］]|○+|O{2,}|X{2,}/g, " ");
}
