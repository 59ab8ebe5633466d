/**
 * Flattens an mdast tree into reading-order blocks, one per line of text, plus tables.
 * Every line break is meaningful in Korean policies, so a Markdown paragraph written as
 * consecutive lines becomes one block per line. Iterative: deep nesting cannot overflow the stack.
 */
import type { Nodes, Parent, Root, Table as MdTable } from "mdast";
import type { LineIndex } from "./line-index.js";
import type { Block, BlockKind, Span, Table, TableCell } from "./types.js";

interface LinePiece {
  line: number;
  text: string;
  /** Source range of the text nodes in the piece, when they sit on one line (HTML puts whole paragraphs on one). */
  start?: number;
  end?: number;
}

const HTML_TAG = /<\/?[A-Za-z][^<>\n]{0,300}>/g;

function inlinePieces(node: Nodes, lines: LineIndex, pieces: LinePiece[]): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n.type) {
      case "text":
      case "inlineCode": {
        const startLine = n.position ? n.position.start.line - 1 : pieces.at(-1)?.line ?? 0;
        const oneLine = !n.value.includes("\n");
        if (oneLine) appendPiece(pieces, startLine, n.value, false);
        else n.value.split("\n").forEach((part, i) => appendPiece(pieces, startLine + i, part, i > 0));
        const p = n.position;
        if (oneLine && p && p.start.line === p.end.line && p.start.offset !== undefined && p.end.offset !== undefined) {
          const last = pieces[pieces.length - 1];
          last.start = Math.min(last.start ?? p.start.offset, p.start.offset);
          last.end = Math.max(last.end ?? p.end.offset, p.end.offset);
        }
        break;
      }
      case "html": {
        const startLine = n.position ? n.position.start.line - 1 : pieces.at(-1)?.line ?? 0;
        // Raw HTML (a "<br>" line swallows the Markdown below it into one HTML block): keep its lines.
        n.value.split("\n").forEach((part, i) => {
          const text = part.replace(HTML_TAG, " ");
          if (text.trim()) appendPiece(pieces, startLine + i, text, true);
        });
        break;
      }
      case "break": {
        const line = n.position ? n.position.end.line - 1 : (pieces.at(-1)?.line ?? 0) + 1;
        pieces.push({ line, text: "" });
        break;
      }
      case "image":
        if (n.alt) appendPiece(pieces, n.position ? n.position.start.line - 1 : 0, n.alt, false);
        break;
      case "strong": {
        // "<strong>1. 목적</strong> 본문…" on one line: the bold lead is a heading candidate of its own.
        const last = pieces.at(-1);
        const atLineStart = !last || last.text.trim() === "";
        if (atLineStart && n.position) {
          stack.push({ type: "text", value: "\n", position: { start: n.position.end, end: n.position.end } } as Nodes);
        }
        pushReversed(stack, n.children as Nodes[]);
        break;
      }
      case "link": {
        // The URL matters to rules (redress sites): keep it after the link text.
        stack.push({ type: "text", value: ` (${n.url})`, position: n.position && { start: n.position.end, end: n.position.end } } as Nodes);
        pushReversed(stack, n.children as Nodes[]);
        break;
      }
      default:
        if ("children" in n) pushReversed(stack, (n as Parent).children as Nodes[]);
    }
  }
  void lines;
}

/** Children onto a depth-first stack, so that the first is popped first. */
function pushReversed(stack: Nodes[], children: Nodes[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

function appendPiece(pieces: LinePiece[], line: number, text: string, newLine: boolean): void {
  const last = pieces.at(-1);
  if (!newLine && last && (last.line === line || last.text === "")) {
    last.text += text;
    if (last.text === text) last.line = line;
  } else pieces.push({ line, text });
}

/** Invisible and no-break spaces read as spaces; a run of spaces or tabs as one space (a single space is left alone: no copy). */
function clean(text: string): string {
  return text.replace(/[\u00a0\u200b\ufeff]/g, " ").replace(/ [ \t]+|\t[ \t]*/g, " ").trim();
}

export interface Flattened {
  blocks: Block[];
  tables: Table[];
}

export function flatten(root: Root, lines: LineIndex): Flattened {
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const stack: { node: Nodes; listDepth: number }[] = [{ node: root, listDepth: 0 }];
  while (stack.length) {
    const { node, listDepth } = stack.pop()!;
    switch (node.type) {
      case "heading":
        pushLines(blocks, node, "heading", node.depth, lines);
        break;
      case "paragraph":
        pushLines(blocks, node, listDepth ? "listItem" : "paragraph", listDepth, lines);
        break;
      case "code":
        pushRaw(blocks, node, "code", lines);
        break;
      case "html":
        pushLines(blocks, { type: "paragraph", children: [node], position: node.position }, listDepth ? "listItem" : "paragraph", listDepth, lines);
        break;
      case "table":
        pushTable(blocks, tables, node, lines);
        break;
      case "yaml":
      case "toml" as never:
      case "definition":
      case "thematicBreak":
        break;
      default:
        if ("children" in node) {
          const depth = node.type === "listItem" ? listDepth + 1 : listDepth;
          const kids = (node as Parent).children as Nodes[];
          for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], listDepth: depth });
        }
    }
  }
  return { blocks, tables };
}

