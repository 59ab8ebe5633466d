/** Read helpers over a Policy, so that rules say what they look for, not how to walk the model. */
import type { Block, Entity, EntityKind, Policy, Section, Span, TopicId } from "./types.js";
import { collectEvidence } from "../evidence/index.js";
import { sentencesOf, type Sentence } from "../evidence/attribute.js";
import type { ElementEvidence, ElementId } from "../evidence/types.js";
import { PLACEHOLDER_SHAPES } from "../data/evidence-shapes.js";

/** Index of the first entity starting at or after `offset` in a list sorted by start. */
function lowerBound(list: Entity[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PolicyQuery {
  constructor(readonly policy: Policy) {}

  /** The evidence and verdict for one element, collected once per document. */
  evidence(element: ElementId): ElementEvidence {
    let found = this.evidenceCache.get(element);
    if (!found) {
      found = collectEvidence(this, element);
      this.evidenceCache.set(element, found);
    }
    return found;
  }
  private readonly evidenceCache = new Map<ElementId, ElementEvidence>();

  /** Sections whose heading names the topic. */
  sections(topic: TopicId): Section[] {
    let found = this.sectionCache.get(topic);
    if (!found) {
      found = this.policy.sections.filter((s) => !s.isToc && s.topics.includes(topic));
      this.sectionCache.set(topic, found);
    }
    return found;
  }
  private readonly sectionCache = new Map<TopicId, Section[]>();

  /** A block's sentences, split once per document: every element's judge reads the same blocks. */
  sentences(block: Block): Sentence[] {
    let found = this.sentenceCache.get(block);
    if (!found) {
      found = sentencesOf(block);
      this.sentenceCache.set(block, found);
    }
    return found;
  }
  private readonly sentenceCache = new Map<Block, Sentence[]>();

  /**
   * The sentences of a list of blocks, kept for the list: every element reads the statements outside
   * its own sections (the same proseOutside list), and a document may have a million lines.
   */
  sentencesIn(blocks: Block[]): Sentence[] {
    let found = this.sentenceListCache.get(blocks);
    if (!found) {
      found = [];
      for (const block of blocks) for (const sentence of this.sentences(block)) found.push(sentence);
      this.sentenceListCache.set(blocks, found);
    }
    return found;
  }
  private readonly sentenceListCache = new WeakMap<Block[], Sentence[]>();

  /** Prose blocks (headings aside) outside every section of the topic, once per topic. */
  proseOutside(topic: TopicId): Block[] {
    let found = this.outsideCache.get(topic);
    if (!found) {
      const spans = this.sections(topic).map((s) => s.span);
      // Topics without a section share one list, and so one split into sentences.
      this._body ??= this.prose().filter((b) => b.kind !== "heading");
      found = spans.length ? this._body.filter((b) => !spans.some((s) => b.span.start >= s.start && b.span.end <= s.end)) : this._body;
      this.outsideCache.set(topic, found);
    }
    return found;
  }
  private readonly outsideCache = new Map<TopicId, Block[]>();
  private _body?: Block[];

  /** Entities of a kind, inside `span` when given: a binary search, since rules ask once per block. */
  entities(kind: EntityKind, span?: Span): Entity[] {
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.policy.entities.filter((e) => e.kind === kind).sort((a, b) => a.span.start - b.span.start);
      this.byKind.set(kind, list);
    }
    if (!span) return list;
    const out: Entity[] = [];
    for (let i = lowerBound(list, span.start); i < list.length && list[i].span.start < span.end; i++) {
      if (list[i].span.end <= span.end) out.push(list[i]);
    }
    return out;
  }
  private readonly byKind = new Map<EntityKind, Entity[]>();


  /** First match of `pattern` in the raw text (inside `span`), as a span of `Policy.text`. */
  find(pattern: RegExp, span?: Span): Span | null {
    const from = span?.start ?? 0;
    const slice = this.policy.text.slice(from, span?.end ?? this.policy.text.length);
    const m = pattern.exec(slice);
    return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
  }

  /** Every match of a global `pattern` in the raw text (inside `span`). */
  findAll(pattern: RegExp, span?: Span): { span: Span; match: RegExpMatchArray }[] {
    const from = span?.start ?? 0;
    const slice = this.policy.text.slice(from, span?.end ?? this.policy.text.length);
    const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
    return [...slice.matchAll(new RegExp(pattern.source, flags))].map((m) => ({
      span: { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length },
      match: m,
    }));
  }

  /** The innermost headed section containing an offset: the last one starting before it, or an ancestor. */
  sectionAt(offset: number): Section | null {
    const sections = this.policy.sections;
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid].span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i = sections[i].parent) {
      const s = sections[i];
      if (s.heading && offset <= s.span.end) return s;
    }
    return null;
  }

  /** Span of the section's heading, or of the section itself. */
  headingSpan(section: Section): Span {
    return section.heading?.span ?? section.span;
  }


  isTocBlock(block: Block): boolean {
    return this.tocStarts.has(block.span.start);
  }

  private get tocStarts(): Set<number> {
    this._tocStarts ??= new Set(this.policy.toc.map((t) => t.span.start));
    return this._tocStarts;
  }
  private _tocStarts?: Set<number>;

  /** The document's own text: every block outside the table of contents and the generator's examples. */
  prose(): Block[] {
    this._prose ??= this.policy.blocks.filter((b) => !this.isTocBlock(b) && !this.isTemplate(b));
    return this._prose;
  }
  private _prose?: Block[];

  /** The prose blocks as a set, for asking of any block whether it is prose. */
  isProse(block: Block): boolean {
    this._proseSet ??= new Set(this.prose());
    return this._proseSet.has(block);
  }
  private _proseSet?: Set<Block>;

  /** Prose blocks whose text matches `pattern`. */
  statements(pattern: RegExp): Block[] {
    return this.prose().filter((b) => pattern.test(b.text));
  }

  /** Sections of the topic whose body says something real (not empty, not a template blank or example). */
  substantiveSections(topic: TopicId): Section[] {
    return this.sections(topic).filter((s) => hasSubstance(s.blocks.filter((b) => !this.isTemplate(b)).map((b) => b.text).join("\n")));
  }

  /**
   * Generator instructions left in the text ("☞ 아래 예시를 참고하여 … 기재합니다") and the example
   * that follows them up to the next heading: the policy's author never filled them in.
   */
  isTemplate(block: Block): boolean {
    if (!this._template) {
      this._template = new Set();
      let inExample = false;
      for (const b of this.policy.blocks) {
        if (b.kind === "heading") inExample = false;
        if (TEMPLATE_INSTRUCTION.test(b.text)) inExample = inExample || /예시/.test(b.text);
        if (inExample || TEMPLATE_INSTRUCTION.test(b.text)) this._template.add(b);
      }
    }
    return this._template.has(block);
  }
  private _template?: Set<Block>;
}

