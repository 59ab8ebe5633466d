/**
 * Lints a batch of files on worker threads (how many: pool-size.ts).
 *
 * Each worker runs dist/worker.js, an entry of the same bundle as the CLI, and builds its own
 * Linter from the caller's options (plugins included). Files are handed out one at a time, so one
 * slow file never holds a queue behind it; results are returned in input order. A worker that dies
 * (out of memory, a plugin calling process.exit) turns the file it held into a fatal result and is
 * replaced, so the other files are still linted.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LintOptions, TextLintResult } from "./linter.js";
import { fatalResult } from "./lint.js";

export interface WorkerRequest {
  id: number;
  path: string;
}

export interface WorkerReply {
  id: number;
  result: TextLintResult;
}

/**
 * The worker script, or null when there is none: running from the TypeScript sources (tests).
 * This module is bundled into dist/ or dist/chunks/, so both places are tried.
 */
export function workerScript(): URL | null {
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export async function lintInWorkers(paths: string[], options: LintOptions, script: URL, threads: number): Promise<TextLintResult[]> {
  const results: TextLintResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const size = Math.min(threads, paths.length);

  return new Promise((resolvePool) => {
    const workers = new Set<Worker>();
    const finish = () => {
      const idle = [...workers];
      workers.clear();
      for (const w of idle) void w.terminate();
      resolvePool(results);
    };
    const settle = (id: number, result: TextLintResult) => {
      results[id] = result;
      if (++done === paths.length) finish();
    };
    const start = () => {
      const worker = new Worker(script, { workerData: { options } });
      workers.add(worker);
      let current = -1;
      const feed = () => {
        if (next >= paths.length) {
          current = -1;
          return;
        }
        current = next++;
        worker.postMessage({ id: current, path: paths[current] } satisfies WorkerRequest);
      };
      worker.on("message", (reply: WorkerReply) => {
        settle(reply.id, reply.result);
        feed();
      });
      const died = (reason: string) => {
        if (!workers.delete(worker)) return;
        if (current >= 0) settle(current, fatalResult(paths[current], `cannot be linted: ${reason}`));
        // Replace the worker only while there is work left, so a worker that cannot start at all
        // fails each remaining file once instead of looping.
        if (next < paths.length) start();
      };
      worker.on("error", (error) => died(describe(error)));
      worker.on("exit", (code) => died(`the worker stopped (exit code ${code})`));
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return "out of memory";
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "document nesting too deep";
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 200);
}
