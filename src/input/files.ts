/**
 * Turns the paths a user gave into the list of files to lint: files as given, directories
 * recursed for policy extensions, globs expanded; node_modules, .git and ignorePatterns skipped.
 */
import { realpathSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import picomatch from "picomatch";

export const POLICY_EXTENSIONS = [".md", ".markdown", ".txt", ".html", ".htm"];
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);
const GLOB_CHARS = /[*?[\]{}]/;

export interface FileTarget {
  path: string;
  /** Why the path cannot be linted (missing, unreadable); the file then gets a fatal message. */
  problem?: string;
}

function hasPolicyExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return POLICY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export async function findFiles(patterns: string[], cwd: string, ignorePatterns: string[]): Promise<FileTarget[]> {
  const ignored = ignorePatterns.length ? picomatch(ignorePatterns, { dot: true }) : () => false;
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
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      if (GLOB_CHARS.test(pattern)) {
        const { glob } = await import("tinyglobby");
        const matches = await glob(pattern, { cwd, ignore: ["**/node_modules/**", "**/.git/**", ...ignorePatterns], absolute: false, dot: false });
        for (const m of matches.sort()) if (hasPolicyExtension(m)) add({ path: m });
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      add({ path: pattern, problem: code === "ENOENT" ? "no such file or directory" : `cannot be read (${code ?? "error"})` });
      continue;
    }
    if (stat.isDirectory()) {
      const files = await walk(abs, isIgnored);
      for (const f of files) add({ path: relative(cwd, f) || f });
    } else if (!isIgnored(abs)) add({ path: pattern });
  }
  return out;
}

/** Depth-first walk that follows each real directory once, so symlink loops end. */
async function walk(root: string, isIgnored: (abs: string) => boolean): Promise<string[]> {
  const files: string[] = [];
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
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(full);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) subdirs.push(full);
      else if (isFile && hasPolicyExtension(entry.name)) files.push(full);
    }
    stack.push(...subdirs.reverse());
  }
  return files;
}
