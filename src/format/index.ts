/** Formatters are loaded only when asked for, so that a run pays only for the one it prints. */
import type { Formatter } from "./types.js";

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  github: async () => (await import("./github.js")).github,
  sarif: async () => (await import("./sarif.js")).sarif,
  checklist: async () => (await import("./checklist.js")).checklistFormatter,
  html: async () => (await import("./html.js")).html,
};

export const FORMAT_NAMES = Object.keys(LOADERS);


export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = LOADERS[name];
  return load ? load() : undefined;
}

export type { Formatter, FormatContext } from "./types.js";
