/**
 * Finds foreign processors named in a text. One combined pattern of escaped literals keeps the
 * scan linear; Latin aliases must stand as whole words, case-sensitive ones exactly as written.
 */
import { DOMESTIC_PROCESSING_MARKERS, FOREIGN_PROCESSING_MARKERS, FOREIGN_PROCESSORS } from "./foreign-processors.js";
import type { ForeignProcessor } from "./types.js";

export interface ProcessorMention {
  processor: ForeignProcessor;
  alias: string;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LATIN = /[A-Za-z]/;

const byAlias = new Map<string, { processor: ForeignProcessor; alias: string }[]>();
for (const processor of FOREIGN_PROCESSORS) {
  for (const alias of processor.aliases) {
    const key = alias.toLowerCase();
    const list = byAlias.get(key) ?? [];
    list.push({ processor, alias });
    byAlias.set(key, list);
  }
}
// Longest first, so that "Google Analytics" wins over "Google".
const ALIASES = [...byAlias.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(ALIASES.map(escape).join("|"), "gi");

/** A mention negated in its own clause ("Firebase를 사용하지 않습니다") is not a use. */
const NEGATED_AFTER = /^[^.\n]{0,40}(?:사용하지|쓰지|이용하지|포함하지|연동하지)\s{0,2}않|^[^.\n]{0,20}(?:없습니다|없음|없고|없으며)/;

export function findForeignProcessors(text: string): ProcessorMention[] {
  const out: ProcessorMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const index = m.index;
    const found = m[0];
    const entries = byAlias.get(found.toLowerCase()) ?? [];
    const entry = entries.find((e) => !e.processor.caseSensitive || !LATIN.test(e.alias) || e.alias === found);
    if (!entry) continue;
    if (LATIN.test(found)) {
      const before = text[index - 1] ?? " ";
      const after = text[index + found.length] ?? " ";
      // Inside an e-mail address, URL or package id ("@gmail.com", "io.github.x") it is no processor.
      if (/[A-Za-z0-9_.@/]/.test(before) || /[A-Za-z0-9_@]/.test(after) || (after === "." && /[A-Za-z]/.test(text[index + found.length + 1] ?? ""))) continue;
    }
    if (NEGATED_AFTER.test(text.slice(index + found.length, index + found.length + 60))) continue;
    out.push({ processor: entry.processor, alias: found, index });
  }
  return out;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

/**
 * Mentions that are evidence of a transfer abroad: a processor named on a line that states a Korean
 * region or Korean contracting entity processes in Korea, unless the line also states a foreign one.
 */
export function findOverseasProcessors(text: string): ProcessorMention[] {
  return findForeignProcessors(text).filter((m) => {
    const line = lineAt(text, m.index);
    if (!DOMESTIC_PROCESSING_MARKERS.some((w) => line.includes(w))) return true;
    return FOREIGN_PROCESSING_MARKERS.some((w) => line.includes(w));
  });
}
