// The GitHub Action's step (action.yml), kept here so that a test runs exactly what the action
// runs. It needs nothing installed: action/policy-lint.mjs is the CLI with its dependencies in one
// committed file (scripts/build-action.mjs). It lints once, writing the log in the chosen format
// and a SARIF file, sets the step outputs errors, warnings and sarif-file, and exits with the
// CLI's exit code.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const actionDir = dirname(dirname(fileURLToPath(import.meta.url)));
const MIN_NODE = 20;

function input(name, fallback = "") {
  const value = process.env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`];
  return value === undefined || value.trim() === "" ? fallback : value.trim();
}

function fail(message) {
  process.stderr.write(`policy-lint action: ${message}\n`);
  return 2;
}

/** Findings counted from the SARIF log: results by level, plus files that could not be linted. */
function counts(sarifPath) {
  let log;
  try {
    log = JSON.parse(readFileSync(sarifPath, "utf8"));
  } catch {
    return { errors: 0, warnings: 0 };
  }
  let errors = 0;
  let warnings = 0;
  for (const run of log.runs ?? []) {
    const notes = (run.invocations ?? []).flatMap((i) => i.toolExecutionNotifications ?? []);
    for (const item of [...(run.results ?? []), ...notes]) {
      if (item.level === "error") errors++;
      else if (item.level === "warning") warnings++;
    }
  }
  return { errors, warnings };
}

function setOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(""));
}

/** The ref to compare with: the input, else a pull request's base commit, else none. */
function baseRef() {
  const given = input("base");
  if (given === "none") return null;
  if (given) return given;
  const event = process.env.GITHUB_EVENT_NAME;
  if (event !== "pull_request" && event !== "pull_request_target") return null;
  try {
    return JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8")).pull_request?.base?.sha ?? null;
  } catch (error) {
    throw new Error(`cannot read the ${event} event (${error.code ?? error.message}); set the base input`);
  }
}

/** actions/checkout fetches one commit by default: fetch the base too. Failures are left to policy-lint's own message. */
function fetchIfShallow(ref) {
  const git = (...args) => spawnSync("git", args, { encoding: "utf8" });
  if (git("rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`).status === 0) return;
  if (git("rev-parse", "--is-shallow-repository").stdout?.trim() !== "true") return;
  process.stderr.write(`policy-lint action: fetching ${ref} (shallow checkout)\n`);
  git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", ref);
}

/** The old/new comparison of every changed policy, appended to the job summary. */
function summarizeChanges(paths, base) {
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (!summary) return 0;
  const r = spawnSync(process.execPath, [join(actionDir, "action", "policy-lint.mjs"), "diff", "--base", base, "--format", "markdown", ...paths], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr || `policy-lint action: policy-lint diff did not finish (${r.signal ?? r.error?.message})\n`);
    return r.status ?? 2;
  }
  if (r.stdout.trim()) appendFileSync(summary, `\n${r.stdout}`);
  return 0;
}

function run() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < MIN_NODE) return fail(`Node.js ${MIN_NODE} or later is needed, this runner has ${process.versions.node} (add actions/setup-node)`);
  const failOn = input("fail-on", "error");
  if (failOn !== "error" && failOn !== "warning") return fail(`fail-on must be "error" or "warning", got "${failOn}"`);
  const inlineConfig = input("inline-config", "false");
  if (inlineConfig !== "true" && inlineConfig !== "false") return fail(`inline-config must be "true" or "false", got "${inlineConfig}"`);
  // One path per line keeps paths with spaces whole; a single line is split on spaces.
  const raw = input("paths");
  if (!raw) return fail("no paths to lint (set the paths input)");
  const paths = (raw.includes("\n") ? raw.split("\n") : raw.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  let base;
  try {
    base = baseRef();
  } catch (error) {
    return fail(error.message);
  }
  if (base) fetchIfShallow(base);
  const sarifFile = input("sarif-file") || join(process.env.RUNNER_TEMP || tmpdir(), `policy-lint-${process.pid}.sarif`);
  const args = [
    ...paths,
    ...(input("config") ? ["--config", input("config")] : []),
    ...(failOn === "warning" ? ["--max-warnings", "0"] : []),
    ...(base ? ["--base", base] : []),
    "--format", input("format", "github"),
    "--sarif-file", sarifFile,
    // In CI the document under review must not be able to switch its own checks off.
    ...(inlineConfig === "false" ? ["--no-inline-config"] : []),
  ];
  const r = spawnSync(process.execPath, [join(actionDir, "action", "policy-lint.mjs"), ...args], { stdio: "inherit" });
  const status = r.status ?? fail(`policy-lint did not finish (${r.signal ?? r.error?.message})`);
  setOutputs({ ...counts(resolve(sarifFile)), "sarif-file": sarifFile });
  const diffStatus = base && status !== 2 ? summarizeChanges(paths, base) : 0;
  return status !== 0 ? status : diffStatus === 2 ? 2 : 0;
}

const step = process.argv[2];
if (step === "run") process.exitCode = run();
else process.exitCode = fail(`unknown step "${step ?? ""}" (use run)`);
