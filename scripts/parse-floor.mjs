#!/usr/bin/env node
/**
 * The least a linter built on policy-lint's fixed front end must spend on a folder: every Markdown
 * file through remark-parse with remark-gfm and remark-frontmatter (configured as
 * src/parse/markdown.ts configures them) and every HTML file through rehype-parse, and nothing
 * else — no model, no rules, no output, text files not read at all. `npm run bench` runs it beside
 * policy-lint and markdownlint-cli2 on the batch folder, so that the batch target can be read
 * against what parsing alone costs on the same machine at the same minute. With `micromark` the
 * Markdown files go through micromark's tokenizer alone (the same extensions, events only, no
 * syntax tree): the least any front end built on micromark would spend. Each mode runs in a
 * process of its own, so neither inherits code the other made hot.
 *
 * Usage: node scripts/parse-floor.mjs DIR [remark|micromark]
 * prints {"markdownMs", "htmlMs", "markdownFiles", "htmlFiles"}: time spent inside the parsers,
 * after start-up and without reading; the wall time of the whole run is what the bench measures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as micromark, postprocess, preprocess } from "micromark";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import rehypeParse from "rehype-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const [dir, mode = "remark"] = process.argv.slice(2);
if (!dir || (mode !== "remark" && mode !== "micromark")) {
  process.stderr.write("usage: node scripts/parse-floor.mjs DIR [remark|micromark]\n");
  process.exit(2);
}
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);
const html = unified().use(rehypeParse, { fragment: false });

const sources = { markdown: [], html: [] };
for (const name of readdirSync(dir).sort()) {
  if (/\.(?:md|markdown)$/i.test(name)) sources.markdown.push(readFileSync(join(dir, name), "utf8"));
  else if (/\.html?$/i.test(name)) sources.html.push(readFileSync(join(dir, name), "utf8"));
}

function timed(processor, texts) {
  const start = performance.now();
  for (const text of texts) processor.parse(text);
  return Math.round(performance.now() - start);
}

/** remark-parse's first half: the events micromark hands to mdast-util-from-markdown. */
const extensions = [gfm(), frontmatter(["yaml", "toml"])];
const tokenizer = {
  parse: (text) => postprocess(micromark({ extensions }).document().write(preprocess()(text, "utf8", true))),
};

const markdownMs = timed(mode === "remark" ? markdown : tokenizer, sources.markdown);
const htmlMs = timed(html, sources.html);
const figures = { markdownMs, htmlMs, markdownFiles: sources.markdown.length, htmlFiles: sources.html.length };
process.stdout.write(`${JSON.stringify(figures)}\n`);
