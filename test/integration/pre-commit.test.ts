import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/run-cli.js";
import { git, snapshotRepo } from "./snapshot.js";

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("pre-commit hook (.pre-commit-hooks.yaml)", () => {
  it.skipIf(!hasPreCommit)(
    hasPreCommit ? "installs from a git checkout and fails on a bad policy, passes on a good one" : "SKIPPED: pre-commit is not installed (apt-get install pre-commit)",
    () => {
      const repo = snapshotRepo();
      const project = mkdtempSync(join(tmpdir(), "pl-precommit-user-"));
      const home = mkdtempSync(join(tmpdir(), "pl-precommit-home-"));
      temps.push(repo, project, home);
      git(project, "init", "-q");
      copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(project, "bad-policy.txt"));
      copyFileSync(fixture("compliant/school-policy.txt"), join(project, "good-policy.txt"));
      git(project, "add", "-A");

      // One PRE_COMMIT_HOME for both runs: the first installs the hook's environment (npm install
      // of the package, the slow part), the second reuses it.
      const tryRepo = (file: string) =>
        spawnSync("pre-commit", ["try-repo", repo, "policy-lint", "--files", file], {
          cwd: project,
          encoding: "utf8",
          env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: "1", PRE_COMMIT_COLOR: "never" },
          timeout: 540_000,
        });

      const bad = tryRepo("bad-policy.txt");
      expect(bad.status, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stdout).toMatch(/policy-lint\.+Failed/);
      expect(bad.stdout).toContain("overseas-transfer");

      const good = tryRepo("good-policy.txt");
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/policy-lint\.+Passed/);
    },
    600_000,
  );
});
