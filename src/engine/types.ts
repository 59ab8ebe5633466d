import type { Locale, Localized, Rule, SeverityName, Facts } from "../rule-api.js";
import type { Policy, TopicId } from "../policy/types.js";

export interface LintSuggestion {
  desc: string;
  text: string;
}

export interface LintMessage {
  ruleId: string | null;
  messageId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  /** ESLint-style fix: offsets into the file's decoded text as it is on disk. */
  fix?: { range: [number, number]; text: string };
  suggestions?: LintSuggestion[];
}

/** A finding an inline comment in the document hid (ESLint's suppressedMessages). */
export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: "directive"; justification: string }[];
}

/** A policy-lint-disable/enable comment found in the document. */
export interface InlineDirective {
  kind: "disable" | "enable" | "disable-line" | "disable-next-line";
  /** The rules it names; null for every rule. */
  rules: string[] | null;
  line: number;
  column: number;
  /** Findings it hid, by rule id (always empty for enable comments). */
  hidden: Record<string, number>;
}

/**
 * What the report may say about one element of the policy (pipa.md §1.4):
 * - present: the rule ran and reported nothing; the policy addresses the element.
 * - needs-work: addressed, but the rule reported what it lacks (a field, a period, a contact).
 * - wrong: addressed in the wrong form (a title that is not 개인정보 처리방침).
 * - missing: the rule reported the element absent.
 * - not-checked: the rule was off, or an inline comment hid its findings; nothing is claimed.
 * - not-needed: a conditional element nothing in the facts or the text makes required.
 */
export type ElementState = "present" | "needs-work" | "wrong" | "missing" | "not-checked" | "not-needed";

export interface ElementStatus {
  element: TopicId;
  ruleId: string;
  state: ElementState;
  /** One of the elements every policy must address (pipa.md §1.4), as opposed to a conditional one. */
  core: boolean;
  /** Line of the title or section that addresses the element, when it has one of its own. */
  line?: number;
  /** Findings of the rule in the report (hidden ones excluded). */
  findings: number;
  /** Why it was not checked. */
  notChecked?: { by: "config" } | { by: "error" } | { by: "inline"; lines: number[] };
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings hidden by inline comments in the document. */
  suppressedMessages?: SuppressedMessage[];
  /** Inline comments the document contains (none when inline configuration is off). */
  directives?: InlineDirective[];
  /** The state of each element, from the findings, the configuration and the comments applied. */
  elements?: ElementStatus[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when fixes were applied. */
  output?: string;
  /** The model, for reports that show the outline or checklist (not serialised). */
  policy?: Policy;
}

export interface RuleSetting {
  severity: SeverityName;
  /** The user chose the severity (config file, override or --rule), rather than a preset. */
  explicit?: boolean;
  options: Record<string, unknown>;
}

/** The configuration that applies to one file, after presets, overrides and CLI flags. */
export interface ResolvedConfig {
  rules: Map<string, RuleSetting>;
  facts: Facts;
  locale: Locale;
}

export interface RuleRegistry {
  get(id: string): Rule | undefined;
  all(): Rule[];
}

export type { Locale, Localized };
