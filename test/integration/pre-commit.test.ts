import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/run-cli.js";
import { git, snapshotRepo } from "./snapshot.js";

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("pre-commit hook (.pre-commit-hooks.yaml)", () => {
  it.skipIf(!hasPreCommit)(
    hasPreCommit
      ? "installs from a git checkout; fails on a bad policy only, never on README or CHANGELOG; passes a good one"
      : "SKIPPED: pre-commit is not installed (apt-get install pre-commit)",
    () => {
      const repo = snapshotRepo();
      const project = mkdtempSync(join(tmpdir(), "pl-precommit-user-"));
      const home = mkdtempSync(join(tmpdir(), "pl-precommit-home-"));
      temps.push(repo, project, home);
      git(project, "init", "-q");
      copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(project, "privacy-policy.txt"));
      copyFileSync(fixture("compliant/school-policy.txt"), join(project, "개인정보처리방침.txt"));
      copyFileSync(join(ROOT, "README.md"), join(project, "README.md"));
      writeFileSync(join(project, "CHANGELOG.md"), "# Changelog\n\n## 0.2.0\n\n- 개인정보 처리방침 링크를 바닥글에 추가\n- Fixed the login form\n");
      // Named like a policy but not one: the hook skips it with a note instead of failing on it.
      writeFileSync(join(project, "privacy-faq.md"), "# FAQ\n\n## Is the app free?\n\nYes. See the privacy policy for what we keep.\n");
      git(project, "add", "-A");

      // One PRE_COMMIT_HOME for every run: the first installs the hook's environment (npm install
      // of the package, the slow part), the others reuse it.
      const tryRepo = (...files: string[]) =>
        spawnSync("pre-commit", ["try-repo", repo, "policy-lint", ...(files.length ? ["--files", ...files] : ["--all-files"]), "--verbose"], {
          cwd: project,
          encoding: "utf8",
          env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: "1", PRE_COMMIT_COLOR: "never" },
          timeout: 540_000,
        });

      const all = tryRepo();
      expect(all.status, all.stdout + all.stderr).toBe(1);
      expect(all.stdout).toMatch(/policy-lint\.+Failed/);
      expect(all.stdout).toContain("privacy-policy.txt");
      expect(all.stdout).toContain("overseas-transfer");
      expect(all.stdout).toMatch(/privacy-faq\.md: 개인정보 처리방침으로 보이지 않아 건너뜁니다/);
      expect(all.stdout).not.toMatch(/README\.md|CHANGELOG\.md/);

      const good = tryRepo("개인정보처리방침.txt", "README.md", "CHANGELOG.md");
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/policy-lint\.+Passed/);
    },
    600_000,
  );
});
