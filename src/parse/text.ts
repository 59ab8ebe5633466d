/**
 * Structure recovery for plain-text policies: turns lines into an mdast tree of headings,
 * paragraphs, lists and tables, with remark-style positions on every node.
 *
 * Plain text is how most Korean policies are pasted, and every line break in it is meaningful, so
 * each non-empty line becomes exactly one block (a heading, a paragraph, a list item or a table
 * row); lines are never merged. What kind of block a line is comes from its marker (제N조, 1., 가.,
 * ①, •, ■, […]) and its shape (short, no sentence ending, followed by body text), judged against
 * its neighbours: a line that looks like a heading but sits in a run of sibling items is a list
 * item. The rules err towards "not a heading", because a false heading splits a section in two.
 *
 * Everything here is linear in the input: lines are scanned once, regular expressions only ever
 * see a bounded prefix or suffix of a line, and nothing recurses over the input.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from "mdast";
import type { Point, Position } from "unist";
import { scanLines, type Line, type Marker } from "./text/lines.js";
import { findTables, type TableSpec } from "./text/tables.js";
import { assignRoles, type Role } from "./text/roles.js";

export function parseText(text: string): Root {
  const { lines, end } = scanLines(text);
  const tables = findTables(text, lines);
  const roles = assignRoles(text, lines, tables);
  return {
    type: "root",
    children: buildBlocks(text, lines, roles),
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };
}

// ---------------------------------------------------------------------------------------------
// Tree

function point(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

function position(startLine: Line, start: number, endLine: Line, end: number): Position {
  return { start: point(startLine, start), end: point(endLine, end) };
}

function phrasing(text: string, line: Line, start: number, end: number, shared?: Position): PhrasingContent[] {
  if (start === end) return [];
  return [{ type: "text", value: text.slice(start, end), position: shared ?? position(line, start, line, end) }];
}

/**
 * A heading or paragraph whose text is its whole line: the node and its one text child span the
 * same range and share one position object (a document may have a million such lines, and each
 * position is three objects). Code that moves positions must move a shared one once.
 */
function lineNode(text: string, line: Line, start: number): { children: PhrasingContent[]; position: Position } {
  const shared = position(line, start, line, line.contentEnd);
  return { children: phrasing(text, line, start, line.contentEnd, shared), position: shared };
}

function buildBlocks(text: string, lines: Line[], roles: Role[]): RootContent[] {
  const blocks: RootContent[] = [];
  const lists = new ListBuilder(text, blocks);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const role = roles[i];
    if (role.kind === "listItem") {
      lists.add(line);
      continue;
    }
    lists.close();
    switch (role.kind) {
      case "heading":
        blocks.push(headingNode(text, line, role.depth));
        break;
      case "paragraph":
        blocks.push(paragraphNode(text, line, line.contentStart));
        break;
      case "table":
        blocks.push(tableNode(text, role.table));
        break;
      case "tableContinued":
        break;
    }
  }
  return blocks;
}

function headingNode(text: string, line: Line, depth: Heading["depth"]): Heading {
  const { children, position } = lineNode(text, line, line.contentStart);
  return { type: "heading", depth, children, position };
}

function paragraphNode(text: string, line: Line, start: number): Paragraph {
  const { children, position } = lineNode(text, line, start);
  return { type: "paragraph", children, position };
}

function tableNode(text: string, spec: TableSpec): Table {
  const rows: TableRow[] = spec.rows.map(({ line, cells }) => ({
    type: "tableRow",
    children: cells.map(
      (cell): TableCell => ({
        type: "tableCell",
        children: phrasing(text, line, cell.start, cell.end),
        position: position(line, cell.start, line, cell.end),
      }),
    ),
    position: position(line, line.contentStart, line, line.contentEnd),
  }));
  const first = spec.rows[0].line;
  const last = spec.rows[spec.rows.length - 1].line;
  return {
    type: "table",
    align: spec.rows[0].cells.map(() => null),
    children: rows,
    position: position(first, first.contentStart, last, last.contentEnd),
  };
}

/** Lists deeper than this are flattened into the deepest one, so the tree stays shallow. */
const MAX_LIST_DEPTH = 6;

interface OpenList {
  node: List;
  style: string;
  indent: number;
}

/**
 * Groups consecutive list-item lines into lists. A marker style not yet open nests under the
 * previous item (① then • then o); a style already open closes the lists opened after it; the
 * same style indented further nests too. After a blank line a new style starts a new list instead.
 */
class ListBuilder {
  private open: OpenList[] = [];

  constructor(
    private readonly text: string,
    private readonly blocks: RootContent[],
  ) {}

  add(line: Line): void {
    const marker = line.marker as Marker;
    const item = this.itemNode(line, marker);
    const level = this.levelFor(line, marker);
    if (level === -1) {
      this.open = [this.newList(line, marker)];
      this.blocks.push(this.open[0].node);
    } else if (level === this.open.length) {
      const parentItem = this.lastItem(this.open[level - 1]);
      const nested = this.newList(line, marker);
      parentItem.children.push(nested.node);
      this.open.push(nested);
    } else {
      this.open.length = level + 1;
    }
    this.open[this.open.length - 1].node.children.push(item);
    this.extendOpenTo(line);
  }

  close(): void {
    // Called before every line that is no list item: keep the empty array rather than make a new one.
    if (this.open.length > 0) this.open = [];
  }

  /** Index of the open list the item joins, open.length to nest a new one, -1 for a new top-level list. */
  private levelFor(line: Line, marker: Marker): number {
    if (this.open.length === 0) return -1;
    const top = this.open.length - 1;
    let same = top;
    while (same >= 0 && this.open[same].style !== marker.style) same--;
    const deeper = line.indent > this.open[top].indent + 1;
    if (same !== -1 && !(same === top && deeper)) return same;
    if (same === -1 && line.blankBefore && !deeper) return -1;
    return this.open.length < MAX_LIST_DEPTH ? this.open.length : top;
  }

  private newList(line: Line, marker: Marker): OpenList {
    const ordered = marker.ordinal !== null;
    const node: List = {
      type: "list",
      ordered,
      ...(ordered ? { start: marker.ordinal } : {}),
      spread: false,
      children: [],
      position: position(line, line.contentStart, line, line.contentEnd),
    };
    return { node, style: marker.style, indent: line.indent };
  }

  private itemNode(line: Line, marker: Marker): ListItem {
    return {
      type: "listItem",
      spread: false,
      children: [paragraphNode(this.text, line, marker.bodyStart)],
      position: position(line, line.contentStart, line, line.contentEnd),
    };
  }

  private lastItem(list: OpenList): ListItem {
    return list.node.children[list.node.children.length - 1];
  }

  /** Open lists and the items holding them end where their newest item ends. */
  private extendOpenTo(line: Line): void {
    for (let level = 0; level < this.open.length; level++) {
      const list = this.open[level];
      list.node.position!.end = point(line, line.contentEnd);
      if (level < this.open.length - 1) this.lastItem(list).position!.end = point(line, line.contentEnd);
    }
  }
}
