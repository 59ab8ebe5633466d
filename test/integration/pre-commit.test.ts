import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/run-cli.js";
import { makeRepo } from "../helpers/git-repo.js";
import { git, snapshotRepo } from "./snapshot.js";

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * One snapshot of this checkout and one PRE_COMMIT_HOME for every test: the first run installs the
 * hook's environment (npm install of the package, the slow part), later runs reuse it.
 */
let shared: { repo: string; home: string } | undefined;
function hookRepo(): { repo: string; home: string } {
  if (!shared) {
    shared = { repo: snapshotRepo(), home: mkdtempSync(join(tmpdir(), "pl-precommit-home-")) };
    temps.push(shared.repo, shared.home);
  }
  return shared;
}

function tryRepo(project: string, hook: string, args: string[]) {
  const { repo, home } = hookRepo();
  return spawnSync("pre-commit", ["try-repo", repo, hook, ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: "1", PRE_COMMIT_COLOR: "never" },
    timeout: 540_000,
  });
}

describe("pre-commit hook (.pre-commit-hooks.yaml)", () => {
  it.skipIf(!hasPreCommit)(
    hasPreCommit
      ? "installs from a git checkout; fails on a bad policy only, never on README or CHANGELOG; passes a good one"
      : "SKIPPED: pre-commit is not installed (apt-get install pre-commit)",
    () => {
      const project = mkdtempSync(join(tmpdir(), "pl-precommit-user-"));
      temps.push(project);
      git(project, "init", "-q");
      copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(project, "privacy-policy.txt"));
      copyFileSync(fixture("compliant/school-policy.txt"), join(project, "개인정보처리방침.txt"));
      copyFileSync(join(ROOT, "README.md"), join(project, "README.md"));
      writeFileSync(join(project, "CHANGELOG.md"), "# Changelog\n\n## 0.2.0\n\n- 개인정보 처리방침 링크를 바닥글에 추가\n- Fixed the login form\n");
      // Named like a policy but not one: the hook skips it with a note instead of failing on it.
      writeFileSync(join(project, "privacy-faq.md"), "# FAQ\n\n## Is the app free?\n\nYes. See the privacy policy for what we keep.\n");
      git(project, "add", "-A");

      const all = tryRepo(project, "policy-lint", ["--all-files", "--verbose"]);
      expect(all.status, all.stdout + all.stderr).toBe(1);
      expect(all.stdout).toMatch(/policy-lint\.+Failed/);
      expect(all.stdout).toContain("privacy-policy.txt");
      expect(all.stdout).toContain("overseas-transfer");
      expect(all.stdout).toMatch(/privacy-faq\.md: 개인정보 처리방침으로 보이지 않아 건너뜁니다/);
      expect(all.stdout).not.toMatch(/README\.md|CHANGELOG\.md/);

      const good = tryRepo(project, "policy-lint", ["--files", "개인정보처리방침.txt", "README.md", "CHANGELOG.md", "--verbose"]);
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/policy-lint\.+Passed/);
    },
    600_000,
  );

  it.skipIf(!hasPreCommit)(
    hasPreCommit ? "policy-lint-changes compares the staged version with HEAD, not the working tree" : "SKIPPED: pre-commit is not installed (apt-get install pre-commit)",
    () => {
      const project = makeRepo("pl-precommit-changes-");
      temps.push(project.dir);
      const base = readFileSync(fixture("compliant/shop-policy.md"), "utf8");
      project.commit({ "privacy.md": base }, "2026-11-01");
      // A content change (a processor's task) without a new effective date or history entry.
      const undated = base.replace("| 수탁자 | 위탁업무 내용 |", "| 수탁자 | 위탁업무 내용(변경) |");
      expect(undated).not.toBe(base);
      const dated = `${undated.replace("2026년 1월 1일부터", "2030년 1월 1일부터")}\n### 변경 이력\n\n- 2030. 1. 1. 개정\n`;

      // Staged: the undated change. Unstaged: the fix. The hook judges what would be committed.
      writeFileSync(join(project.dir, "privacy.md"), undated);
      project.git("add", "privacy.md");
      writeFileSync(join(project.dir, "privacy.md"), dated);
      const bad = tryRepo(project.dir, "policy-lint-changes", []);
      expect(bad.status, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stdout).toMatch(/policy-lint \(changes since HEAD\)\.+Failed/);
      expect(bad.stdout).toContain("HEAD 이후 내용이 바뀌었지만 시행일(2026-01-01)은 그대로입니다");
      expect(bad.stdout).toContain("change-notice");
      // pre-commit put the unstaged fix back.
      expect(readFileSync(join(project.dir, "privacy.md"), "utf8")).toBe(dated);

      // Staged: the fix. Unstaged: the undated text again. Now the commit would pass.
      project.git("add", "privacy.md");
      writeFileSync(join(project.dir, "privacy.md"), undated);
      const good = tryRepo(project.dir, "policy-lint-changes", []);
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/policy-lint \(changes since HEAD\)\.+Passed/);
    },
    600_000,
  );
});
