/**
 * The library API, shaped like ESLint's: `lintText(text, { filePath })`, `lintFiles(patterns)`,
 * `loadFormatter(name)` giving `{ format(results) }`, `loadConfig({ cwd })`. A thin facade over the
 * engine (src/engine/linter.ts), which the CLI and the worker threads use directly.
 */
import { builtInRules } from "../rules/index.js";
import { loadConfig as loadConfigFiles, type LoadedConfig } from "./config/load.js";
import { UsageError } from "./config/errors.js";
import { createLinter, lintDocument, type LintOptions, type Linter } from "./engine/linter.js";
import type { LintResult } from "./engine/types.js";
import { FORMAT_NAMES, loadFormatter as loadFormatterFunction, type FormatContext } from "./format/index.js";
import type { RuleMeta } from "./rule-api.js";

export interface LintTextOptions extends LintOptions {
  /** Where the text would live: picks the parser by extension and the config overrides that apply; "<text>" by default. */
  filePath?: string;
  /** A Linter from `createLinter`, to reuse one configuration across calls. */
  linter?: Linter;
}

/** Lints text already in memory (an editor buffer, stdin). */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  if (typeof text !== "string") throw new TypeError(`lintText: the first argument must be the text to lint (a string), not ${describe(text)}`);
  if (!isOptions(options as unknown)) throw new TypeError(`lintText: the second argument must be an options object such as { filePath: "policy.md" }, not ${describe(options)}`);
  const { filePath = "<text>", linter, ...lintOptions } = options;
  return lintDocument(text, filePath, linter ?? (await createLinter(lintOptions)));
}

export interface LoadConfigOptions {
  /** Where the search for a configuration file starts; `process.cwd()` by default. */
  cwd?: string;
  /** A configuration file to use instead of searching. */
  configPath?: string;
}

/** The configuration that applies in `cwd` (found as the CLI finds it), after presets. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  if (!isOptions(options as unknown)) throw new TypeError(`loadConfig: expected an options object such as { cwd: process.cwd() }, not ${describe(options)}`);
  for (const key of ["cwd", "configPath"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "string") throw new TypeError(`loadConfig: "${key}" must be a path (a string), not ${describe(options[key])}`);
  }
  return loadConfigFiles({ cwd: options.cwd ?? process.cwd(), configPath: options.configPath });
}

export interface LoadedFormatter {
  /** Renders results as the CLI prints them with `--format NAME`. */
  format(results: LintResult[], context?: Partial<FormatContext>): Promise<string>;
}

/**
 * A report format by name (stylish, json, github, sarif, checklist, html). The context defaults to
 * what a script usually wants: no colours, Korean messages, the current folder, the built-in rules.
 */
export async function loadFormatter(name = "stylish"): Promise<LoadedFormatter> {
  const formatter = typeof name === "string" ? await loadFormatterFunction(name) : undefined;
  if (!formatter) throw new UsageError(`loadFormatter: unknown format ${describe(name)}; expected one of ${FORMAT_NAMES.join(", ")}`);
  return {
    format: async (results, context = {}) =>
      formatter(results, {
        cwd: process.cwd(),
        color: false,
        locale: "ko",
        rules: new Map<string, RuleMeta>(builtInRules.map((r) => [r.meta.id, r.meta])),
        env: process.env,
        ...context,
      }),
  };
}

function isOptions(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value).slice(0, 40)}`;
}

export { createLinter, lintBytes, lintFiles } from "./engine/linter.js";
export type { LintOptions, Linter, TextLintResult } from "./engine/linter.js";
export { ConfigError, UsageError } from "./config/errors.js";
export type { ElementState, ElementStatus, InlineDirective, LintMessage, LintResult, SuppressedMessage } from "./engine/types.js";
export { elementTotals, CORE_ELEMENTS } from "./engine/elements.js";
export type { LoadedConfig } from "./config/load.js";
