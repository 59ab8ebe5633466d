/** The library API: `import { lintText, lintFiles, loadConfig, formatters } from "policy-lint"`. */
export { createLinter, lintText, lintFiles, lintBytes, loadConfig, ConfigError, UsageError, elementTotals, CORE_ELEMENTS } from "./api.js";
export type { LintOptions, Linter, TextLintResult, LintMessage, LintResult, ElementState, ElementStatus, InlineDirective, SuppressedMessage } from "./api.js";
export { loadFormatter as formatter, FORMAT_NAMES } from "./format/index.js";
export { main } from "./cli/main.js";
export * from "./rule-api.js";
import { FORMAT_NAMES, loadFormatter } from "./format/index.js";

/** Formatters by name, loaded on first use. */
export const formatters = { names: FORMAT_NAMES, load: loadFormatter };
