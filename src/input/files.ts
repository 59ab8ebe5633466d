/**
 * Turns the paths a user gave into the list of files to lint: files as given, directories
 * recursed for policy extensions, globs expanded. Walks and globs skip node_modules, .git, what
 * .gitignore files ignore and the configuration's ignorePatterns; a directory or glob that yields
 * no file is a problem of its own, so that a mistyped path in CI cannot pass in silence.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { loadPicomatch } from "../config/load.js";

export const POLICY_EXTENSIONS = [".md", ".markdown", ".txt", ".html", ".htm"];
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);
const GLOB_CHARS = /[*?[\]{}]/;

/** Why a path cannot be linted; the CLI words each kind in the user's language. */
export type InputProblem = "missing" | "no-match" | "dangling-link" | "unreadable";

export interface FileTarget {
  path: string;
  /** Why the path cannot be linted (missing, unreadable); the file then gets a fatal message. */
  problem?: string;
  problemKind?: InputProblem;
  /**
   * The user named this file itself, rather than a directory or glob that contains it: a file
   * named on purpose is linted whatever it looks like.
   */
  named: boolean;
}

function hasPolicyExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return POLICY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function problem(path: string, kind: InputProblem, detail?: string): FileTarget {
  const text: Record<InputProblem, string> = {
    missing: "no such file or directory",
    "no-match": "no policy files match this path or pattern (.gitignore and ignorePatterns apply)",
    "dangling-link": "dangling symbolic link",
    unreadable: `cannot be read (${detail ?? "error"})`,
  };
  return { path, problem: text[kind], problemKind: kind, named: true };
}

export async function findFiles(patterns: string[], cwd: string, ignorePatterns: string[]): Promise<FileTarget[]> {
  const ignored = ignorePatterns.length ? loadPicomatch()(ignorePatterns, { dot: true }) : () => false;
  const isIgnored = (abs: string) => {
    const rel = relative(cwd, abs).split("\\").join("/");
    return ignored(rel) || ignored(rel + "/");
  };
  const out: FileTarget[] = [];
  const seen = new Set<string>();
  const add = (target: FileTarget) => {
    if (seen.has(target.path)) return;
    seen.add(target.path);
    out.push(target);
  };
  let gitignore: GitIgnores | undefined;
  const gitIgnores = async () => (gitignore ??= await GitIgnores.create());
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      if (GLOB_CHARS.test(pattern)) {
        const { glob } = await import("tinyglobby");
        const git = await gitIgnores();
        const matches = await glob(pattern, { cwd, ignore: ["**/node_modules/**", "**/.git/**", ...ignorePatterns], absolute: false, dot: false });
        const files = matches.sort().filter((m) => hasPolicyExtension(m) && !git.ignores(resolve(cwd, m), false));
        if (!files.length) add(problem(pattern, "no-match"));
        for (const m of files) add({ path: m, named: false });
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      add(code === "ENOENT" ? problem(pattern, "missing") : problem(pattern, "unreadable", code));
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(abs, isIgnored, await gitIgnores());
      if (!found.length) add(problem(pattern, "no-match"));
      for (const f of found) add({ ...f, path: relative(cwd, f.path) || f.path });
    } else if (!isIgnored(abs)) add({ path: pattern, named: true });
  }
  return out;
}

/** Depth-first walk that follows each real directory once, so symlink loops end. */
async function walk(root: string, isIgnored: (abs: string) => boolean, git: GitIgnores): Promise<FileTarget[]> {
  const files: FileTarget[] = [];
  const visited = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const subdirs: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (isIgnored(full)) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(full).isDirectory();
        } catch {
          // A policy-named link to nowhere is a file the user expects linted: say so.
          if (hasPolicyExtension(entry.name) && !git.ignores(full, false)) files.push({ ...problem(full, "dangling-link"), named: false });
          continue;
        }
      }
      if (git.ignores(full, isDir)) continue;
      if (isDir) subdirs.push(full);
      // Anything else with a policy name is linted, or reported (a FIFO is "not a regular file").
      else if (hasPolicyExtension(entry.name)) files.push({ path: full, named: false });
    }
    stack.push(...subdirs.reverse());
  }
  return files;
}

interface IgnoreInstance {
  add(patterns: string): unknown;
  test(path: string): { ignored: boolean; unignored: boolean };
}

interface IgnoreLayer {
  base: string;
  test: (path: string) => { ignored: boolean; unignored: boolean };
}

/**
 * The .gitignore files that apply to a path: those of its folder and of every folder above it up
 * to the repository root (the first folder holding .git, else the file system root), deeper files
 * overriding shallower ones as in git.
 */
class GitIgnores {
  private readonly layers = new Map<string, IgnoreLayer[]>();

  private constructor(private readonly makeIgnore: () => IgnoreInstance) {}

  static async create(): Promise<GitIgnores> {
    const mod = (await import("ignore")) as unknown as { default: () => IgnoreInstance };
    return new GitIgnores(mod.default);
  }

  ignores(abs: string, isDir: boolean): boolean {
    let ignored = false;
    for (const layer of this.chain(dirname(abs))) {
      const rel = relative(layer.base, abs).split(sep).join("/");
      if (!rel || rel.startsWith("..")) continue;
      const verdict = layer.test(isDir ? `${rel}/` : rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private chain(dir: string): IgnoreLayer[] {
    const cached = this.layers.get(dir);
    if (cached) return cached;
    const parent = dirname(dir);
    const isTop = parent === dir || existsSync(join(dir, ".git"));
    const above = isTop ? [] : this.chain(parent);
    const own = this.read(dir);
    const chain = own ? [...above, own] : above;
    this.layers.set(dir, chain);
    return chain;
  }

  private read(dir: string): IgnoreLayer | null {
    let text: string;
    try {
      text = readFileSync(join(dir, ".gitignore"), "utf8");
    } catch {
      return null;
    }
    const ig = this.makeIgnore();
    ig.add(text);
    return { base: dir, test: (path) => ig.test(path) };
  }
}

