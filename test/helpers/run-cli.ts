/** Spawns the real binary, as users run it. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/policy-lint.js", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; severity: number; line: number; column: number; message: string; fix?: unknown }[];
  errorCount: number;
  warningCount: number;
}

export function lintJson(args: string[], options: Parameters<typeof runCli>[1] = {}): JsonResult[] {
  const run = runCli(["--format", "json", ...args], options);
  if (run.status !== 0 && run.status !== 1) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonResult[];
}
