/**
 * Real git repositories in temporary folders, with commits at set dates, for the tests of
 * everything that compares a policy with an earlier version (--base, the hook, the Action).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  /** Writes the files, stages everything and commits with author and committer date `date` (YYYY-MM-DD). */
  commit(files: Record<string, string>, date: string, message?: string): string;
  remove(): void;
}

export function runGit(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync("git", ["-c", "user.name=policy-lint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

export function makeRepo(prefix = "pl-git-"): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  runGit(dir, ["init", "-q"]);
  const repo: TestRepo = {
    dir,
    git: (...args) => runGit(dir, args),
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    commit(files, date, message = `policy as of ${date}`) {
      repo.write(files);
      runGit(dir, ["add", "-A"]);
      const stamp = `${date}T09:00:00+09:00`;
      runGit(dir, ["commit", "-q", "--allow-empty", "-m", message], { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp });
      return runGit(dir, ["rev-parse", "HEAD"]).trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}
