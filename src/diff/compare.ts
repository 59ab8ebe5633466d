/**
 * Compares two versions of one policy: elements, facts, the effective date and history, and the
 * changed passages of each article for a 신·구 대조표.
 */
import { headingTopics, normalizeHeading } from "../policy/classify.js";
import { PolicyQuery } from "../policy/query.js";
import type { Block, Policy, TopicId } from "../policy/types.js";
import { readFacts, type PolicyFacts } from "./facts.js";
import { commonPairs } from "./lcs.js";
import { normalizeText } from "./normalize.js";
import type { ArticleChange, ElementChange, FactChange, Passage, PassageSide, PolicyDiff } from "./types.js";

export function diffPolicies(oldPolicy: Policy, newPolicy: Policy): PolicyDiff {
  const before = readFacts(oldPolicy, "old");
  const after = readFacts(newPolicy, "new");
  const articles = compareArticles(before, after);
  const oldHistory = new Set(before.history.map((h) => `${h.date}\u0000${normalizeText(h.text)}`));
  return {
    effectiveDate: { old: before.effectiveDate, new: after.effectiveDate },
    contentChanged: articles.some((a) => a.passages.some((p) => !p.meta)),
    elements: compareElements(before, after),
    facts: compareFacts(before, after),
    history: after.history.filter((h) => !oldHistory.has(`${h.date}\u0000${normalizeText(h.text)}`)),
    hasHistory: after.hasHistory,
    articles,
  };
}

const NOT_ELEMENTS = new Set<TopicId>(["title", "toc"]);

function compareElements(before: PolicyFacts, after: PolicyFacts): ElementChange[] {
  const read = (f: PolicyFacts) => {
    const query = new PolicyQuery(f.policy);
    const out = new Map<TopicId, { text: string; block: Block }>();
    for (const s of f.policy.sections) {
      if (s.isToc) continue;
      for (const topic of s.topics) {
        if (NOT_ELEMENTS.has(topic) || out.has(topic)) continue;
        const seen = new Set<Block>();
        const text: string[] = [];
        for (const section of query.sections(topic)) {
          for (const b of section.heading ? [section.heading, ...section.blocks] : section.blocks) {
            if (seen.has(b) || f.metaBlocks.has(b)) continue;
            seen.add(b);
            text.push(normalizeText(f.text(b)));
          }
        }
        out.set(topic, { text: text.join("\n"), block: s.heading ?? s.blocks[0] });
      }
    }
    return out;
  };
  const oldElements = read(before);
  const newElements = read(after);
  const changes: ElementChange[] = [];
  for (const [topic, n] of newElements) {
    const o = oldElements.get(topic);
    const place = { side: "new" as const, span: n.block.span, line: after.lines.position(n.block.span.start).line };
    if (!o) changes.push({ topic, change: "added", place });
    else if (o.text !== n.text) changes.push({ topic, change: "changed", place });
  }
  for (const [topic, o] of oldElements) {
    if (!newElements.has(topic)) changes.push({ topic, change: "removed", place: { side: "old", span: o.block.span, line: before.lines.position(o.block.span.start).line } });
  }
  return changes;
}

function compareFacts(before: PolicyFacts, after: PolicyFacts): FactChange[] {
  const changes: FactChange[] = [];
  const index = (f: PolicyFacts) => new Map(f.facts.map((x) => [`${x.kind}\u0000${x.key}`, x]));
  const oldFacts = index(before);
  const newFacts = index(after);
  for (const [id, n] of newFacts) {
    const o = oldFacts.get(id);
    if (!o) {
      changes.push({ kind: n.kind, change: "added", text: n.text, place: n.place });
      continue;
    }
    if (n.kind === "retention" && o.period !== n.period && o.period !== "event" && n.period !== "event") {
      const longer = Number(n.period) > Number(o.period);
      changes.push({ kind: n.kind, change: longer ? "longer" : "shorter", text: n.text, place: n.place, before: periodText(before, o.place.span), after: periodText(after, n.place.span) });
    }
  }
  for (const [id, o] of oldFacts) {
    if (!newFacts.has(id)) changes.push({ kind: o.kind, change: "removed", text: o.text, place: o.place });
  }
  return changes.sort((a, b) => (a.place.side === b.place.side ? a.place.span.start - b.place.span.start : a.place.side === "new" ? -1 : 1));
}

function periodText(f: PolicyFacts, span: { start: number; end: number }): string {
  return f.policy.text.slice(span.start, span.end).trim();
}

interface Article {
  title: string;
  key: string;
  topics: TopicId[];
  blocks: Block[];
}

