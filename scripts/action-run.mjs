// The steps of the GitHub Action (action.yml), kept here so that a test runs exactly what the
// action runs. `install` builds the action's own checkout (npm ci runs the prepare build);
// `run` lints with the inputs from INPUT_* variables and exits with the CLI's exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const actionDir = dirname(dirname(fileURLToPath(import.meta.url)));

function input(name, fallback = "") {
  const value = process.env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`];
  return value === undefined || value.trim() === "" ? fallback : value.trim();
}

function fail(message) {
  process.stderr.write(`policy-lint action: ${message}\n`);
  return 2;
}

function npm(args) {
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", [...args, "--include=dev", "--no-audit", "--no-fund"], {
    cwd: actionDir,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return r.status ?? fail(`npm ${args[0]} did not finish (${r.signal ?? r.error?.message})`);
}

function install() {
  // --include=dev: the prepare build needs esbuild even when the workflow sets NODE_ENV=production.
  if (!existsSync(join(actionDir, "package-lock.json"))) return npm(["install"]);
  if (npm(["ci"]) === 0) return 0;
  // A lock that npm ci refuses (e.g. an optional platform package it lacks) should not stop the
  // lint: say so, and resolve the same ranges with npm install.
  process.stderr.write("policy-lint action: npm ci failed; retrying with npm install\n");
  return npm(["install", "--no-save"]);
}

function lint(args) {
  const r = spawnSync(process.execPath, [join(actionDir, "bin", "policy-lint.js"), ...args], { stdio: "inherit" });
  return r.status ?? fail(`policy-lint did not finish (${r.signal ?? r.error?.message})`);
}

function run() {
  const failOn = input("fail-on", "error");
  if (failOn !== "error" && failOn !== "warning") return fail(`fail-on must be "error" or "warning", got "${failOn}"`);
  const inlineConfig = input("inline-config", "false");
  if (inlineConfig !== "true" && inlineConfig !== "false") return fail(`inline-config must be "true" or "false", got "${inlineConfig}"`);
  // One path per line keeps paths with spaces whole; a single line is split on spaces.
  const raw = input("paths", ".");
  const paths = (raw.includes("\n") ? raw.split("\n") : raw.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  const common = [
    ...(input("config") ? ["--config", input("config")] : []),
    ...(failOn === "warning" ? ["--max-warnings", "0"] : []),
    // In CI the document under review must not be able to switch its own checks off.
    ...(inlineConfig === "false" ? ["--no-inline-config"] : []),
  ];

  let sarifStatus = 0;
  const sarifFile = input("sarif-file");
  // The SARIF file is written first, so that it exists for upload-sarif even when the lint fails.
  if (sarifFile) sarifStatus = lint([...paths, ...common, "--format", "sarif", "--output-file", sarifFile]);
  const status = lint([...paths, ...common, "--format", input("format", "github")]);
  return status !== 0 ? status : sarifStatus === 2 ? 2 : 0;
}

const step = process.argv[2];
if (step === "install") process.exitCode = install();
else if (step === "run") process.exitCode = run();
else process.exitCode = fail(`unknown step "${step ?? ""}" (use install or run)`);
