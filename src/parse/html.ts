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

export async function parseHtml(text: string): Promise<Root> {
  const hast = toHast.parse(text) as HastRoot;
  dropNoise(hast);
  return (await toMdast.run(hast)) as unknown as Root;
}
