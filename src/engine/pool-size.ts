/**
 * How many worker threads lint a batch. Each V8 isolate keeps more than one core busy: its garbage
 * collector and optimising compiler run on helper threads beside it (one thread linting the shared
 * corpus used 1.4 cores of CPU time per second of wall time), so "auto" gives each worker two
 * cores, and on a machine with fewer than four cores the main thread lints alone, which measured
 * as fast as two workers there and faster under load (BENCHMARKS.md).
 */
import { availableParallelism } from "node:os";

/** Threads that lint: a number (1 = the main thread alone), "auto", or "off" (the main thread). */
export type Concurrency = number | "auto" | "off";

/** Below this many files a worker's start-up (loading the bundle, ~100 ms) costs more than it saves. */
export const POOL_MIN_FILES = 16;

export const MAX_CONCURRENCY = 256;

/** Worker threads to start for `files` files; 0 lints on the main thread. */
export function workerCount(files: number, concurrency: Concurrency, cores = availableParallelism()): number {
  if (concurrency === "off" || files < 2) return 0;
  const threads = concurrency === "auto" ? (files < POOL_MIN_FILES ? 1 : Math.floor(cores / 2)) : concurrency;
  return threads >= 2 ? Math.min(threads, files) : 0;
}
