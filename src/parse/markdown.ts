import type { Nodes, Root } from "mdast";
import { unified } from "unified";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { intractableMarkdown, type IntractableReason } from "./markdown-guard.js";
import { pushUnmoved } from "./positions.js";
import { parseText } from "./text.js";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);

/** A piece of a Markdown document read by the plain-text parser because micromark is not linear on it. */
export interface PlainTextFallback {
  /** 1-based lines the piece spans. */
  startLine: number;
  endLine: number;
  reason: IntractableReason;
}

declare module "mdast" {
  interface RootData {
    plainTextFallback?: PlainTextFallback[];
  }
}

/**
 * micromark resolves each GFM table by splicing the event list of the whole document, so one
 * parse is quadratic in (tables × length). Large documents are parsed in pieces cut at blank lines
 * outside fenced code, which keeps every splice short; positions are shifted back afterwards.
 * Each piece is checked first (markdown-guard.ts): one micromark cannot parse in linear time is
 * read by the plain-text parser, and the tree records where (`root.data.plainTextFallback`).
 */
const CHUNK_SIZE = 64 * 1024;

export function parseMarkdown(text: string): Root {
  const pieces = text.length <= CHUNK_SIZE ? [{ offset: 0, end: text.length, line: 0 }] : chunks(text);
  if (pieces.length === 1 && !intractableMarkdown(text)) return processor.parse(text);
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  const fallback: PlainTextFallback[] = [];
  for (const chunk of pieces) {
    const slice = text.slice(chunk.offset, chunk.end);
    const reason = intractableMarkdown(slice);
    const part = reason ? parseText(slice) : processor.parse(slice);
    if (reason) fallback.push({ startLine: chunk.line + 1, endLine: chunk.line + (part.position?.end.line ?? 1), reason });
    if (chunk.offset || chunk.line) shift(part, chunk.offset, chunk.line);
    // One by one: spreading a hundred thousand children overflows the call stack.
    for (const child of part.children) root.children.push(child);
  }
  if (fallback.length) root.data = { plainTextFallback: mergeAdjacent(fallback) };
  return root;
}

function mergeAdjacent(ranges: PlainTextFallback[]): PlainTextFallback[] {
  const out: PlainTextFallback[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && last.endLine + 1 >= r.startLine && last.reason === r.reason) last.endLine = Math.max(last.endLine, r.endLine);
    else out.push({ ...r });
  }
  return out;
}

interface Chunk {
  offset: number;
  end: number;
  /** Lines before the chunk. */
  line: number;
}

/** Cuts after a blank line once a piece reaches CHUNK_SIZE, never inside a ``` or ~~~ fence. */
function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | null = null;
  let previousBlank = false;
  for (let i = 0; i < text.length; ) {
    const next = text.indexOf("\n", i);
    const end = next === -1 ? text.length : next;
    const content = text.slice(i, Math.min(end, i + 16)).trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(content)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? null : marker.slice(0, 3);
    const blank = text.slice(i, end).trim() === "";
    if (!fence && blank && !previousBlank && i - start >= CHUNK_SIZE) {
      out.push({ offset: start, end: i, line: startLine });
      start = i;
      startLine = line;
    }
    previousBlank = blank;
    line++;
    i = end + 1;
  }
  out.push({ offset: start, end: text.length, line: startLine });
  return out;
}

function shift(tree: Root, offset: number, lines: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += lines;
      node.position.end.line += lines;
      if (node.position.start.offset !== undefined) node.position.start.offset += offset;
      if (node.position.end.offset !== undefined) node.position.end.offset += offset;
    }
    if ("children" in node) pushUnmoved(stack, node);
  }
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: text.length - last, offset: text.length };
}
