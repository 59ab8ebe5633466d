/**
 * Turns the paths a user gave into the list of files to lint: files as given, directories
 * recursed for policy extensions, globs expanded; node_modules, .git and ignorePatterns skipped.
 */
import { realpathSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { loadPicomatch } from "../config/load.js";

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
      for (const found of await walk(abs, isIgnored)) add({ ...found, path: relative(cwd, found.path) || found.path });
    } else if (!isIgnored(abs)) add({ path: pattern });
  }
  return out;
}

/** Depth-first walk that follows each real directory once, so symlink loops end. */
async function walk(root: string, isIgnored: (abs: string) => boolean): Promise<FileTarget[]> {
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
          if (hasPolicyExtension(entry.name)) files.push({ path: full, problem: "dangling symbolic link" });
          continue;
        }
      }
      if (isDir) subdirs.push(full);
      // Anything else with a policy name is linted, or reported (a FIFO is "not a regular file").
      else if (hasPolicyExtension(entry.name)) files.push({ path: full });
    }
    stack.push(...subdirs.reverse());
  }
  return files;
}
