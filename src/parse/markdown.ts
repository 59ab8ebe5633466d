import type { Nodes, Root } from "mdast";
import { unified } from "unified";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);

/**
 * micromark resolves each GFM table by splicing the event list of the whole document, so one
 * parse is quadratic in (tables × length). Large documents are parsed in pieces cut at blank lines
 * outside fenced code, which keeps every splice short; positions are shifted back afterwards.
 */
const CHUNK_SIZE = 64 * 1024;

export function parseMarkdown(text: string): Root {
  if (text.length <= CHUNK_SIZE) return processor.parse(text);
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  for (const chunk of chunks(text)) {
    const part = processor.parse(text.slice(chunk.offset, chunk.end));
    shift(part, chunk.offset, chunk.line);
    root.children.push(...part.children);
  }
  return root;
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
    if ("children" in node) for (const child of node.children) stack.push(child as Nodes);
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
