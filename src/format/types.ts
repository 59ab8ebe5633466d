import type { LintResult, RuleSetting } from "../engine/types.js";
import type { Facts, Locale, RuleMeta } from "../rule-api.js";

/** The settings one file was linted with, for reports that record them. */
export interface FileSettings {
  facts: Facts;
  rules: ReadonlyMap<string, RuleSetting>;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  locale: Locale;
  rules: ReadonlyMap<string, RuleMeta>;
  env: Record<string, string | undefined>;
  /** Print the legal basis and docs link under each finding (stylish). */
  verbose?: boolean;
  /** When the report was made (html); defaults to now. */
  generatedAt?: Date;
  /** The configuration file used, or null for the built-in default (html). */
  configFile?: string | null;
  /** Whether policy-lint-disable comments in documents were obeyed (html). */
  inlineConfig?: boolean;
  /** The resolved settings for a file (html). */
  settingsFor?: (filePath: string) => FileSettings;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string | Promise<string>;
