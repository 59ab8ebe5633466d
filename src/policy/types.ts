/**
 * The Policy model: what rules read. Every position is a character offset into `Policy.text`,
 * the decoded document with line endings normalised to LF, so that the same text gives the same
 * findings whatever its encoding or line endings.
 */

/** Half-open character range [start, end) in `Policy.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Element ids of ../shared/spec/pipa.md §1.4, named as the rules that check them. */
export type TopicId =
  | "title"
  | "purpose"
  | "items"
  | "retention"
  | "destruction"
  | "third-party"
  | "consignment"
  | "overseas-transfer"
  | "safety-measures"
  | "auto-collection"
  | "behavioral-ads"
  | "rights"
  | "privacy-officer"
  | "access-request"
  | "redress"
  | "changes"
  | "sensitive-info"
  | "pseudonymous"
  | "automated-decision"
  | "data-portability"
  | "children"
  | "domestic-agent"
  | "cctv"
  | "additional-use"
  | "labeling"
  | "toc";

export type BlockKind = "heading" | "paragraph" | "listItem" | "tableRow" | "code" | "html";

/** One unit of text in reading order: a heading, a paragraph, a list item or a table row. */
export interface Block {
  kind: BlockKind;
  /** Plain text with inline markup removed; line breaks inside the block kept as "\n". */
  text: string;
  span: Span;
  /** Heading depth (1–6) for headings; nesting depth for list items; 0 otherwise. */
  depth: number;
  /** Index of the table in `Policy.tables` for table rows. */
  table?: number;
}

export interface TableCell {
  text: string;
  span: Span;
}

export interface Table {
  header: TableCell[];
  rows: TableCell[][];
  span: Span;
}

export interface Section {
  /** Heading block, or null for the text before the first heading. */
  heading: Block | null;
  /** Heading text after stripping numbering and brackets (see normalizeHeading). */
  title: string;
  level: number;
  /** Topics the section addresses, strongest first. */
  topics: TopicId[];
  /** Topics matched from the heading text alone. */
  headingTopics: TopicId[];
  /** Blocks under this heading up to the next heading of the same or a higher level, subsections included (nested sections overlap). */
  blocks: Block[];
  /** Body text of `blocks` joined with "\n". */
  text: string;
  span: Span;
  /** Index of the parent section in `Policy.sections`, or -1. */
  parent: number;
  /** True when the section is a table of contents (a list of heading-like lines with no body). */
  isToc: boolean;
}

export type EntityKind =
  | "phone"
  | "email"
  | "url"
  | "date"
  | "duration"
  | "law"
  | "organisation";

export interface Entity {
  kind: EntityKind;
  /** The text as written. */
  text: string;
  span: Span;
  /** Normalised value: digits of a phone, ISO date, lower-cased e-mail/URL, law name without brackets, duration in days or an end-event keyword. */
  value: string;
}

export interface TocEntry {
  text: string;
  topics: TopicId[];
  span: Span;
}

export interface Policy {
  /** Decoded text, LF line endings. */
  text: string;
  format: "markdown" | "text" | "html";
  blocks: Block[];
  sections: Section[];
  tables: Table[];
  entities: Entity[];
  toc: TocEntry[];
  /** The title block (the document's name), if one was found. */
  title: Block | null;
  /** The policy's effective date (ISO yyyy-mm-dd) when stated. */
  effectiveDate: { value: string; span: Span } | null;
}
