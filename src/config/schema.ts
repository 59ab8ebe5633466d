/**
 * Validation of configuration objects with precise, one-line errors naming the file and key.
 */
import { FACT_KEYS, type Facts, type Locale, type OptionSpec, type SeverityName } from "../rule-api.js";
import type { RuleRegistry } from "../engine/types.js";
import { ConfigError } from "./errors.js";

export const PRESETS = ["policy-lint:recommended", "policy-lint:strict"] as const;
export type PresetName = (typeof PRESETS)[number];

export interface RuleEntry {
  severity: SeverityName;
  options?: Record<string, unknown>;
}

export interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleEntry>;
  facts: Facts;
}

export interface UserConfig {
  extends: PresetName[];
  rules: Record<string, RuleEntry>;
  plugins: string[];
  facts: Facts;
  overrides: ConfigOverride[];
  ignorePatterns: string[];
  locale?: Locale;
}

const TOP_KEYS = new Set(["$schema", "extends", "rules", "plugins", "facts", "overrides", "ignorePatterns", "locale"]);
const SEVERITIES: Record<string, SeverityName> = { off: "off", warn: "warn", error: "error", "0": "off", "1": "warn", "2": "error" };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(value: unknown, where: string, file: string): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  throw new ConfigError(`${file}: "${where}" must be a string or an array of strings`);
}

export function parseSeverity(value: unknown, where: string, file: string): SeverityName {
  const sev = SEVERITIES[String(value)];
  if (sev === undefined || (typeof value !== "string" && typeof value !== "number")) {
    throw new ConfigError(`${file}: "${where}" has invalid severity ${JSON.stringify(value)} (use "off", "warn", "error" or 0, 1, 2)`);
  }
  return sev;
}

function parseFacts(value: unknown, where: string, file: string): Facts {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError(`${file}: "${where}" must be an object of true/false facts`);
  const facts: Facts = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(FACT_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(`${file}: "${where}.${key}" is not a known fact (known: ${FACT_KEYS.join(", ")})`);
    }
    if (typeof v !== "boolean") throw new ConfigError(`${file}: "${where}.${key}" must be true or false`);
    facts[key as keyof Facts] = v;
  }
  return facts;
}

function parseRules(value: unknown, where: string, file: string): Record<string, RuleEntry> {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError(`${file}: "${where}" must be an object`);
  const rules: Record<string, RuleEntry> = {};
  for (const [id, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      if (v.length === 0 || v.length > 2) throw new ConfigError(`${file}: "${where}.${id}" must be [severity] or [severity, options]`);
      const options = v[1];
      if (options !== undefined && !isObject(options)) throw new ConfigError(`${file}: "${where}.${id}" options must be an object`);
      rules[id] = { severity: parseSeverity(v[0], `${where}.${id}`, file), options: options as Record<string, unknown> | undefined };
    } else rules[id] = { severity: parseSeverity(v, `${where}.${id}`, file) };
  }
  return rules;
}

/** Checks shape and types; rule ids and options are checked later against the loaded rules. */
export function parseUserConfig(raw: unknown, file: string): UserConfig {
  if (!isObject(raw)) throw new ConfigError(`${file}: configuration must be an object`);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) throw new ConfigError(`${file}: unknown key "${key}" (allowed: ${[...TOP_KEYS].slice(1).join(", ")})`);
  }
  const ext = raw.extends === undefined ? [] : stringList(raw.extends, "extends", file);
  for (const e of ext) {
    if (!(PRESETS as readonly string[]).includes(e)) throw new ConfigError(`${file}: "extends" names unknown preset "${e}" (known: ${PRESETS.join(", ")})`);
  }
  if (raw.locale !== undefined && raw.locale !== "ko" && raw.locale !== "en") {
    throw new ConfigError(`${file}: "locale" must be "ko" or "en"`);
  }
  const overrides: ConfigOverride[] = [];
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) throw new ConfigError(`${file}: "overrides" must be an array`);
    raw.overrides.forEach((o, i) => {
      if (!isObject(o)) throw new ConfigError(`${file}: "overrides[${i}]" must be an object`);
      for (const key of Object.keys(o)) {
        if (!["files", "rules", "facts"].includes(key)) throw new ConfigError(`${file}: unknown key "overrides[${i}].${key}" (allowed: files, rules, facts)`);
      }
      if (o.files === undefined) throw new ConfigError(`${file}: "overrides[${i}].files" is required`);
      overrides.push({
        files: stringList(o.files, `overrides[${i}].files`, file),
        rules: parseRules(o.rules, `overrides[${i}].rules`, file),
        facts: parseFacts(o.facts, `overrides[${i}].facts`, file),
      });
    });
  }
  return {
    extends: ext as PresetName[],
    rules: parseRules(raw.rules, "rules", file),
    plugins: raw.plugins === undefined ? [] : stringList(raw.plugins, "plugins", file),
    facts: parseFacts(raw.facts, "facts", file),
    overrides,
    ignorePatterns: raw.ignorePatterns === undefined ? [] : stringList(raw.ignorePatterns, "ignorePatterns", file),
    locale: raw.locale as Locale | undefined,
  };
}

function checkOption(value: unknown, spec: OptionSpec): boolean {
  switch (spec.type) {
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "string":
      return typeof value === "string";
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
  }
}

/** Every rule id must exist and every option must be declared with the right type. */
export function checkRules(rules: Record<string, RuleEntry>, where: string, file: string, registry: RuleRegistry): void {
  for (const [id, entry] of Object.entries(rules)) {
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(`${file}: "${where}.${id}" is not a known rule (see policy-lint --list-rules)`);
    for (const [key, value] of Object.entries(entry.options ?? {})) {
      const spec = rule.meta.options?.[key];
      if (!spec) {
        const known = Object.keys(rule.meta.options ?? {});
        throw new ConfigError(`${file}: "${where}.${id}" has unknown option "${key}"${known.length ? ` (known: ${known.join(", ")})` : " (the rule takes no options)"}`);
      }
      if (!checkOption(value, spec)) throw new ConfigError(`${file}: "${where}.${id}" option "${key}" must be a ${spec.type}`);
    }
  }
}
