import type { Root as HastRoot, Nodes as HastNodes, Element } from "hast";
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";

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

export async function parseHtml(text: string): Promise<Root> {
  const hast = toHast.parse(text) as HastRoot;
  const title = findTitle(hast);
  dropNoise(hast);
  const root = (await toMdast.run(hast)) as unknown as Root;
  const titleText = title?.children.map((c) => (c.type === "text" ? c.value : "")).join("").trim();
  if (title && titleText) {
    root.children.unshift({ type: "heading", depth: 1, children: [{ type: "text", value: titleText, position: title.position }], position: title.position });
  }
  return root;
}
