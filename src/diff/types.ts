/**
 * A semantic comparison of two versions of one policy: what changed in legal terms (elements,
 * recipients, items, periods, dates), and the changed passages side by side for a 신·구 대조표.
 */
import type { Span, TopicId } from "../policy/types.js";

export type Side = "old" | "new";

/** A place in one version: a span of its text and the 1-based line it starts on. */
export interface Place {
  side: Side;
  span: Span;
  line: number;
}

/** The kinds of fact a policy states and a comparison follows. */
export type FactKind =
  | "recipient"
  | "processor"
  | "overseas-recipient"
  | "country"
  | "item"
  | "purpose"
  | "retention"
  | "officer"
  | "contact";

export interface Fact {
  kind: FactKind;
  /** Comparison key: spacing, corporate suffixes and punctuation removed. */
  key: string;
  /** As written in the policy. */
  text: string;
  place: Place;
  /** Retention facts: the period in days, or "event" for "탈퇴 시까지" and the like. */
  period?: string;
}

export type FactChangeKind = "added" | "removed" | "longer" | "shorter";

export interface FactChange {
  kind: FactKind;
  change: FactChangeKind;
  text: string;
  /** Where the fact stands: in the new version, or in the old one for a removal. */
  place: Place;
  /** Retention changes: the old and new period as written. */
  before?: string;
  after?: string;
}

export interface ElementChange {
  topic: TopicId;
  change: "added" | "removed" | "changed";
  place: Place;
}

/** One stretch of blocks that differs: the old blocks beside the new ones (either side may be empty). */
export interface Passage {
  old: PassageSide | null;
  new: PassageSide | null;
  /** Only the effective date or the change history moved: not a change of content. */
  meta: boolean;
}

export interface PassageSide {
  text: string;
  line: number;
  endLine: number;
  /** Each block of the passage with the line it starts on. */
  blocks: { line: number; text: string }[];
}

/** An article (top-level section) of either version and the passages that changed in it. */
export interface ArticleChange {
  title: string;
  change: "added" | "removed" | "changed";
  oldLine: number | null;
  newLine: number | null;
  passages: Passage[];
}

export interface DatedEntry {
  date: string;
  text: string;
  place: Place;
}

export interface PolicyDiff {
  effectiveDate: { old: DatedEntry | null; new: DatedEntry | null };
  /** True when a passage other than the effective date or the change history differs. */
  contentChanged: boolean;
  elements: ElementChange[];
  facts: FactChange[];
  /** Change-history or previous-version entries the new version added. */
  history: DatedEntry[];
  /** True when the new version has a change history or list of previous versions at all. */
  hasHistory: boolean;
  articles: ArticleChange[];
}
