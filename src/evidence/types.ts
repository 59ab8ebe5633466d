/**
 * Evidence for an element: what in the text addresses it, whose act it describes and what kind of
 * statement it is. Rules decide from verdicts built on it; `--print-evidence` shows it.
 */
import type { Span, TopicId } from "../policy/types.js";

/** The 14 elements of the checklist (spec §1.4) that have evidence-based verdicts, in the spec's order. */
export const ELEMENT_IDS = [
  "title",
  "purpose",
  "items",
  "retention",
  "destruction",
  "third-party",
  "consignment",
  "overseas-transfer",
  "safety-measures",
  "auto-collection",
  "rights",
  "privacy-officer",
  "redress",
  "changes",
] as const satisfies readonly TopicId[];

export type ElementId = (typeof ELEMENT_IDS)[number];

/** Where a piece of evidence was found. */
export type EvidenceSource = "heading" | "body" | "table" | "statement" | "model";

/** Whose act the text describes. */
export type Party = "organisation" | "processor" | "recipient" | "user" | "agency";

/**
 * What the text does with the element: only the organisation's `disclosure` or `denial` makes an
 * element present; a `thin` section addresses it without the required content.
 */
export type EvidenceKind =
  | "disclosure"
  | "denial"
  | "thin"
  | "cross-reference"
  | "field-label"
  | "mention"
  | "frame"
  | "placeholder"
  | "off-topic";

export interface Evidence {
  source: EvidenceSource;
  kind: EvidenceKind;
  party: Party;
  span: Span;
  /** The sentence or heading that was judged, for display. */
  text: string;
  /** Why the piece was rejected, when it was. */
  reason?: string;
  /** Heading topic section the piece belongs to, when it came from one (index in Policy.sections). */
  section?: number;
}

/**
 * present: the organisation addresses it; thin: addressed without the required content; missing:
 * no evidence; not-needed: a conditional element with no sign that the processing happens.
 */
export type Verdict = "present" | "thin" | "missing" | "not-needed";

/** A required detail the evidence lacks, for the rule's field-level finding. */
export interface Gap {
  id: string;
  span: Span;
}

export interface ElementEvidence {
  element: ElementId;
  /** The topic whose sections were read (the element id). */
  topic: TopicId;
  verdict: Verdict;
  /** Pieces that decided the verdict. */
  accepted: Evidence[];
  /** Pieces that looked like evidence and were not, with the reason. */
  rejected: Evidence[];
  /** Details the accepted evidence lacks (officer without phone, …). */
  gaps: Gap[];
}
