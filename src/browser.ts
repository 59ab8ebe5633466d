/**
 * The linter for a web page: the same rules, parser, model and engine as the CLI, with settings
 * held in memory instead of found on disk. Imports nothing from Node, so that it bundles for a
 * browser (test/web/browser-bundle.test.ts keeps it that way).
 */
import { builtInRules } from "../rules/index.js";
import { evidenceReport, type EvidenceReport } from "./cli/evidence.js";
import { checkRules, parseUserConfig, type RuleEntry, type UserConfig } from "./config/schema.js";
import { FACT_QUESTIONS } from "./data/fact-questions.js";
import { elementName, STATE_TEXT } from "./data/element-states.js";
import { docsUrl } from "./engine/messages.js";
import { applyFixes, lintText } from "./engine/lint.js";
import type { LintMessage, LintResult, ResolvedConfig, RuleRegistry, RuleSetting } from "./engine/types.js";
import type { Policy } from "./policy/types.js";
import { FACT_KEYS, type Facts, type Locale, type Rule, type RuleMeta, type SeverityName, type TopicId } from "./rule-api.js";

export { applyFixes, elementName, FACT_KEYS, FACT_QUESTIONS, STATE_TEXT };
export type { ElementState } from "./engine/types.js";
export type { EvidenceReport, Facts, LintMessage, LintResult, Locale, RuleEntry, RuleMeta, SeverityName, TopicId };

/** Each element's verdict and the lines of evidence behind it: what `--print-evidence` prints. */
export function elementEvidence(policy: Policy, fileName: string): EvidenceReport {
  return evidenceReport(policy, fileName);
}

/** What the page lets a user set: the same keys a .policy-lintrc.json holds for one document. */
export interface PageSettings {
  strict: boolean;
  facts: Facts;
  rules: Record<string, RuleEntry>;
}

export const DEFAULT_SETTINGS: PageSettings = { strict: false, facts: {}, rules: {} };

const RULES = new Map<string, Rule>(builtInRules.map((r) => [r.meta.id, r]));
const registry: RuleRegistry = { get: (id) => RULES.get(id), all: () => [...RULES.values()] };

export function ruleMetas(): RuleMeta[] {
  return builtInRules.map((r) => r.meta);
}

export function ruleDocsUrl(meta: RuleMeta): string {
  return meta.docsUrl ?? docsUrl(meta.id);
}


/** The severity a rule runs at under the preset alone, before the user's own entries. */
export function presetSeverity(meta: RuleMeta, strict: boolean): SeverityName {
  return strict && meta.defaultSeverity !== "off" ? "error" : meta.defaultSeverity;
}

/** As the CLI resolves a config for one file: preset, then the rule entries. */
function resolve(settings: PageSettings, locale: Locale): ResolvedConfig {
  const rules = new Map<string, RuleSetting>();
  for (const rule of builtInRules) {
    const options: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(rule.meta.options ?? {})) options[key] = spec.default;
    const entry = settings.rules[rule.meta.id];
    rules.set(rule.meta.id, { severity: entry?.severity ?? presetSeverity(rule.meta, settings.strict), ...(entry ? { explicit: true } : {}), options: { ...options, ...(entry?.options ?? {}) } });
  }
  return { rules, facts: settings.facts, locale };
}

/**
 * Lints one document. `fileName` only helps tell the format, as a path does for the CLI; pasted
 * text has none and is told by its content.
 */
export async function lintDocument(text: string, fileName: string, settings: PageSettings, locale: Locale, options: { fix?: boolean; today?: string } = {}): Promise<LintResult> {
  return lintText(text.replace(/^\ufeff/, ""), fileName, resolve(settings, locale), registry, options);
}

/** Reads a .policy-lintrc.json as the CLI would; throws ConfigError with a one-line reason. */
export function readSettings(json: string, fileName: string): { settings: PageSettings; ignored: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new SettingsError(`${fileName}: cannot be parsed: ${(error as Error).message.split("\n")[0]}`);
  }
  const config: UserConfig = parseUserConfig(raw, fileName);
  checkRules(config.rules, "rules", fileName, registry);
  const ignored: string[] = [];
  // Overrides match file paths and plugins are packages: neither has a meaning for one pasted document.
  if (config.overrides.length) ignored.push("overrides");
  if (config.plugins.length) ignored.push("plugins");
  if (config.ignorePatterns.length) ignored.push("ignorePatterns");
  return { settings: { strict: config.extends.includes("policy-lint:strict"), facts: config.facts, rules: config.rules }, ignored };
}

export class SettingsError extends Error {
  override name = "SettingsError";
}

/** The settings as a .policy-lintrc.json the CLI reads: only what differs from the preset. */
export function writeSettings(settings: PageSettings): string {
  const rules: Record<string, SeverityName | [SeverityName, Record<string, unknown>]> = {};
  for (const meta of ruleMetas()) {
    const entry = settings.rules[meta.id];
    if (!entry) continue;
    if (entry.options && Object.keys(entry.options).length) rules[meta.id] = [entry.severity, entry.options];
    else if (entry.severity !== presetSeverity(meta, settings.strict)) rules[meta.id] = entry.severity;
  }
  const facts: Facts = {};
  for (const key of FACT_KEYS) if (settings.facts[key] !== undefined) facts[key] = settings.facts[key];
  const config = {
    extends: [settings.strict ? "policy-lint:strict" : "policy-lint:recommended"],
    facts,
    ...(Object.keys(rules).length ? { rules } : {}),
  };
  return JSON.stringify(config, null, 2) + "\n";
}
