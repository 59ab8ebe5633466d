/**
 * `policy-lint init`: writes .policy-lintrc.json with the facts the organisation declares, asked
 * in a terminal or given as flags. The facts decide which conditional elements are errors, so a
 * config is worth writing on purpose, and an existing one is never overwritten by accident.
 */
import { Command, Option } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { UsageError } from "../config/errors.js";
import { SEARCH_PLACES } from "../config/load.js";
import { FACT_QUESTIONS as QUESTIONS } from "../data/fact-questions.js";
import { FACT_KEYS, type Facts, type Locale } from "../rule-api.js";
import type { CliIO } from "./main.js";
import { writeAtomic } from "./write.js";

export const CONFIG_NAME = ".policy-lintrc.json";

interface InitOptions {
  yes?: boolean;
  facts?: string;
  force?: boolean;
  locale?: Locale;
}

/** "thirdParty=false,overseasTransfer=true" → facts; unknown names and values are usage errors. */
export function parseFacts(list: string): Facts {
  const facts: Facts = {};
  for (const item of list.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [key, value, ...rest] = item.split("=");
    if (!(FACT_KEYS as readonly string[]).includes(key)) throw new UsageError(`--facts: unknown fact "${key}" (known: ${FACT_KEYS.join(", ")})`);
    if (rest.length || (value !== "true" && value !== "false")) throw new UsageError(`--facts: "${item}" must be ${key}=true or ${key}=false`);
    facts[key as keyof Facts] = value === "true";
  }
  return facts;
}

/** The configuration file that would be found in `cwd`, if any (package.json only with a "policy-lint" key). */
function existingConfig(cwd: string): string | undefined {
  return SEARCH_PLACES.find((name) => {
    const path = join(cwd, name);
    if (!existsSync(path)) return false;
    if (name !== "package.json") return true;
    try {
      return "policy-lint" in JSON.parse(readFileSync(path, "utf8"));
    } catch {
      return false;
    }
  });
}

/**
 * Asks each fact in the terminal: y, n, or Enter to let policy-lint judge from the text. Lines are
 * read through the interface's iterator, which queues them, so that answers typed ahead or pasted
 * at once are not lost between questions.
 */
async function askFacts(locale: Locale, io: CliIO): Promise<Facts> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  const facts: Facts = {};
  const hint = locale === "ko" ? "[y/n, Enter = 본문으로 판단]" : "[y/n, Enter = judge from the text]";
  try {
    for (const key of FACT_KEYS) {
      for (;;) {
        io.stdout(`${QUESTIONS[key][locale]} ${hint} `);
        const next = await lines.next();
        if (next.done) throw new UsageError("init was cancelled; nothing was written");
        const answer = String(next.value).trim().toLowerCase();
        if (["y", "yes", "예", "네"].includes(answer)) facts[key] = true;
        else if (["n", "no", "아니오", "아니요"].includes(answer)) facts[key] = false;
        else if (answer !== "") {
          io.stdout(locale === "ko" ? "y 또는 n으로 답하십시오.\n" : "Please answer y or n.\n");
          continue;
        }
        break;
      }
    }
  } finally {
    rl.close();
  }
  return facts;
}

export async function init(argv: string[], io: CliIO): Promise<number> {
  const command = new Command("policy-lint init")
    .description(`write ${CONFIG_NAME} in the current directory`)
    .option("-y, --yes", "write without asking (facts from --facts only)")
    .option("--facts <list>", "declare facts, e.g. thirdParty=false,overseasTransfer=true")
    .option("--force", `overwrite an existing ${CONFIG_NAME}`)
    .addOption(new Option("--locale <locale>", "language of the questions and of the messages").choices(["ko", "en"]))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });
  command.parse(argv, { from: "user" });
  const opts = command.opts<InitOptions>();
  if (command.args.length) throw new UsageError(`init takes no arguments, got "${command.args[0]}"`);

  const flagFacts = opts.facts !== undefined ? parseFacts(opts.facts) : {};
  const existing = existingConfig(io.cwd);
  if (existing && (existing !== CONFIG_NAME || !opts.force)) {
    throw new UsageError(
      existing === CONFIG_NAME
        ? `${CONFIG_NAME} already exists (use --force to overwrite it)`
        : `a configuration already exists in ${existing}; remove it before running init`,
    );
  }

  const locale = opts.locale ?? "ko";
  let facts = flagFacts;
  if (!opts.yes && opts.facts === undefined) {
    if (!process.stdin.isTTY || !io.isTTY) throw new UsageError("init asks questions in a terminal; without one, use --yes or --facts");
    facts = await askFacts(locale, io);
  }

  const config = { extends: ["policy-lint:recommended"], ...(opts.locale ? { locale: opts.locale } : {}), facts };
  const data = Buffer.from(JSON.stringify(config, null, 2) + "\n");
  const path = join(io.cwd, CONFIG_NAME);
  // "wx" refuses to replace a file created since the check above; --force replaces atomically.
  if (existing) await writeAtomic(path, data);
  else await writeFile(path, data, { flag: "wx" });
  io.stdout(locale === "ko" ? `${CONFIG_NAME}을(를) 만들었습니다.\n` : `Wrote ${CONFIG_NAME}.\n`);
  return 0;
}
