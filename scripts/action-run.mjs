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
  const sarifFile = input("sarif-file") || join(process.env.RUNNER_TEMP || tmpdir(), `policy-lint-${process.pid}.sarif`);
  const args = [
    ...paths,
    ...(input("config") ? ["--config", input("config")] : []),
    ...(failOn === "warning" ? ["--max-warnings", "0"] : []),
    "--format", input("format", "github"),
    "--sarif-file", sarifFile,
    // In CI the document under review must not be able to switch its own checks off.
    ...(inlineConfig === "false" ? ["--no-inline-config"] : []),
  ];
  const r = spawnSync(process.execPath, [join(actionDir, "action", "policy-lint.mjs"), ...args], { stdio: "inherit" });
  const status = r.status ?? fail(`policy-lint did not finish (${r.signal ?? r.error?.message})`);
  setOutputs({ ...counts(resolve(sarifFile)), "sarif-file": sarifFile });
  return status;
}

const step = process.argv[2];
if (step === "run") process.exitCode = run();
else process.exitCode = fail(`unknown step "${step ?? ""}" (use run)`);
