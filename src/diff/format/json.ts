/** `diff --format json`: every comparison as data; places as side and line (spans are internal). */
import type { DiffFormatter } from "./types.js";

export const json: DiffFormatter = (reports) =>
  JSON.stringify(
    reports.map((r) => ({ path: r.path, old: r.oldLabel, new: r.newLabel, newFile: r.diff === null, ...(r.diff ?? {}) })),
    (key, value) => (key === "span" ? undefined : value),
    2,
  ) + "\n";