function nodeSpan(node: Nodes, lines: LineIndex): { start: number; end: number } {
  const p = node.position;
  if (!p) return { start: 0, end: 0 };
  return {
    start: p.start.offset ?? lines.offset(p.start.line, p.start.column),
    end: p.end.offset ?? lines.offset(p.end.line, p.end.column),
  };
}

function pushLines(blocks: Block[], node: Nodes, kind: BlockKind, depth: number, lines: LineIndex): void {
  const pieces: LinePiece[] = [];
  inlinePieces(node, lines, pieces);
  const span = nodeSpan(node, lines);
  // Most nodes hold one line: it shares its line with nothing, so none of the locating below applies.
  if (pieces.length === 1 && node.position) {
    const text = clean(pieces[0].text);
    if (text) pushLine(blocks, kind, text, depth, span, pieces[0].line, lines);
    return;
  }
  const texts = pieces.map((piece) => clean(piece.text));
  const perLine = new Map<number, number>();
  for (let i = 0; i < pieces.length; i++) if (texts[i]) perLine.set(pieces[i].line, (perLine.get(pieces[i].line) ?? 0) + 1);
  // A node without a position (HTML wrapped in an unknown element) has only its line to go by.
  if (!node.position) for (const line of perLine.keys()) perLine.set(line, Math.max(2, perLine.get(line)!));
  locateOnSharedLines(pieces, perLine, { start: span.start || lines.lineStart(pieces[0]?.line ?? 0), end: span.end || lines.text.length }, lines.text);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const text = texts[i];
    if (!text) continue;
    // Several blocks on one source line (an HTML paragraph with <br>s) each get their own range.
    if ((perLine.get(piece.line) ?? 0) > 1 && piece.start !== undefined && piece.end !== undefined) {
      blocks.push({ kind, text, span: { start: piece.start, end: piece.end }, depth });
      continue;
    }
    pushLine(blocks, kind, text, depth, span, piece.line, lines);
  }
}

/** A block for the part of source line `line` inside `span`, from its first non-blank character. */
function pushLine(blocks: Block[], kind: BlockKind, text: string, depth: number, span: Span, line: number, lines: LineIndex): void {
  const lineStart = Math.max(span.start, lines.lineStart(line));
  const lineEnd = Math.min(span.end || lines.lineEnd(line), lines.lineEnd(line));
  const start = skipSpace(lines.text, lineStart, lineEnd);
  blocks.push({ kind, text, span: { start, end: Math.max(start, lineEnd) }, depth });
}

/**
 * Pieces that share a source line but came from nodes without positions are found in the source
 * by their first characters, in order; each then ends where the next one starts.
 */
function locateOnSharedLines(pieces: LinePiece[], perLine: Map<number, number>, span: { start: number; end: number }, source: string): void {
  let cursor = span.start;
  const shared = pieces.filter((p) => (perLine.get(p.line) ?? 0) > 1 && clean(p.text));
  for (const piece of shared) {
    if (piece.start === undefined) {
      const probe = clean(piece.text).slice(0, 8);
      const at = source.indexOf(probe, cursor);
      if (at !== -1 && at < span.end) piece.start = at;
    }
    if (piece.start !== undefined) cursor = piece.start + 1;
  }
  shared.forEach((piece, i) => {
    if (piece.start === undefined || piece.end !== undefined) return;
    const next = shared.slice(i + 1).find((p) => p.start !== undefined && p.start > piece.start!);
    piece.end = next ? next.start : span.end;
  });
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

function pushRaw(blocks: Block[], node: Nodes & { value: string }, kind: BlockKind, lines: LineIndex): void {
  const span = nodeSpan(node, lines);
  const text = clean(node.value);
  if (text) blocks.push({ kind, text, span, depth: 0 });
}

function cellOf(node: Nodes, lines: LineIndex): TableCell {
  const pieces: LinePiece[] = [];
  inlinePieces(node, lines, pieces);
  return { text: clean(pieces.map((p) => p.text).join(" ")), span: nodeSpan(node, lines) };
}

function pushTable(blocks: Block[], tables: Table[], node: MdTable, lines: LineIndex): void {
  const rows = node.children.map((row) => ({ row, cells: row.children.map((c) => cellOf(c, lines)) }));
  if (!rows.length) return;
  const index = tables.length;
  tables.push({ header: rows[0].cells, rows: rows.slice(1).map((r) => r.cells), span: nodeSpan(node, lines) });
  for (const { row, cells } of rows) {
    const text = cells.map((c) => c.text).join(" | ");
    if (text.replace(/[|\s]/g, "")) blocks.push({ kind: "tableRow", text, span: nodeSpan(row, lines), depth: 0, table: index });
  }
}
