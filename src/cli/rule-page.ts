/**
 * A rule page of docs/rules (Markdown, Korean first, then "## English") rendered for a terminal:
 * one language, tables as lines, no Markdown punctuation, no references into the domain
 * specification (its source keys and section numbers mean nothing outside this repository) and
 * no links into files the package does not ship.
 */
import type { Locale } from "../rule-api.js";
import { displayWidth } from "../format/checklist.js";

const ENGLISH_HEADING = /^## English\s*$/;

/** Lines outside fenced code blocks, by index: headings inside example documents are not the page's. */
function outsideFences(lines: string[]): boolean[] {
  const outside: boolean[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const mark = /^\s*(```|~~~)/.exec(line)?.[1];
    outside.push(fence === undefined && mark === undefined);
    if (mark && fence === undefined) fence = mark;
    else if (mark && mark === fence) fence = undefined;
  }
  return outside;
}

/** The lines of the "## heading" section that `heading` matches, without the heading line. */
function section(lines: string[], outside: boolean[], heading: RegExp): string[] {
  const start = lines.findIndex((l, i) => outside[i] && heading.test(l));
  if (start < 0) return [];
  let end = start + 1;
  while (end < lines.length && !(outside[end] && /^#{1,2}\s/.test(lines[end]))) end++;
  return lines.slice(start + 1, end);
}

/** The part of the page in `locale`; the English part borrows the Korean examples, which are Korean text. */
export function pageInLocale(page: string, locale: Locale): string {
  const lines = page.split("\n");
  const outside = outsideFences(lines);
  const split = lines.findIndex((l, i) => outside[i] && ENGLISH_HEADING.test(l));
  if (split < 0) return page;
  const korean = lines.slice(0, split);
  while (korean.length && /^\s*(?:-{3,})?\s*$/.test(korean[korean.length - 1])) korean.pop();
  if (locale === "ko") return korean.join("\n") + "\n";
  const english = lines.slice(split + 1).map((l, i) => (outside[split + 1 + i] ? l.replace(/^###\s/, "## ") : l));
  const examples = section(korean, outside, /^## 예시\s*$/);
  const at = english.findIndex((l) => /^## Examples\s*$/.test(l));
  if (examples.length && at >= 0) {
    let end = at + 1;
    while (end < english.length && !/^## /.test(english[end])) end++;
    const own = english.slice(at + 1, end).filter((l) => !/Korean section above/.test(l));
    english.splice(at + 1, end - at - 1, ...own, "", ...examples);
  }
  return [korean[0], ...english].join("\n") + "\n";
}

/** References into the specification: "(spec §1.1, §1.4 R19; S-LAW1)", "— source key `S-LAW1`". */
function dropSpecReferences(text: string): string {
  return text
    .replace(/\s*[—-]\s*(?:source keys?|출처 키)\s*`[^`\n]*`/g, "")
    .replace(/\s?\([^()\n]*(?:\bspec\b|§|\bS-[A-Z]+\d*\b)[^()\n]*\)/g, "")
    .replace(/\s?\bspec\s+§[\d.]+(?:\s+[A-Z]\d+)?/g, "")
    .replace(/[;,]?\s?\bS-[A-Z]+\d*\b/g, "");
}

/** Inline Markdown to plain text: links keep their text (and an address worth opening), emphasis and code marks go. */
function inline(text: string): string {
  return dropSpecReferences(text)
    .replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, (_, label: string, href: string) => {
      const page = /^(?:\.\/)?([a-z0-9-]+)\.md$/.exec(href);
      if (page) return `${label} (policy-lint explain ${page[1]})`;
      if (/^https?:\/\//.test(href)) return href !== label ? `${label} (${href})` : label;
      // A link into the source tree (rules/*.ts): the package does not ship it.
      return "";
    })
    .replace(/\*\*([^*\n]+)\*\*/g, "$1")
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, "$1$2")
    .replace(/`([^`\n]*)`/g, "$1");
}

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => inline(c.trim()));
}

/** A table becomes "header: value" lines when it has one row, else one indented entry per row. */
function renderTable(rows: string[]): string[] {
  const [header, , ...body] = rows.map(cells);
  if (body.length === 1) return header.flatMap((h, i) => (body[0][i] ? [`${h}: ${body[0][i]}`] : []));
  return body.flatMap((row) => [`  - ${row[0]}`, ...row.slice(1).filter(Boolean).map((c, i) => `      ${header[i + 1] ? `${header[i + 1]}: ` : ""}${c}`)]);
}

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, displayWidth(text)))}`;
}

export function renderRulePage(page: string, locale: Locale): string {
  const lines = pageInLocale(page, locale).replace(/^<!--[\s\S]*?-->[ \t]*\n?/gm, "").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(```|~~~)/.exec(line);
    if (fence) {
      // Example documents keep their Markdown: that is what the rule reads.
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[2]); i++) out.push(`    ${lines[i]}`);
      continue;
    }
    if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? "")) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      i--;
      out.push(...renderTable(rows));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(underline(inline(heading[2]), heading[1].length === 1 ? "=" : heading[1].length === 2 ? "-" : "·"));
      continue;
    }
    if (/^-{3,}\s*$/.test(line)) continue;
    const text = inline(line);
    // A paragraph that was only a reference leaves nothing worth a line.
    if (line.trim() && !text.trim()) continue;
    out.push(text.replace(/\s+$/, ""));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
