/** Spawns the real binary (bin/policy-lint.js → dist/), as users, hooks and CI run it. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/policy-lint.js", import.meta.url));

export function fixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
}

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  timeout?: number;
}

/** No colours and no GitHub step summary unless a test asks for them. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_STEP_SUMMARY: "", ...options.env } as NodeJS.ProcessEnv,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; severity: number; line: number; column: number; message: string; fix?: unknown }[];
  errorCount: number;
  warningCount: number;
}

export function lintJson(args: string[], options: CliOptions = {}): JsonResult[] {
  const run = runCli(["--format", "json", ...args], options);
  if (run.status !== 0 && run.status !== 1) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonResult[];
}
