import type { Root as HastRoot, Nodes as HastNodes, Element } from "hast";
import type { Nodes, Parent, Root, RootContent } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import { blankServerDirectives } from "./server-directives.js";
import { pushUnmoved } from "./positions.js";
import { parseText } from "./text.js";

/** Page furniture that is never policy text. */
const NOISE = new Set(["script", "style", "noscript", "nav", "template", "iframe", "svg", "button", "form", "select", "head"]);

function dropNoise(tree: HastRoot): void {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    node.children = node.children.filter((c: HastNodes) => {
      if (c.type === "comment") return false;
      if (c.type !== "element") return true;
      if (NOISE.has(c.tagName)) return false;
      const role = String(c.properties?.role ?? "");
      if (role === "navigation" || role === "banner") return false;
      return true;
    }) as typeof node.children;
    for (const c of node.children) if (c.type === "element") stack.push(c);
  }
}

const toHast = unified().use(rehypeParse, { fragment: false });
const toMdast = unified().use(rehypeRemark, { newlines: true });

/** The page's <title> often is the policy's only title (a page saved from a site). */
function findTitle(tree: HastRoot): Element | null {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const c of node.children) {
      if (c.type !== "element") continue;
      if (c.tagName === "title") return c;
      if (c.tagName === "head" || c.tagName === "html") stack.push(c);
    }
  }
  return null;
}

/** Markup nests a few levels around a heading's text; deeper nesting is not searched (and cannot overflow the stack). */
const MAX_INLINE_DEPTH = 12;

/** The first `limit` or so characters of a node's text (images read as their alt text). */
function leadingText(node: HastNodes, limit = 40, depth = 0): string {
  if (node.type === "text") return node.value.slice(0, limit);
  if (node.type === "element" && node.tagName === "img") return String(node.properties?.alt ?? "").slice(0, limit);
  if ((node.type !== "element" && node.type !== "root") || depth > MAX_INLINE_DEPTH) return "";
  let out = "";
  for (const c of node.children) {
    out += leadingText(c, limit - out.length, depth + 1);
    if (out.length >= limit) break;
  }
  return out;
}

function* elements(tree: HastRoot): Generator<Element> {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i];
      if (c.type === "element") {
        stack.push(c);
        yield c;
      }
    }
  }
}

/** An article or outline number a section heading starts with: 제4조, 4., 4), Ⅳ. */
const HEADING_NUMBER = /^\s*(?:제\s*\d{1,3}\s*조|\d{1,2}\s*[.)]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}\s*[.)]?\s)/;

/**
 * Icon images in front of a heading (the PIPC labelling icons: <img alt="위탁 아이콘">제4조. …)
 * would glue their alt text, or the link around them, before the article number, and the line
 * would no longer start like a heading. Images that lead a block whose text then starts with a
 * heading number are dropped, with the links or spans that hold nothing else.
 */
function dropLeadingIcons(tree: HastRoot): void {
  for (const element of elements(tree)) {
    const first = element.children.findIndex((c) => !(c.type === "text" && !c.value.trim()) && !isIconOnly(c));
    if (first <= 0 || !element.children.slice(0, first).some((c) => c.type === "element")) continue;
    const rest = element.children.slice(first);
    if (!HEADING_NUMBER.test(leadingText({ ...element, children: rest }))) continue;
    element.children = rest;
  }
}

/** An image, or an inline wrapper (a link, a span) holding images and whitespace only. */
function isIconOnly(node: HastNodes, depth = 0): boolean {
  if (node.type === "text") return !node.value.trim();
  if (node.type !== "element" || depth > MAX_INLINE_DEPTH) return false;
  if (node.tagName === "img") return true;
  if (node.tagName === "br" || BLOCKS.has(node.tagName)) return false;
  return node.children.length > 0 && node.children.every((c) => isIconOnly(c, depth + 1)) && node.children.some((c) => c.type === "element");
}

const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "pre", "blockquote"]);
const HEADING_ELEMENTS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Old sites lay the whole page out in a table, one cell holding the policy's headings and
 * paragraphs. Read as a table it would be one row of run-together text, so a table whose cells
 * hold headings, article lines or tables of their own is unwrapped into its cells' content.
 */
function unwrapLayoutTables(tree: HastRoot): void {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    node.children = node.children.flatMap((c) =>
      c.type === "element" && c.tagName === "table" && isLayoutTable(c) ? cellsOf(c).flatMap((cell) => cell.children) : [c],
    ) as typeof node.children;
    for (const c of node.children) if (c.type === "element") stack.push(c);
  }
}

/** The table's own cells in document order (not those of tables nested in them). */
function cellsOf(table: Element): Element[] {
  const cells: Element[] = [];
  const stack: Element[] = [table];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.tagName === "td" || node.tagName === "th") {
      cells.push(node);
      continue;
    }
    if (node.tagName === "table" && node !== table) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i];
      if (c.type === "element") stack.push(c);
    }
  }
  return cells;
}

