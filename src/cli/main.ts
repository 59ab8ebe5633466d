/**
 * The command line. `main` returns the exit code and never calls process.exit, so that the whole
 * CLI runs in-process in tests; bin/policy-lint.js sets process.exitCode once.
 */
import { Command, CommanderError, Option } from "commander";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createLinter, lintBytes, lintFiles, type Linter, type TextLintResult } from "../api.js";
import { isUsageError, UsageError } from "../config/errors.js";
import { parseSeverity, type RuleEntry } from "../config/schema.js";
import { resolveFor } from "../config/load.js";
import { fatalResult } from "../engine/lint.js";
import { isNotAPolicy } from "../engine/not-a-policy.js";
import { MAX_CONCURRENCY, type Concurrency } from "../engine/pool-size.js";
import { sanitize } from "../engine/messages.js";
import { FORMAT_NAMES, loadFormatter } from "../format/index.js";
import { encode } from "../input/decode.js";
import { findFiles } from "../input/files.js";
import type { Locale } from "../rule-api.js";
import { inputProblem, skippedNote } from "./messages.js";
import { formatOutline } from "./outline.js";
import { evidenceReport, formatEvidence } from "./evidence.js";
import { writeAtomic } from "./write.js";
import { VERSION } from "../version.js";

export { VERSION };

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

interface CliOptions {
  format: string;
  outputFile?: string;
  sarifFile?: string;
  config?: string | false;
  rule: string[];
  maxWarnings?: string;
  quiet?: boolean;
  locale?: string;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  printOutline?: string;
  printEvidence?: string;
  printSuggestions?: boolean;
  listRules?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  skipNonPolicies?: boolean;
  base?: string;
  today?: string;
  color: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  verbose?: boolean;
  concurrency?: string;
}

function buildProgram(io: CliIO): Command {
  return new Command()
    .name("policy-lint")
    .description("Lint Korean privacy policies (개인정보 처리방침) against PIPA, its Enforcement Decree and the PIPC guideline.")
    .version(VERSION, "-v, --version")
    .argument("[paths...]", "files, directories or globs (.md .markdown .txt .html .htm)")
    .addOption(new Option("-f, --format <name>", "output format").default("stylish"))
    .option("-o, --output-file <path>", "write the report to a file instead of stdout")
    .option("--sarif-file <path>", "also write a SARIF 2.1.0 report to this file (one lint, two reports)")
    .option("-c, --config <path>", "use this configuration file")
    .option("--no-config", "ignore configuration files")
    .option("--rule <id:severity>", "set a rule's severity, e.g. --rule title:off (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
    .option("--quiet", "report errors only")
    .addOption(new Option("--locale <locale>", "message language").choices(["ko", "en"]))
    .option("--stdin", "lint text from standard input")
    .option("--stdin-filename <name>", "file name for --stdin (picks the format)")
    .option("--print-config <file>", "print the configuration that applies to a file")
    .option("--print-outline <file>", "print how the document was read: sections, topics, tables")
    .option("--print-evidence <file>", "print each element's verdict and the lines of evidence behind it (with --format json: as JSON)")
    .option("--print-suggestions", "print suggested text for missing content")
    .option("--list-rules", "list the rules with their legal basis")
    .option("--fix", "apply mechanical fixes to the files")
    .option("--fix-dry-run", "show the fixes as a unified diff without writing")
    .option("--skip-non-policies", "skip files that do not read as a privacy policy even when named (for hooks)")
    .option("--base <git-ref>", "also compare each file with its version at this git ref (rule change-notice)")
    .option("--today <yyyy-mm-dd>", "the date the change is published (default: today)")
    .option("--no-color", "disable colours")
    .option("--no-inline-config", "ignore policy-lint-disable/enable comments in documents")
    .option("--report-unused-disable-directives", "report policy-lint-disable comments that hide nothing, as errors")
    .option("--verbose", "print the legal basis and docs link under each finding")
    .option("--concurrency <n|auto|off>", "threads that lint a batch of files: a number, auto (half the cores, the default) or off")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => undefined,
    })
    .showHelpAfterError(false)
    .helpOption("-h, --help", "show help")
    .addHelpText("after", "\nCommands:\n  init [--yes] [--facts k=v,...] [--force]  write .policy-lintrc.json\n  explain <rule-id> [--locale en]          print a rule's documentation\n  diff OLD NEW | diff --base <ref> [paths]  compare two versions of a policy (신·구 대조표)\n");
}

