import { isAbsolute, resolve } from "node:path";
import type { Formatter } from "./types.js";

/** Text from standard input without --stdin-filename has no path to resolve. */
const NO_FILE = "<text>";

/** ESLint-compatible JSON: absolute file paths; the model and decoding details stay out. */
export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath === NO_FILE || isAbsolute(r.filePath) ? r.filePath : resolve(cwd, r.filePath),
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fatalErrorCount: r.fatalErrorCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
