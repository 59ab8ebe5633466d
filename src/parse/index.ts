/**
 * Picks a parser by content, not only by extension (Markdown in a .txt file is common), and loads
 * it lazily so that a plain-text run never pays for the HTML stack.
 */
import type { Root } from "mdast";
import type { Policy } from "../policy/types.js";

export type Format = Policy["format"];

const MARKDOWN_SIGNS = /^(?:---\n[\s\S]{0,2000}?\n---\n|#{1,6}\s\S|\|[^\n]*\|\n\|?\s*:?-{3,}|\*\*[^*\n]{1,80}\*\*)/m;
const HTML_SIGNS = /<(?:html|body|div|p|table|h[1-6]|ul|ol|li|br|span|section|article)\b[^<>]{0,500}>/i;

export function detectFormat(path: string, text: string): Format {
  const ext = path.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  const head = text.slice(0, 20000);
  if (ext === "html" || ext === "htm") return HTML_SIGNS.test(head) ? "html" : "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (HTML_SIGNS.test(head) && /<\/(?:p|div|li|td|h[1-6])>/i.test(head)) return "html";
  if (MARKDOWN_SIGNS.test(head)) return "markdown";
  return "text";
}

export async function parse(text: string, format: Format): Promise<Root> {
  switch (format) {
    case "markdown":
      return (await import("./markdown.js")).parseMarkdown(text);
    case "html":
      return (await import("./html.js")).parseHtml(text);
    case "text":
      return (await import("./text.js")).parseText(text);
  }
}
