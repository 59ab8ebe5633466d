import type { Locale } from "../../rule-api.js";
import type { PolicyDiff } from "../types.js";

/** One compared file: the two labels shown as 구 and 신, and the comparison (null: the file is new at the base). */
export interface DiffReport {
  path: string;
  oldLabel: string;
  newLabel: string;
  diff: PolicyDiff | null;
}

export interface DiffFormatContext {
  locale: Locale;
  color: boolean;
}

export type DiffFormatter = (reports: DiffReport[], context: DiffFormatContext) => string;