const TEMPLATE_INSTRUCTION = /^\s*(?:☞|\(예시\)|<예시>|\[예시\])/;

/** Template marks that are blanks wherever they stand (the field shapes are in src/data/evidence-shapes.ts). */
const PLACEHOLDER_MARK = /○○|＊＊|\*\*\*|☞|작성\s*$|\(예시\)|예시\)|\[\s*\]|00년|0000/g;

/** The text with every unfilled field and template mark taken out. */
export function withoutPlaceholders(text: string): string {
  let t = text.replace(PLACEHOLDER_MARK, " ");
  for (const shape of PLACEHOLDER_SHAPES) t = t.replace(shape.pattern, " ");
  return t;
}

/** True when the text is a template blank: nothing but unfilled fields and marks, or nothing after a colon. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || /[:：]\s*$/.test(t)) return true;
  return withoutPlaceholders(t).replace(/[\s\d.,:;|\-·•*()\[\]<>'"‘’“”]/g, "").length < 2;
}

/** At least one line of body text that, its blanks taken out, carries some words. */
export function hasSubstance(text: string): boolean {
  return text.split("\n").some((line) => {
    const t = withoutPlaceholders(line.trim());
    return t.replace(/[\s\d.,:;|\-·•*()\[\]<>'"‘’“”]/g, "").length >= 4 && !/[:：]\s*$/.test(line.trim());
  });
}
