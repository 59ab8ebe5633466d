/**
 * A throwaway git commit of the current working tree, for tools that install from a repository's
 * HEAD (pre-commit try-repo): the tests must exercise the code as it is, committed or not.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { ROOT } from "../helpers/run-cli.js";

/** Build output, installs and local state: the snapshot must build itself as a fresh clone would. */
const SKIP = new Set(["node_modules", "dist", ".git", "test/artifacts"]);

export function copyWorkingTree(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(ROOT, src).split(sep).join("/")),
  });
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=policy-lint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

export function snapshotRepo(): string {
  const dir = copyWorkingTree("pl-snapshot-");
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "snapshot of the working tree");
  return dir;
}
