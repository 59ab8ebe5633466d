/**
 * `policy-lint diff OLD NEW` and `policy-lint diff --base <ref> [paths...]`: what changed between
 * two versions of a policy in legal terms, and the 신·구 대조표 of the changed passages.
 */
import { Command, Option } from "commander";
import { readFile, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError } from "../config/errors.js";
import { diffPolicies } from "../diff/compare.js";
import type { DiffFormatter, DiffReport } from "../diff/format/types.js";
import { decode, InputError } from "../input/decode.js";
import { findFiles } from "../input/files.js";
import { readAtBase, resolveBase } from "../input/git.js";
import { detectFormat, parse } from "../parse/index.js";
import { buildPolicy } from "../policy/build.js";
import type { Locale } from "../rule-api.js";
import type { CliIO } from "./main.js";

const FORMATS: Record<string, () => Promise<DiffFormatter>> = {
  stylish: async () => (await import("../diff/format/stylish.js")).stylish,
  json: async () => (await import("../diff/format/json.js")).json,
  markdown: async () => (await import("../diff/format/markdown.js")).markdown,
  html: async () => (await import("../diff/format/html.js")).html,
};

interface DiffOptions {
  base?: string;
  format: string;
  locale: Locale;
  outputFile?: string;
  color: boolean;
}

async function readPolicy(path: string, cwd: string, bytes?: Buffer) {
  let data = bytes;
  if (!data) {
    const abs = resolve(cwd, path);
    try {
      if (!(await stat(abs)).isFile()) throw new UsageError(`${path}: is not a regular file`);
      data = await readFile(abs);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${path}: ${code === "ENOENT" ? "no such file or directory" : `cannot be read (${code ?? "error"})`}`);
    }
  }
  let text: string;
  try {
    text = decode(data).text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
  const format = detectFormat(path, text);
  return buildPolicy(text, format, await parse(text, format));
}

export async function diff(argv: string[], io: CliIO): Promise<number> {
  const command = new Command("policy-lint diff")
    .description("compare two versions of a policy: elements, recipients, items, periods, dates, and the changed passages (신·구 대조표)")
    .argument("[files...]", "OLD NEW, or with --base the files to compare with their version at the ref")
    .option("--base <git-ref>", "compare each file with its version at this git ref")
    .addOption(new Option("-f, --format <name>", "output format").choices(Object.keys(FORMATS)).default("stylish"))
    .addOption(new Option("--locale <locale>", "language").choices(["ko", "en"]).default("ko"))
    .option("-o, --output-file <path>", "write the report to a file instead of stdout")
    .option("--no-color", "disable colours")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });
  try {
    command.parse(argv, { from: "user" });
  } catch (error) {
    // This module is built apart from main's, with its own copy of commander: read the code, not the class.
    const code = (error as { code?: string }).code ?? "";
    if (code === "commander.helpDisplayed" || code === "commander.help") return 0;
    if (code.startsWith("commander.")) throw new UsageError((error as Error).message.replace(/^error:\s*/, "").split("\n")[0]);
    throw error;
  }
  const opts = command.opts<DiffOptions>();
  const files = command.args;
  const reports: DiffReport[] = [];

  if (opts.base !== undefined) {
    if (!files.length) throw new UsageError("diff --base needs the files to compare (e.g. policy-lint diff --base origin/main privacy.md)");
    const base = await resolveBase(io.cwd, opts.base);
    for (const target of await findFiles(files, io.cwd, [])) {
      if (target.problem) throw new UsageError(`${target.path}: ${target.problem}`);
      const before = await readAtBase(io.cwd, base, target.path);
      const after = await readPolicy(target.path, io.cwd);
      if (!before) {
        reports.push({ path: target.path, oldLabel: opts.base, newLabel: target.path, diff: null });
        continue;
      }
      const d = diffPolicies(await readPolicy(target.path, io.cwd, before), after);
      if (d.articles.length) reports.push({ path: target.path, oldLabel: `${target.path} @ ${opts.base}`, newLabel: target.path, diff: d });
    }
  } else {
    if (files.length !== 2) throw new UsageError("diff needs two files, OLD and NEW (or --base <git-ref> with files)");
    const [oldPath, newPath] = files;
    reports.push({ path: newPath, oldLabel: oldPath, newLabel: newPath, diff: diffPolicies(await readPolicy(oldPath, io.cwd), await readPolicy(newPath, io.cwd)) });
  }

  const formatter = await FORMATS[opts.format]();
  const color = opts.color && !opts.outputFile && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "") && (io.env.FORCE_COLOR !== undefined ? io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false" : io.isTTY);
  const text = formatter(reports, { locale: opts.locale, color });
  if (opts.outputFile) await writeFile(resolve(io.cwd, opts.outputFile), text);
  else if (text) io.stdout(text.endsWith("\n") ? text : text + "\n");
  return 0;
}
