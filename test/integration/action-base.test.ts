/**
 * The Action's run step (scripts/action-run.mjs, as action.yml runs it) on pull-request events:
 * real repositories, a pull_request event file, the base commit compared and the old/new
 * comparison written to the job summary. The install step is covered by action.test.ts; here the
 * script runs from this checkout's build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRepo, runGit, type TestRepo } from "../helpers/git-repo.js";
import { fixture, ROOT } from "../helpers/run-cli.js";

const SCRIPT = join(ROOT, "scripts", "action-run.mjs");
const BASE = readFileSync(fixture("compliant/shop-policy.md"), "utf8");
/** The pull request changes a processor's task and leaves the effective date as it was. */
const HEAD = BASE.replace("| 수탁자 | 위탁업무 내용 |", "| 수탁자 | 위탁업무 내용(변경) |");

let origin: TestRepo;
let baseSha: string;
const temps: string[] = [];

beforeAll(() => {
  expect(HEAD).not.toBe(BASE);
  origin = makeRepo("pl-action-origin-");
  baseSha = origin.commit({ "policies/privacy.md": BASE }, "2026-11-01", "policy 2026");
  origin.commit({ "policies/privacy.md": HEAD }, "2026-11-20", "change a processor's task");
});

afterAll(() => {
  origin?.remove();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function eventFile(payload: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "pl-action-event-"));
  temps.push(dir);
  const path = join(dir, "event.json");
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function step(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const summary = join(mkdtempSync(join(tmpdir(), "pl-action-summary-")), "summary.md");
  temps.push(join(summary, ".."));
  const vars: Record<string, string | undefined> = { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: "1", GITHUB_EVENT_NAME: "", GITHUB_EVENT_PATH: "", ...env };
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] = value;
  const r = spawnSync(process.execPath, [SCRIPT, "run"], { cwd: workspace, env: vars, encoding: "utf8", timeout: 120_000 });
  let summaryText = "";
  try {
    summaryText = readFileSync(summary, "utf8");
  } catch {
    // no summary written
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: summaryText };
}

const pullRequest = () => ({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile({ action: "synchronize", pull_request: { number: 7, base: { ref: "main", sha: baseSha }, head: { ref: "policy-update" } } }) });

function clone(...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "pl-action-clone-"));
  temps.push(dir);
  runGit(tmpdir(), ["clone", "-q", ...args, `file://${origin.dir}`, dir]);
  return dir;
}

describe("GitHub Action on a pull request (base input)", () => {
  it("compares with the pull request's base commit: change-notice annotations and the old/new table in the summary", () => {
    const workspace = clone();
    const r = step(workspace, { paths: "policies" }, pullRequest());
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^::error file=policies\/privacy\.md,line=106,.*title=policy-lint\(change-notice\)::.*시행일\(2026-01-01\)은 그대로입니다/m);
    expect(r.summary).toContain("### 개인정보 처리방침 신·구 대조: policies/privacy.md");
    expect(r.summary).toContain(`policies/privacy.md @ ${baseSha}`);
    expect(r.summary).toContain("| 내용 변경 | | 있음 |");
    expect(r.summary).toContain("| 6. 개인정보 처리업무의 위탁 | L48 수탁자 &#124; 위탁업무 내용 | L48 수탁자 &#124; 위탁업무 내용(변경) |");
  });

  it("fetches the base commit when the checkout is shallow", () => {
    const workspace = clone("--depth=1");
    expect(runGit(workspace, ["rev-parse", "--is-shallow-repository"]).trim()).toBe("true");
    const r = step(workspace, { paths: "policies" }, pullRequest());
    expect(r.stderr).toContain(`policy-lint action: fetching ${baseSha} (shallow checkout)`);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain("title=policy-lint(change-notice)");
    expect(r.summary).toContain("신·구 대조표");
  });

  it("without a pull request (a push) there is nothing to compare: the policy passes", () => {
    const r = step(clone(), { paths: "policies" }, { GITHUB_EVENT_NAME: "push" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.summary).not.toContain("신·구 대조");
  });

  it("base: none turns the comparison off on a pull request; an explicit ref is used on any event", () => {
    expect(step(clone(), { paths: "policies", base: "none" }, pullRequest()).status).toBe(0);
    const explicit = step(clone(), { paths: "policies", base: "HEAD~1", format: "json" }, { GITHUB_EVENT_NAME: "push" });
    expect(explicit.status).toBe(1);
    const [file] = JSON.parse(explicit.stdout) as { messages: { ruleId: string; messageId: string }[] }[];
    expect(file.messages.filter((m) => m.ruleId === "change-notice").map((m) => m.messageId)).toEqual(["history-missing", "date-not-updated"]);
  });

  it("an unknown base is one line and exit 2", () => {
    const r = step(clone(), { paths: "policies", base: "no-such-ref" }, { GITHUB_EVENT_NAME: "push" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint: --base no-such-ref: unknown revision (not a branch, tag or commit of this repository)\n");
  });

  it("an unreadable event file is one line and exit 2", () => {
    const r = step(clone(), { paths: "policies" }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: join(tmpdir(), "no-such-event.json") });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint action: cannot read the pull_request event (ENOENT); set the base input\n");
  });
});
