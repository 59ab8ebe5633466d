/** Word-level marks inside a changed passage: which words of each side the other side lacks. */
import { commonPairs } from "../lcs.js";

export interface Piece {
  text: string;
  changed: boolean;
}

const TOKEN = /\s+|[^\s,.;:·()（）[\]「」]+|[,.;:·()（）[\]「」]/g;

export function markWords(oldText: string, newText: string): { old: Piece[]; new: Piece[] } {
  const a = oldText.match(TOKEN) ?? [];
  const b = newText.match(TOKEN) ?? [];
  const pairs = commonPairs(a, b);
  const keptA = new Set(pairs.map((p) => p[0]));
  const keptB = new Set(pairs.map((p) => p[1]));
  return { old: merge(a, keptA), new: merge(b, keptB) };
}

/** Adjacent tokens with the same mark become one piece; whitespace between changed words stays inside the mark. */
function merge(tokens: string[], kept: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  tokens.forEach((text, i) => {
    const changed = !kept.has(i) && text.trim() !== "";
    const last = pieces[pieces.length - 1];
    if (last && (last.changed === changed || (!text.trim() && last.changed && !kept.has(i)))) last.text += text;
    else pieces.push({ text, changed });
  });
  return pieces;
}