function parseRuleFlags(values: string[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const v of values) {
    const i = v.lastIndexOf(":");
    if (i <= 0) throw new UsageError(`--rule "${v}" must be <rule-id>:<severity>`);
    rules[v.slice(0, i)] = { severity: parseSeverity(v.slice(i + 1), `--rule ${v.slice(0, i)}`, "command line") };
  }
  return rules;
}

function useColor(opts: CliOptions, io: CliIO): boolean {
  if (!opts.color || opts.outputFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
}

/** Subcommands, loaded only when called. A path named like one must be written ./init. */
const SUBCOMMANDS = new Map<string, () => Promise<(argv: string[], io: CliIO) => Promise<number>>>([
  ["init", async () => (await import("./init.js")).init],
  ["explain", async () => (await import("./explain.js")).explain],
  ["diff", async () => (await import("./diff.js")).diff],
]);

async function runSubcommand(name: string, argv: string[], io: CliIO): Promise<number> {
  try {
    return await (await SUBCOMMANDS.get(name)!())(argv, io);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.help") return 0;
      io.stderr(`policy-lint ${name}: ${error.message.replace(/^error:\s*/, "").split("\n")[0]}\n`);
      return 2;
    }
    if (isUsageError(error)) {
      io.stderr(`policy-lint ${name}: ${sanitize(error.message)}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`policy-lint ${name}: internal error: ${sanitize(reason.split("\n")[0])}\n`);
    return 2;
  }
}

/**
 * The subcommand and its arguments, when the line names one. `--locale` may come before the
 * subcommand's name (`policy-lint --locale en explain title`); it is handed on to the subcommand.
 */
function subcommandOf(argv: string[]): { name: string; args: string[] } | undefined {
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    if (argv[i] === "--locale" && i + 1 < argv.length) leading.push(argv[i], argv[++i]);
    else if (argv[i].startsWith("--locale=")) leading.push(argv[i]);
    else break;
  }
  const name = argv[i];
  return name !== undefined && SUBCOMMANDS.has(name) ? { name, args: [...argv.slice(i + 1), ...leading] } : undefined;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const sub = subcommandOf(argv);
  if (sub) return runSubcommand(sub.name, sub.args, io);
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      io.stderr(`policy-lint: ${error.message.replace(/^error:\s*/, "").split("\n")[0]}\n`);
      return 2;
    }
    throw error;
  }
  const opts = program.opts<CliOptions>();
  try {
    return await run(program.args, opts, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`policy-lint: ${sanitize(error.message)}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`policy-lint: internal error: ${sanitize(reason.split("\n")[0])}\n`);
    return 2;
  }
}

async function run(paths: string[], opts: CliOptions, io: CliIO): Promise<number> {
  if (!FORMAT_NAMES.includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (available: ${FORMAT_NAMES.join(", ")})`);
  let maxWarnings = -1;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number ≥ 0, got "${opts.maxWarnings}"`);
  }
  if (opts.stdin && paths.length) throw new UsageError("--stdin cannot be combined with file paths");
  if (opts.stdin && opts.fix) throw new UsageError("--fix cannot be used with --stdin (use --fix-dry-run)");
  if (opts.today !== undefined) checkDate(opts.today, "--today");
  const concurrency = opts.concurrency === undefined ? undefined : parseConcurrency(opts.concurrency);
  const linter = await createLinter({
    cwd: io.cwd,
    config: opts.config === false ? false : opts.config,
    rules: parseRuleFlags(opts.rule),
    locale: opts.locale as Locale | undefined,
    fix: Boolean(opts.fix || opts.fixDryRun),
    keepModel: MODEL_FORMATS.has(opts.format),
    ...(opts.base !== undefined ? { base: opts.base } : {}),
    ...(opts.today !== undefined ? { today: opts.today } : {}),
    inlineConfig: opts.inlineConfig,
    reportUnusedDisableDirectives: Boolean(opts.reportUnusedDisableDirectives),
    ...(concurrency !== undefined ? { concurrency } : {}),
  });

  if (opts.listRules) return listRules(linter, io, opts);
  if (opts.printConfig) return printConfig(linter, opts.printConfig, io);
  if (opts.printOutline) return printOutline(linter, opts.printOutline, io);
  if (opts.printEvidence) return printEvidence(linter, opts.printEvidence, io, opts.format === "json");

  let results: TextLintResult[];
  if (opts.stdin) {
    const name = opts.stdinFilename ?? "<text>";
    results = [await lintBytes(await io.readStdin(), name, linter)];
  } else {
    if (!paths.length) throw new UsageError("no files given (try: policy-lint ./policy.md, or --help)");
    results = await lintPaths(paths, linter, Boolean(opts.skipNonPolicies), io);
  }

  for (const r of results) {
    // Every exit 2 says why on stderr: unreadable input and rules that crashed alike.
    for (const m of r.messages) if (m.fatal) io.stderr(`policy-lint: ${sanitize(r.filePath)}: ${m.message}\n`);
  }
  if (opts.fix) await writeFixes(results, linter, io);
  const diffs = opts.fixDryRun && opts.format !== "json" ? await fixDiffs(results) : "";
  // Machine formats carry suggestions in their own output; text next to it would corrupt it.
  if (opts.printSuggestions && !MACHINE_FORMATS.has(opts.format)) io.stdout(formatSuggestions(results));

  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  let shown = opts.quiet ? results.map(errorsOnly) : results;
  // The terminal report leaves out files that could not be read: stderr has said so in one line.
  if (opts.format === "stylish") shown = shown.filter((r) => !r.messages.length || r.messages.some((m) => !m.fatal));
  const formatter = (await loadFormatter(opts.format))!;
  const rulesMeta = new Map(linter.registry.all().map((r) => [r.meta.id, r.meta]));
  const context = {
    cwd: io.cwd,
    color: useColor(opts, io),
    locale: runLocale(linter),
    rules: rulesMeta,
    env: io.env,
    verbose: Boolean(opts.verbose),
    configFile: linter.loaded.filepath,
    inlineConfig: opts.inlineConfig,
    settingsFor: (file: string) => resolveFor(file, linter.loaded, linter.registry, { rules: linter.options.rules ?? {}, locale: linter.options.locale }, linter.cwd),
  };
  const report = await formatter(shown, context);
  const outputText = diffs + report;
  if (opts.sarifFile) await writeReport(io.cwd, opts.sarifFile, await (await loadFormatter("sarif"))!(results, { ...context, color: false }));
  if (opts.outputFile) await writeReport(io.cwd, opts.outputFile, outputText);
  else if (outputText) io.stdout(outputText.endsWith("\n") || !outputText ? outputText : outputText + "\n");

  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`policy-lint: too many warnings (${warnings}, --max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/**
 * Lints what the paths name. A document that does not read as a policy is skipped with a note
 * when a directory or glob brought it in (or `skipNonPolicies` is set, as the hook does); named
 * by itself it keeps its one finding.
 */
async function lintPaths(paths: string[], linter: Linter, skipNonPolicies: boolean, io: CliIO): Promise<TextLintResult[]> {
  const locale = runLocale(linter);
  const targets = await findFiles(paths, linter.cwd, linter.loaded.config.ignorePatterns);
  const readable = targets.filter((t) => !t.problem).map((t) => t.path);
  const linted = new Map((readable.length ? await lintFiles(readable, linter) : []).map((r) => [r.filePath, r]));
  const results: TextLintResult[] = [];
  for (const t of targets) {
    if (t.problem) {
      results.push(fatalResult(t.path, inputProblem(t.problemKind ?? "unreadable", locale, t.problem)));
      continue;
    }
    const result = linted.get(t.path);
    if (!result) continue;
    if (isNotAPolicy(result) && (skipNonPolicies || !t.named)) {
      io.stderr(`policy-lint: ${sanitize(t.path)}: ${skippedNote(locale)}\n`);
      continue;
    }
    results.push(result);
  }
  return results;
}

/** Writes a report file, creating its folder: `-o reports/lint.sarif` in a fresh checkout just works. */
async function writeReport(cwd: string, file: string, text: string): Promise<void> {
  const target = resolve(cwd, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

function runLocale(linter: Linter): Locale {
  return linter.options.locale ?? linter.loaded.config.locale ?? "ko";
}

export function checkDate(value: string, flag: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = Date.parse(`${value}T00:00:00Z`);
  if (!m || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, got "${value}"`);
}

