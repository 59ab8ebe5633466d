/**
 * Finds and loads the configuration (cosmiconfig, module name "policy-lint"), loads plugins, and
 * resolves the settings that apply to one file.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type Picomatch from "picomatch";
import type { Locale, Rule } from "../rule-api.js";
import type { ResolvedConfig, RuleRegistry, RuleSetting } from "../engine/types.js";
import { ConfigError } from "./errors.js";
import { checkRules, parseUserConfig, type RuleEntry, type UserConfig } from "./schema.js";

export const SEARCH_PLACES = [
  "package.json",
  ".policy-lintrc",
  ".policy-lintrc.json",
  ".policy-lintrc.yaml",
  ".policy-lintrc.yml",
  ".policy-lintrc.js",
  ".policy-lintrc.cjs",
  ".policy-lintrc.mjs",
  "policy-lint.config.js",
  "policy-lint.config.cjs",
  "policy-lint.config.mjs",
];

export interface LoadedConfig {
  config: UserConfig;
  /** Absolute path of the file the configuration came from, or null for the default. */
  filepath: string | null;
}

export const DEFAULT_CONFIG: UserConfig = {
  extends: ["policy-lint:recommended"],
  rules: {},
  plugins: [],
  facts: {},
  overrides: [],
  ignorePatterns: [],
};

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 300);
}

/**
 * Whether any configuration file can exist from `cwd` up to the project root (the first folder
 * with a package.json), by the names cosmiconfig would try. Most runs have none, and this saves
 * loading cosmiconfig and its YAML and JSON parsers at every start.
 */
function mayHaveConfig(cwd: string): boolean {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (SEARCH_PLACES.some((name) => name !== "package.json" && existsSync(join(dir, name)))) return true;
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        return "policy-lint" in (JSON.parse(readFileSync(manifest, "utf8")) as object);
      } catch {
        // cosmiconfig will say what is wrong with it.
        return true;
      }
    }
    if (dirname(dir) === dir) return false;
  }
}

