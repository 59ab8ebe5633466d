/** The robustness tests' view of the binary: a run in a folder, its JSON, and a clean stderr. */
import { spawn } from "node:child_process";
import { expect } from "vitest";
import { BIN, runCli, type CliRun } from "../helpers/run-cli.js";

export function cli(args: string[], cwd: string, options: { timeout?: number; input?: string } = {}): CliRun {
  return runCli(args, { cwd, ...options });
}

/** Like `cli`, but asynchronous, so that a test can kill it part way. */
export function cliChild(args: string[], cwd: string) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: "ignore" });
}

/** Control characters that could move the cursor, recolour or retitle a terminal. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * stderr holds exactly one line per expected problem, each "policy-lint: …", with no stack trace
 * and no raw control characters.
 */
export function expectCleanStderr(stderr: string, lines: number): void {
  const got = stderr.split("\n").filter(Boolean);
  expect(got, stderr).toHaveLength(lines);
  for (const line of got) {
    expect(line).toMatch(/^policy-lint: /);
    expect(line).not.toMatch(RAW_CONTROL);
  }
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; fatal?: boolean; message: string; line: number; column: number }[];
  fatalErrorCount: number;
}

export function json(run: CliRun): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[];
}