/** The html report quotes the document and shows its outline: it needs the model of every file. */
const MODEL_FORMATS = new Set(["html"]);
const MACHINE_FORMATS = new Set(["json", "sarif", "github"]);

function errorsOnly(r: TextLintResult): TextLintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, fixableWarningCount: 0 };
}

async function writeFixes(results: TextLintResult[], linter: Linter, io: CliIO): Promise<void> {
  for (const r of results) {
    if (r.output === undefined || !r.decoded) continue;
    try {
      await writeAtomic(resolve(linter.cwd, r.filePath), encode(r.output, r.decoded.encoding, r.decoded.bom));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      r.messages.unshift({ ruleId: null, messageId: "fatal", severity: 2, fatal: true, message: `fixes could not be written (${code}); the file is unchanged`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      r.errorCount++;
      r.fatalErrorCount++;
      io.stderr(`policy-lint: ${sanitize(r.filePath)}: fixes could not be written (${code}); the file is unchanged\n`);
    }
  }
}

async function fixDiffs(results: TextLintResult[]): Promise<string> {
  const { createTwoFilesPatch } = await import("diff");
  let out = "";
  for (const r of results) {
    if (r.output === undefined || !r.decoded) continue;
    out += createTwoFilesPatch(`a/${r.filePath}`, `b/${r.filePath}`, r.decoded.text, r.output, "", "", { context: 3 });
  }
  return out.split("\n").map(sanitizeLine).join("\n");
}

function sanitizeLine(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd");
}

function formatSuggestions(results: TextLintResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      for (const s of m.suggestions ?? []) {
        out.push(`${sanitize(r.filePath)}:${m.line}:${m.column} ${m.ruleId} — ${sanitize(s.desc)}`, ...s.text.split("\n").map((l) => `    ${sanitizeLine(l)}`), "");
      }
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}

async function readTarget(linter: Linter, file: string): Promise<TextLintResult> {
  const [result] = await lintFiles([file], { ...linter, options: { ...linter.options, fix: false } });
  if (!result) throw new UsageError(`${file}: not a policy file (.md .markdown .txt .html .htm)`);
  const fatal = result.messages.find((m) => m.fatal && m.ruleId === null);
  if (fatal) throw new UsageError(`${file}: ${fatal.message}`);
  return result;
}

async function printOutline(linter: Linter, file: string, io: CliIO): Promise<number> {
  const result = await readTarget(linter, file);
  io.stdout(formatOutline(result.policy!, file));
  return 0;
}

async function printEvidence(linter: Linter, file: string, io: CliIO, json: boolean): Promise<number> {
  const result = await readTarget(linter, file);
  const report = evidenceReport(result.policy!, file);
  io.stdout(json ? JSON.stringify(report, null, 2) + "\n" : formatEvidence(report));
  return 0;
}

function printConfig(linter: Linter, file: string, io: CliIO): number {
  const resolved = resolveFor(file, linter.loaded, linter.registry, { rules: linter.options.rules ?? {}, locale: linter.options.locale }, linter.cwd);
  const rules: Record<string, unknown> = {};
  for (const [id, s] of resolved.rules) rules[id] = Object.keys(s.options).length ? [s.severity, s.options] : s.severity;
  io.stdout(JSON.stringify({ configFile: linter.loaded.filepath, extends: linter.loaded.config.extends, locale: resolved.locale, facts: resolved.facts, rules }, null, 2) + "\n");
  return 0;
}

function listRules(linter: Linter, io: CliIO, opts: CliOptions): number {
  const locale = (opts.locale as Locale | undefined) ?? linter.loaded.config.locale ?? "ko";
  const rules = linter.registry.all();
  if (opts.format === "json") {
    io.stdout(JSON.stringify(rules.map((r) => r.meta), null, 2) + "\n");
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  for (const r of rules) {
    const m = r.meta;
    io.stdout(`${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(5)}  ${m.requirement.padEnd(9)}  ${m.description[locale]}${m.fixable ? " (fixable)" : ""}\n`);
    io.stdout(`${" ".repeat(width)}  ${m.legalBasis.map((b) => `${b[locale]} [${b.source}]`).join("; ")}\n`);
  }
  return 0;
}

function parseConcurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) throw new UsageError(`--concurrency must be a number of threads from 1 to ${MAX_CONCURRENCY}, auto or off, got "${value}"`);
  return n;
}
