/** Runs the built CLI (bin/policy-lint.js) as a user would: a child process, exit code and output. */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/policy-lint.js", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliRun {
  const env = { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "", ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000, ...options, env });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function fixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
}
