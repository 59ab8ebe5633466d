import type { Locale, Localized, Rule, SeverityName, Facts } from "../rule-api.js";
import type { Policy } from "../policy/types.js";

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

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
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