function isLayoutTable(table: Element): boolean {
  return cellsOf(table).some((cell) => cell.children.some((c) => c.type === "element" && isStructure(c)));
}

/** A heading, a nested table, or a block that opens with an article number. */
function isStructure(node: Element, depth = 0): boolean {
  if (HEADING_ELEMENTS.has(node.tagName) || node.tagName === "table") return true;
  if (!BLOCKS.has(node.tagName) || depth > MAX_INLINE_DEPTH) return false;
  if (/^\s*제\s*\d{1,3}\s*조/.test(leadingText(node))) return true;
  return node.children.some((c) => c.type === "element" && BLOCKS.has(c.tagName) && isStructure(c, depth + 1));
}

/** An <a name> or <a id> without href is a jump target, not a link: it would print as "text ()". */
function unlinkTargets(tree: HastRoot): void {
  for (const element of elements(tree)) {
    if (element.tagName === "a" && element.properties?.href === undefined) element.tagName = "span";
  }
}

/** Definition-list terms that carry an outline number ("<dt>2. 개인정보의 수집</dt>") are section headings. */
function promoteNumberedTerms(tree: HastRoot): void {
  for (const element of elements(tree)) {
    if (element.tagName !== "dt") continue;
    const text = leadingText(element, 61).trim();
    if (text.length > 60 || !HEADING_NUMBER.test(text) || /(?:다|요)\s*[.!]?$/.test(text)) continue;
    // Articles open a top-level section wherever they stand; a numbered term may sit under a page heading.
    element.tagName = /^\s*제/.test(text) ? "h2" : "h3";
  }
}

/** rehype-remark gives a table without <th> an empty header row; its first real row is the header. */
function dropEmptyHeaderRows(root: Root): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "table") {
      const [first] = node.children;
      const empty = first && first.children.every((cell) => cell.children.every((c) => c.type === "text" && !c.value.trim()));
      if (empty && node.children.length > 1) node.children.shift();
      continue;
    }
    if ("children" in node) stack.push(...((node as Parent).children as Nodes[]));
  }
}

/** Share of Hangul among letters above which a <pre> block is prose, not code. */
const PROSE_HANGUL_SHARE = 0.5;
const PROSE_MIN_LINES = 5;

/**
 * A policy pasted as plain text into <pre> is read as plain text: rehype-remark would make one
 * code block of it. The text parser's positions are moved to where the block sits in the page.
 */
function readPreformattedProse(root: Root, source: string): void {
  const stack: Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = parent.children.flatMap((child) => {
      if (child.type === "code" && !child.lang && isProse(child.value) && child.position?.start.offset !== undefined) {
        const replaced = proseNodes(child.value, source, child.position.start.offset);
        if (replaced) return replaced;
      }
      if ("children" in child) stack.push(child as Parent);
      return [child];
    }) as typeof parent.children;
  }
}

function isProse(text: string): boolean {
  if (text.split("\n").length < PROSE_MIN_LINES) return false;
  const hangul = text.match(/[가-힣]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul >= 100 && hangul >= (hangul + latin) * PROSE_HANGUL_SHARE;
}

/** The text parser's tree for `value`, with positions in `source`; null when the text cannot be found there. */
function proseNodes(value: string, source: string, from: number): RootContent[] | null {
  const firstLine = value.split("\n").find((l) => l.trim()) ?? "";
  const firstAt = source.indexOf(firstLine, from);
  if (firstAt === -1) return null;
  const valueLineAt = value.indexOf(firstLine);
  const linesBefore = value.slice(0, valueLineAt).split("\n").length - 1;
  const sourceLine = source.slice(0, firstAt).split("\n").length - linesBefore;
  const exact = source.startsWith(value, firstAt - valueLineAt);
  const base = firstAt - valueLineAt;
  const lineStarts = exact ? null : startsOfLines(source);
  const tree = parseText(value);
  const stack: Nodes[] = [...tree.children];
  while (stack.length) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += sourceLine - 1;
      if (exact) point.offset = (point.offset ?? 0) + base;
      else point.offset = Math.min(source.length, (lineStarts![point.line - 1] ?? source.length) + point.column - 1);
    }
    if ("children" in node) pushUnmoved(stack, node);
  }
  return tree.children;
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export async function parseHtml(text: string): Promise<Root> {
  const source = blankServerDirectives(text);
  const hast = toHast.parse(source) as HastRoot;
  const title = findTitle(hast);
  dropNoise(hast);
  dropLeadingIcons(hast);
  unwrapLayoutTables(hast);
  promoteNumberedTerms(hast);
  unlinkTargets(hast);
  const root = (await toMdast.run(hast)) as unknown as Root;
  dropEmptyHeaderRows(root);
  readPreformattedProse(root, source);
  const titleText = title?.children.map((c) => (c.type === "text" ? c.value : "")).join("").trim();
  if (title && titleText) {
    root.children.unshift({ type: "heading", depth: 1, children: [{ type: "text", value: titleText, position: title.position }], position: title.position });
  }
  return root;
}
