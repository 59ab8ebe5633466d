/** The library API: `import { lintText, lintFiles, loadConfig, loadFormatter } from "policy-lint"`. */
export { createLinter, lintText, lintFiles, lintBytes, loadConfig, loadFormatter, ConfigError, UsageError, elementTotals, CORE_ELEMENTS } from "./api.js";
export type { LintOptions, LintTextOptions, LoadConfigOptions, LoadedFormatter, LoadedConfig, Linter, TextLintResult, LintMessage, LintResult, ElementState, ElementStatus, InlineDirective, SuppressedMessage } from "./api.js";
export { FORMAT_NAMES } from "./format/index.js";
export { main } from "./cli/main.js";
export * from "./rule-api.js";
import { FORMAT_NAMES, loadFormatter } from "./format/index.js";

/** Raw formatter functions by name, loaded on first use (`loadFormatter` wraps them with defaults). */
export const formatters = { names: FORMAT_NAMES, load: loadFormatter };
