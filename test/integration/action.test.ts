import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/run-cli.js";
import { copyWorkingTree } from "./snapshot.js";

// The action's steps, run as action.yml runs them: `install` in the action's own checkout (a copy of
// the working tree without node_modules or dist), then `run` in the user's workspace.
let action: string;
let workspace: string;

beforeAll(() => {
  action = copyWorkingTree("pl-action-");
  workspace = mkdtempSync(join(tmpdir(), "pl-workspace-"));
  mkdirSync(join(workspace, "policies"));
  copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(workspace, "policies", "bad.txt"));
  copyFileSync(fixture("compliant/school-policy.txt"), join(workspace, "policies", "good.txt"));
  // A policy that tries to switch its own overseas-transfer check off.
  writeFileSync(join(workspace, "self-silenced.txt"), `<!-- policy-lint-disable overseas-transfer -->\n${readFileSync(fixture("seeds/004_2bead2da7e852597.txt"), "utf8")}`);
  // Demotes the seed's only error, leaving warnings: what `fail-on` decides about.
  writeFileSync(join(workspace, "warn-only.json"), JSON.stringify({ rules: { "overseas-transfer": "warn" } }));
  const install = spawnSync(process.execPath, [join(action, "scripts", "action-run.mjs"), "install"], { cwd: action, encoding: "utf8", timeout: 500_000 });
  expect(install.status, install.stdout + install.stderr).toBe(0);
}, 540_000);

afterAll(() => {
  rmSync(action, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

function step(inputs: Record<string, string>) {
  const summary = join(workspace, `summary-${Math.random().toString(36).slice(2)}.md`);
  const env: Record<string, string | undefined> = { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: "1" };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] = value;
  const r = spawnSync(process.execPath, [join(action, "scripts", "action-run.mjs"), "run"], { cwd: workspace, env, encoding: "utf8", timeout: 60_000 });
  let summaryText = "";
  try {
    summaryText = readFileSync(summary, "utf8");
  } catch {
    // no summary written
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: summaryText };
}

describe("GitHub Action (action.yml via scripts/action-run.mjs)", () => {
  it("annotates, writes the job summary and SARIF, and fails with the CLI's exit code", () => {
    const r = step({ paths: "policies", "sarif-file": "out.sarif", format: "github", "fail-on": "error" });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^::error file=policies\/bad\.txt,line=\d+.*title=policy-lint\(overseas-transfer\)::/m);
    expect(r.summary).toContain("### policy-lint");
    expect(r.summary).toMatch(/\| policies\/bad\.txt \| \d+:\d+ \| 오류 \| overseas-transfer \|/);
    const sarif = JSON.parse(readFileSync(join(workspace, "out.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.some((res: { ruleId: string }) => res.ruleId === "overseas-transfer")).toBe(true);
  });

  it("passes a compliant policy", () => {
    const r = step({ paths: "policies/good.txt" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain("::error");
  });

  it("fail-on decides whether warnings fail the step; config is passed on", () => {
    expect(step({ paths: "policies/bad.txt", config: "warn-only.json", "fail-on": "error" }).status).toBe(0);
    const strict = step({ paths: "policies/bad.txt", config: "warn-only.json", "fail-on": "warning" });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("too many warnings");
  });

  it("takes one path per line", () => {
    const r = step({ paths: "policies/good.txt\npolicies/bad.txt\n", format: "json" });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it("ignores policy-lint-disable comments in the policies unless inline-config is true", () => {
    const r = step({ paths: "self-silenced.txt", format: "json" });
    expect(r.status).toBe(1);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(file.messages.some((m) => m.ruleId === "overseas-transfer")).toBe(true);
    const obeyed = step({ paths: "self-silenced.txt", format: "json", "inline-config": "true" });
    const [silenced] = JSON.parse(obeyed.stdout) as { messages: { ruleId: string }[] }[];
    expect(silenced.messages.some((m) => m.ruleId === "overseas-transfer")).toBe(false);
    expect(step({ paths: "self-silenced.txt", "inline-config": "maybe" }).status).toBe(2);
  });

  it("rejects a bad fail-on with exit 2", () => {
    const r = step({ paths: "policies", "fail-on": "sometimes" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('policy-lint action: fail-on must be "error" or "warning", got "sometimes"\n');
  });
});
