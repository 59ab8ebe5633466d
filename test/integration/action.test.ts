import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { ACTION_BUNDLE, buildActionBundle } from "../../scripts/build-action.mjs";
import { fixture, ROOT } from "../helpers/run-cli.js";
import { copyWorkingTree } from "./snapshot.js";

// The action's step, run as action.yml runs it: in the action's own checkout (a copy of the
// working tree without node_modules or dist, as GitHub fetches it), from the user's workspace.
let action: string;
let workspace: string;
let runnerTemp: string;

beforeAll(() => {
  action = copyWorkingTree("pl-action-");
  workspace = mkdtempSync(join(tmpdir(), "pl-workspace-"));
  runnerTemp = mkdtempSync(join(tmpdir(), "pl-runner-temp-"));
  mkdirSync(join(workspace, "policies"));
  mkdirSync(join(workspace, "docs", "legal"), { recursive: true });
  copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(workspace, "policies", "bad.txt"));
  copyFileSync(fixture("compliant/school-policy.txt"), join(workspace, "policies", "good.txt"));
  // A policy that tries to switch its own overseas-transfer check off.
  writeFileSync(join(workspace, "self-silenced.txt"), `<!-- policy-lint-disable overseas-transfer -->\n${readFileSync(fixture("seeds/004_2bead2da7e852597.txt"), "utf8")}`);
  copyFileSync(fixture("compliant/school-policy.txt"), join(workspace, "docs", "legal", "개인정보처리방침.txt"));
  copyFileSync(join(ROOT, "README.md"), join(workspace, "README.md"));
  // Demotes the seed's only error, leaving warnings: what `fail-on` decides about.
  writeFileSync(join(workspace, "warn-only.json"), JSON.stringify({ rules: { "overseas-transfer": "warn" } }));
});

afterAll(() => {
  for (const dir of [action, workspace, runnerTemp]) rmSync(dir, { recursive: true, force: true });
});

/** action.yml's default for an input. */
function defaultInput(name: string): string {
  const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
  const match = new RegExp(`^  ${name}:\\n(?:    .*\\n|      .*\\n)*?    default: "(.*)"$`, "m").exec(yml);
  if (!match) throw new Error(`action.yml has no default for ${name}`);
  return match[1];
}

function step(inputs: Record<string, string>) {
  const id = Math.random().toString(36).slice(2);
  const summary = join(runnerTemp, `summary-${id}.md`);
  const output = join(runnerTemp, `output-${id}`);
  writeFileSync(output, "");
  const env: Record<string, string | undefined> = {
    ...process.env,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: action,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runnerTemp,
    NO_COLOR: "1",
  };
  for (const name of ["paths", "config", "format", "sarif-file", "fail-on", "inline-config"]) {
    env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] = inputs[name] ?? (name === "paths" ? defaultInput("paths") : "");
  }
  const r = spawnSync(process.execPath, [join(action, "scripts", "action-run.mjs"), "run"], { cwd: workspace, env, encoding: "utf8", timeout: 60_000 });
  const outputs = Object.fromEntries(readFileSync(output, "utf8").split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: existsSync(summary) ? readFileSync(summary, "utf8") : "", outputs };
}

describe("GitHub Action (action.yml via scripts/action-run.mjs)", () => {
  it("runs from its checkout without installing anything: the committed bundle is the CLI built from these sources", async () => {
    expect(existsSync(join(action, "node_modules")), "the action's checkout must not need node_modules").toBe(false);
    const built: string = await buildActionBundle();
    expect(built === readFileSync(ACTION_BUNDLE, "utf8"), "action/policy-lint.mjs is stale: run `npm run build:action` and commit it").toBe(true);
    const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(yml).not.toMatch(/npm (?:ci|install)|action-run\.mjs" install/);
  });

  it("lints once for the log and the SARIF file, and sets the outputs errors, warnings and sarif-file", () => {
    const r = step({ paths: "policies", "sarif-file": "out.sarif", format: "github", "fail-on": "error" });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^::error file=policies\/bad\.txt,line=\d+.*title=policy-lint\(overseas-transfer\)::/m);
    expect(r.summary).toContain("### policy-lint");
    expect(r.summary).toMatch(/\| policies\/bad\.txt \| \d+:\d+ \| 오류 \| overseas-transfer \|/);
    const sarif = JSON.parse(readFileSync(join(workspace, "out.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0].results as { ruleId: string; level: string }[];
    expect(results.some((res) => res.ruleId === "overseas-transfer")).toBe(true);
    expect(r.outputs).toEqual({
      errors: String(results.filter((res) => res.level === "error").length),
      warnings: String(results.filter((res) => res.level === "warning").length),
      "sarif-file": "out.sarif",
    });
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
  });

  it("by default lints the files named like a policy, and writes the SARIF file to RUNNER_TEMP", () => {
    const r = step({ format: "json" });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
    expect(files).toEqual([join(workspace, "docs", "legal", "개인정보처리방침.txt")]);
    expect(r.outputs["sarif-file"].startsWith(runnerTemp)).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs["sarif-file"], "utf8")).runs[0].results).toEqual([]);
    expect(r.outputs.errors).toBe("0");
  });

  it("fails with exit 2 naming a path that matches nothing", () => {
    const r = step({ paths: "privcy/**/*.md" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("policy-lint: privcy/**/*.md: ");
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
