/**
 * Worker-thread entry (dist/worker.js): lints the files the pool hands it, one at a time, with a
 * Linter built once from the same options as the main thread's.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createLinter, lintFiles, type LintOptions, type Linter } from "./linter.js";
import { fatalResult } from "./lint.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

const port = parentPort!;
const linter: Promise<Linter> = createLinter((workerData as { options: LintOptions }).options);
// A configuration the main thread accepted cannot fail here except by a race with an edit; the
// rejection is reported per file below instead of as an unhandled one.
linter.catch(() => undefined);

port.on("message", async ({ id, path }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    // One path is below the pool's threshold, so this is the plain read-decode-lint of lintFiles.
    const l = await linter;
    const [result] = await lintFiles([path], l);
    // Copying the model across threads costs more than linting; only reports that show it need it.
    if (result && !l.options.keepModel) delete result.policy;
    reply = { id, result: result ?? fatalResult(path, "no such file or directory") };
  } catch (error) {
    reply = { id, result: fatalResult(path, `cannot be linted: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`) };
  }
  try {
    port.postMessage(reply);
  } catch (error) {
    // Something a plugin left in the result that cannot cross threads (a function, a socket).
    port.postMessage({ id, result: fatalResult(path, `cannot be linted: ${(error as Error).message.split("\n")[0]}`) } satisfies WorkerReply);
  }
});
