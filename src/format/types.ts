import type { LintResult } from "../engine/types.js";
import type { Locale, RuleMeta } from "../rule-api.js";

export interface FormatContext {
  cwd: string;
  color: boolean;
  locale: Locale;
  rules: ReadonlyMap<string, RuleMeta>;
  env: Record<string, string | undefined>;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string | Promise<string>;
