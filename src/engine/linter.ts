/**
 * The per-file pipeline (read, decode, lint) and the Linter it runs with; the CLI, the worker
 * threads and the library facade (src/api.ts) are all built on it. Per-file isolation: whatever
 * goes wrong with one file becomes a fatal message on that file and the others are still linted.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { builtInRules } from "../../rules/index.js";
import { checkConfig, loadConfig, loadPlugins, Registry, resolveFor, type CliRuleFlags, type LoadedConfig } from "../config/load.js";
import { checkRules, type RuleEntry } from "../config/schema.js";
import { workerCount, type Concurrency } from "./pool-size.js";
import { fatalResult, lintText as lintDecoded } from "./lint.js";
import type { LintResult } from "./types.js";
import { decode, InputError, type Decoded } from "../input/decode.js";
import { findFiles } from "../input/files.js";
import { readAtBase, resolveBase, type BaseVersion } from "../input/git.js";
import type { Locale } from "../rule-api.js";

export interface LintOptions {
  cwd?: string;
  /** Path of a config file; `false` ignores every config file. */
  config?: string | false;
  rules?: Record<string, RuleEntry>;
  locale?: Locale;
  fix?: boolean;
  today?: string;
  /** A git ref (branch, tag, commit): each file is also compared with its version there. */
  base?: string;
  /** Obey policy-lint-disable/enable comments in documents (default true). */
  inlineConfig?: boolean;
  /** Report disable comments that hid nothing, as errors. */
  reportUnusedDisableDirectives?: boolean;
  /** Keep the Policy model on results (for reports that show it); dropped otherwise to save memory and copying. */
  keepModel?: boolean;
  /** Threads that lint a batch of files (src/engine/pool-size.ts); "auto" by default. */
  concurrency?: Concurrency;
}

export interface Linter {
  loaded: LoadedConfig;
  registry: Registry;
  cwd: string;
  options: LintOptions;
  /** The commit `options.base` names, resolved once. */
  base?: BaseVersion;
}

export async function createLinter(options: LintOptions = {}): Promise<Linter> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadConfig({ cwd, configPath: options.config || undefined, noConfig: options.config === false });
  const registry = new Registry(builtInRules);
  if (loaded.config.plugins.length) {
    const from = loaded.filepath ? dirname(loaded.filepath) : cwd;
    await loadPlugins(loaded.config.plugins, from, registry, loaded.filepath ? relative(cwd, loaded.filepath) : "configuration");
  }
  checkConfig(loaded, registry, cwd);
  const cliRules = options.rules ?? {};
  checkRules(cliRules, "--rule", "command line", registry);
  const base = options.base !== undefined ? await resolveBase(cwd, options.base) : undefined;
  return { loaded, registry, cwd, options, ...(base ? { base } : {}) };
}

function flags(linter: Linter): CliRuleFlags {
  return { rules: linter.options.rules ?? {}, locale: linter.options.locale };
}

export interface TextLintResult extends LintResult {
  /** How the file was stored, so that fixes can be written back the same way. */
  decoded?: Decoded;
}

/** Lints text already in memory (an editor buffer, stdin). */
export async function lintDocument(text: string, filePath: string, linter?: Linter): Promise<LintResult> {
  const l = linter ?? (await createLinter());
  const config = resolveFor(filePath, l.loaded, l.registry, flags(l), l.cwd);
  let previous: { text: string; label: string } | undefined;
  if (l.base) {
    const bytes = await readAtBase(l.cwd, l.base, filePath);
    try {
      if (bytes) previous = { text: decode(bytes).text, label: l.base.ref };
    } catch (error) {
      if (error instanceof InputError) return fatalResult(filePath, `its version at ${l.base.ref}: ${error.message}`);
      throw error;
    }
  }
  try {
    return await lintDecoded(text.replace(/^\ufeff/, ""), filePath, config, l.registry, {
      fix: l.options.fix,
      today: l.options.today,
      inlineConfig: l.options.inlineConfig,
      reportUnusedDisableDirectives: l.options.reportUnusedDisableDirectives,
      previous,
    });
  } catch (error) {
    return fatalResult(filePath, `cannot be linted: ${describe(error)}`);
  }
}

/** Lints raw bytes: decodes them (UTF-8, UTF-16, CP949) first. */
export async function lintBytes(bytes: Uint8Array, filePath: string, linter: Linter): Promise<TextLintResult> {
  let decoded: Decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    if (error instanceof InputError) return fatalResult(filePath, error.message);
    throw error;
  }
  const result: TextLintResult = await lintDocument(decoded.text, filePath, linter);
  result.decoded = decoded;
  return result;
}

export async function lintFiles(patterns: string[], linter?: Linter): Promise<TextLintResult[]> {
  const l = linter ?? (await createLinter());
  const targets = await findFiles(patterns, l.cwd, l.loaded.config.ignorePatterns);
  const readable = targets.filter((t) => !t.problem);
  const workers = workerCount(readable.length, l.options.concurrency ?? "auto");
  // Imported only for a batch: the pool's module graph costs a one-file run more than its lint.
  const pool = workers > 0 ? await import("./pool.js") : null;
  const script = pool?.workerScript();
  if (pool && script) {
    const linted = await pool.lintInWorkers(readable.map((t) => t.path), l.options, script, workers);
    let next = 0;
    return targets.map((t) => (t.problem ? fatalResult(t.path, t.problem) : linted[next++]));
  }
  const results: TextLintResult[] = [];
  for (const target of targets) {
    const read = readTarget(target, l.cwd);
    results.push("problem" in read ? fatalResult(target.path, read.problem) : await lintBytes(read.bytes, target.path, l));
  }
  return results;
}

/**
 * Read synchronously, as ESLint does: the thread has nothing else to do meanwhile, and each async
 * read left it waiting on the disk (stat, then open, read, close: four round trips per file).
 */
function readTarget(target: { path: string; problem?: string }, cwd: string): { bytes: Buffer } | { problem: string } {
  if (target.problem) return { problem: target.problem };
  const path = resolve(cwd, target.path);
  try {
    // A FIFO or a device would block readFile forever (or stream without end).
    const info = statSync(path);
    if (!info.isFile()) return { problem: info.isDirectory() ? "is a directory" : "is not a regular file" };
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? describe(error)})` };
  }
}

function describe(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "document nesting too deep";
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 200);
}
