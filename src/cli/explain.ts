/**
 * `policy-lint explain <rule-id>`: the rule's documentation in the terminal. The page in
 * docs/rules is the full text (what, why, law, examples), rendered as plain text in one language;
 * a rule without one is rendered from its metadata, which every rule has.
 */
import { Command, Option } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtInRules } from "../../rules/index.js";
import { UsageError } from "../config/errors.js";
import { TOPICS } from "../data/topics.js";
import { docsUrl } from "../engine/messages.js";
import type { Locale, RuleMeta } from "../rule-api.js";
import type { CliIO } from "./main.js";
import { renderRulePage } from "./rule-page.js";

/**
 * docs/rules of the package. Found by walking up from this module, because the bundle puts it in
 * dist/ or dist/chunks/ and tests run it from src/cli/.
 */
function docsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "docs", "rules");
    dir = dirname(dir);
  }
  return undefined;
}

/** The rule's page in the locale (<id>.en.md), else its default page (<id>.md). */
function docsPage(id: string, locale: Locale): string | undefined {
  const dir = docsDir();
  if (!dir) return undefined;
  const page = [join(dir, `${id}.${locale}.md`), join(dir, `${id}.md`)].find((p) => existsSync(p));
  return page ? readFileSync(page, "utf8") : undefined;
}

const LABELS = {
  ko: { requirement: "요건", severity: "기본 심각도", element: "항목", basis: "근거", messages: "메시지", docs: "문서" },
  en: { requirement: "requirement", severity: "default severity", element: "element", basis: "legal basis", messages: "messages", docs: "docs" },
} as const;

export function renderMeta(meta: RuleMeta, locale: Locale): string {
  const l = LABELS[locale];
  const element = meta.element ? TOPICS.find((t) => t.id === meta.element)?.name[locale] ?? meta.element : undefined;
  const out = [`# ${meta.id}`, "", meta.description[locale], ""];
  out.push(`${l.requirement}: ${meta.requirement}`, `${l.severity}: ${meta.defaultSeverity}`);
  if (element) out.push(`${l.element}: ${element}`);
  out.push("", `${l.basis}:`, ...meta.legalBasis.map((b) => `  - ${b[locale]}`));
  out.push("", `${l.messages}:`, ...Object.entries(meta.messages).map(([id, m]) => `  - ${id}: ${m[locale]}`));
  out.push("", `${l.docs}: ${docsUrl(meta.id)}`);
  return out.join("\n") + "\n";
}

/** Document text may hold control characters; keep line breaks and tabs, replace the rest. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}

export async function explain(argv: string[], io: CliIO): Promise<number> {
  const command = new Command("policy-lint explain")
    .description("print a rule's documentation: what it checks, why, the law, examples")
    .argument("<rule-id>", "the rule, e.g. privacy-officer (see --list-rules)")
    .addOption(new Option("--locale <locale>", "language").choices(["ko", "en"]).default("ko"))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });
  command.parse(argv, { from: "user" });
  const [id] = command.args;
  const locale = command.opts<{ locale: Locale }>().locale;
  const rule = builtInRules.find((r) => r.meta.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (see policy-lint --list-rules)`);
  const page = docsPage(rule.meta.id, locale);
  io.stdout(page !== undefined ? printable(renderRulePage(page, locale)) : renderMeta(rule.meta, locale));
  return 0;
}