export async function loadConfig(options: { cwd: string; configPath?: string; noConfig?: boolean }): Promise<LoadedConfig> {
  if (options.noConfig) return { config: DEFAULT_CONFIG, filepath: null };
  if (!options.configPath && !mayHaveConfig(options.cwd)) return { config: DEFAULT_CONFIG, filepath: null };
  // cosmiconfig is CommonJS: its named export sits on `default` once bundled.
  const mod = (await import("cosmiconfig")) as typeof import("cosmiconfig") & { default?: typeof import("cosmiconfig") };
  const cosmiconfig = mod.cosmiconfig ?? mod.default!.cosmiconfig;
  const explorer = cosmiconfig("policy-lint", { searchPlaces: SEARCH_PLACES, searchStrategy: "project" });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const shown = options.configPath ?? "configuration";
  try {
    found = options.configPath ? await explorer.load(resolve(options.cwd, options.configPath)) : await explorer.search(options.cwd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ConfigError(`${shown}: no such file`);
    const file = (error as { filepath?: string }).filepath ?? shown;
    throw new ConfigError(`${relative(options.cwd, file) || file}: cannot be parsed: ${reason(error)}`);
  }
  if (!found) return { config: DEFAULT_CONFIG, filepath: null };
  const shownPath = relative(options.cwd, found.filepath) || found.filepath;
  if (found.isEmpty || found.config === undefined || found.config === null) return { config: DEFAULT_CONFIG, filepath: found.filepath };
  return { config: parseUserConfig(found.config, shownPath), filepath: found.filepath };
}

/** The built-in rules plus the rules of each plugin, ids prefixed "<plugin>/". */
export class Registry implements RuleRegistry {
  private readonly rules = new Map<string, Rule>();

  constructor(builtIn: readonly Rule[]) {
    for (const rule of builtIn) this.rules.set(rule.meta.id, rule);
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  all(): Rule[] {
    return [...this.rules.values()];
  }

  add(rule: Rule): void {
    this.rules.set(rule.meta.id, rule);
  }
}

function pluginPrefix(name: string): string {
  const base = name.replace(/^@[^/]+\//, "");
  return base.replace(/^policy-lint-plugin-?/, "") || name.replace(/^@/, "").replace(/\/.*$/, "");
}

export async function loadPlugins(names: string[], from: string, registry: Registry, shownFile: string): Promise<void> {
  const require = createRequire(join(from, "noop.js"));
  for (const name of names) {
    let mod: Record<string, unknown>;
    try {
      const path = require.resolve(name);
      mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`${shownFile}: plugin "${name}" cannot be loaded: ${reason(error)}`);
    }
    const plugin = (mod.default ?? mod) as { rules?: Record<string, Rule> };
    if (!plugin.rules || typeof plugin.rules !== "object") throw new ConfigError(`${shownFile}: plugin "${name}" exports no "rules" object`);
    const prefix = pluginPrefix(name);
    for (const [key, rule] of Object.entries(plugin.rules)) {
      if (!rule || typeof rule.check !== "function" || !rule.meta || typeof rule.meta.messages !== "object") {
        throw new ConfigError(`${shownFile}: plugin "${name}" rule "${key}" must export { meta, check }`);
      }
      const id = `${prefix}/${key}`;
      // A plugin's rule links to its own docs, never to the built-in pages.
      const meta = { ...rule.meta, id, legalBasis: rule.meta.legalBasis ?? [], defaultSeverity: rule.meta.defaultSeverity ?? "warn", docsUrl: rule.meta.docsUrl ?? "" };
      registry.add({ ...rule, meta });
    }
  }
}

/** Validates rule ids and options once plugins are loaded. */
export function checkConfig(loaded: LoadedConfig, registry: RuleRegistry, cwd: string): void {
  const shown = loaded.filepath ? relative(cwd, loaded.filepath) || loaded.filepath : "configuration";
  checkRules(loaded.config.rules, "rules", shown, registry);
  loaded.config.overrides.forEach((o, i) => checkRules(o.rules, `overrides[${i}].rules`, shown, registry));
}

export interface CliRuleFlags {
  rules: Record<string, RuleEntry>;
  locale?: Locale;
}

/** Settings for one file: preset, then config rules, then matching overrides, then --rule flags. */
export function resolveFor(filePath: string, loaded: LoadedConfig, registry: RuleRegistry, cli: CliRuleFlags, cwd: string): ResolvedConfig {
  const { config } = loaded;
  const rules = new Map<string, RuleSetting>();
  const strict = config.extends.includes("policy-lint:strict");
  for (const rule of registry.all()) {
    const preset = strict && rule.meta.defaultSeverity !== "off" ? "error" : rule.meta.defaultSeverity;
    rules.set(rule.meta.id, { severity: preset, options: defaults(rule) });
  }
  const apply = (entries: Record<string, RuleEntry>) => {
    for (const [id, entry] of Object.entries(entries)) {
      const base = rules.get(id);
      if (!base) continue;
      rules.set(id, { severity: entry.severity, explicit: true, options: { ...base.options, ...(entry.options ?? {}) } });
    }
  };
  apply(config.rules);
  let facts = { ...config.facts };
  const base = loaded.filepath ? dirname(loaded.filepath) : cwd;
  const rel = relative(base, resolve(cwd, filePath)).split("\\").join("/");
  for (const o of config.overrides) {
    if (loadPicomatch()(o.files, { dot: true, basename: !o.files.some((f) => f.includes("/")) })(rel)) {
      apply(o.rules);
      facts = { ...facts, ...o.facts };
    }
  }
  apply(cli.rules);
  return { rules, facts, locale: cli.locale ?? config.locale ?? "ko" };
}

function defaults(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(rule.meta.options ?? {})) out[key] = spec.default;
  return out;
}

/** picomatch is needed only for overrides and ignorePatterns: loaded on first use. */
const lazyRequire = createRequire(import.meta.url);
let picomatchModule: typeof Picomatch | undefined;
export function loadPicomatch(): typeof Picomatch {
  picomatchModule ??= lazyRequire("picomatch") as typeof Picomatch;
  return picomatchModule;
}