/** The document cut at its top-level headings: the part before them (title, preamble) is an article too. */
function articlesOf(policy: Policy): Article[] {
  const titleSection = policy.sections.findIndex((s) => s.heading !== null && s.heading === policy.title);
  const starts = new Set(
    policy.sections
      .filter((s) => s.heading && !s.isToc && s.heading !== policy.title && (s.parent === -1 || s.parent === titleSection))
      .map((s) => s.heading!),
  );
  const articles: Article[] = [{ title: "", key: "", topics: [], blocks: [] }];
  for (const b of policy.blocks) {
    if (starts.has(b)) articles.push({ title: b.text.trim(), key: normalizeHeading(b.text), topics: headingTopics(b.text), blocks: [] });
    articles[articles.length - 1].blocks.push(b);
  }
  return articles[0].blocks.length ? articles : articles.slice(1);
}

function compareArticles(before: PolicyFacts, after: PolicyFacts): ArticleChange[] {
  const oldArticles = articlesOf(before.policy);
  const newArticles = articlesOf(after.policy);
  const partner = new Map<Article, Article>();
  const taken = new Set<Article>();
  const match = (same: (o: Article, n: Article) => boolean) => {
    for (const n of newArticles) {
      if (partner.has(n)) continue;
      const o = oldArticles.find((x) => !taken.has(x) && same(x, n));
      if (o) {
        partner.set(n, o);
        taken.add(o);
      }
    }
  };
  match((o, n) => o.key === n.key);
  match((o, n) => o.topics.length > 0 && o.topics[0] === n.topics[0]);

  const changes: ArticleChange[] = [];
  const removedAfter = new Map<number, Article[]>();
  oldArticles.forEach((o, i) => {
    if (taken.has(o)) return;
    // Shown after the new article that took the place of the old one before it.
    let k = i - 1;
    while (k >= 0 && !taken.has(oldArticles[k])) k--;
    const anchor = k >= 0 ? newArticles.findIndex((n) => partner.get(n) === oldArticles[k]) : -1;
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), o]);
  });
  const pushRemoved = (anchor: number) => {
    for (const o of removedAfter.get(anchor) ?? []) {
      changes.push({ title: o.title, change: "removed", oldLine: lineOf(before, o.blocks[0]), newLine: null, passages: [{ old: side(before, o.blocks), new: null, meta: o.blocks.every((b) => before.metaBlocks.has(b)) }] });
    }
  };
  pushRemoved(-1);
  newArticles.forEach((n, i) => {
    const o = partner.get(n);
    if (!o) {
      changes.push({ title: n.title, change: "added", oldLine: null, newLine: lineOf(after, n.blocks[0]), passages: [{ old: null, new: side(after, n.blocks), meta: n.blocks.every((b) => after.metaBlocks.has(b)) }] });
    } else {
      const passages = comparePassages(before, o.blocks, after, n.blocks);
      if (passages.length) changes.push({ title: n.title || o.title, change: "changed", oldLine: lineOf(before, o.blocks[0]), newLine: lineOf(after, n.blocks[0]), passages });
    }
    pushRemoved(i);
  });
  return changes;
}

function comparePassages(before: PolicyFacts, oldBlocks: Block[], after: PolicyFacts, newBlocks: Block[]): Passage[] {
  const a = oldBlocks.map((x) => normalizeText(before.text(x)));
  const b = newBlocks.map((x) => normalizeText(after.text(x)));
  // Reflowed lines and re-cut paragraphs: the same words in other blocks are no change.
  if (a.join("") === b.join("")) return [];
  const pairs = commonPairs(a, b);
  const passages: Passage[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (pi > i || pj > j) {
      const o = oldBlocks.slice(i, pi);
      const n = newBlocks.slice(j, pj);
      if (a.slice(i, pi).join("") !== b.slice(j, pj).join("")) {
        const meta = o.every((x) => before.metaBlocks.has(x)) && n.every((x) => after.metaBlocks.has(x));
        passages.push({ old: o.length ? side(before, o) : null, new: n.length ? side(after, n) : null, meta });
      }
    }
    i = pi + 1;
    j = pj + 1;
  }
  return passages;
}

function lineOf(f: PolicyFacts, block: Block): number {
  return f.lines.position(block.span.start).line;
}

function side(f: PolicyFacts, blocks: Block[]): PassageSide {
  return {
    text: blocks.map((b) => f.text(b)).join("\n"),
    line: lineOf(f, blocks[0]),
    endLine: f.lines.position(Math.max(blocks[blocks.length - 1].span.start, blocks[blocks.length - 1].span.end - 1)).line,
    blocks: blocks.map((b) => ({ line: lineOf(f, b), text: f.text(b) })),
  };
}
