/**
 * Short units that, repeated, make the documents micromark and the plain-text reader are weakest
 * on: list markers of every kind and dates or numbers that look like them, containers stacked on
 * one line, brackets and link-reference floods, emphasis runs, entities, table pipes, HTML tags,
 * Korean outline markers, tabs, zero-width characters and mixtures of them.
 */
export const SWEEP_UNITS: readonly string[] = [
  // List markers on one line (each opens a list inside the previous one) and on every line.
  "1. ", "1) ", "- ", "* ", "+ ", "3) 2) 1) ", "- 1. * + > ",
  "- \n", "* \n", "+ \n", "1. \n", "1) \n", "- [ ] ",
  // Dates and numbers shaped like ordered markers.
  "2024. 1. ", "2024.1.1. ", "1.1. ", "2024-01-01 ", "010-1234-5678 ",
  // Block quotes, alone and mixed with lists; deep indentation.
  "> ", "> \n", ">- ", "- > ", "1. > - ", "  - ", "    - ", "\t", "\t- ", "\t\n",
  // Labels, link references, footnotes, images.
  "[", "[a] ", "[a][b] ", "](", "![", "[a]: b\n", "[a]: <b> 'c'\n", "[^1]: x\n", "[^1] ",
  // Emphasis and strikethrough runs.
  "*a", "*_", "**", "_", "~", "~~",
  // Entities, escapes, autolinks.
  "&amp;", "&#1234;", "&", "\\", "www.a.b ", "a@b.c ", "<http://a.b> ",
  // Tables, HTML, code.
  "| a ", "|-", "| a |\n", "|-|\n", "<div>", "<a href='x'>", "<", "<!--", "`", "```\n",
  // Headings and underlines.
  "# ", "===\n", "---\n", "a\n===\n",
  // Korean outline markers and mixtures.
  "가. ", "가. \n", "① ", "(1) ", "제1조 ", "1. 가. ① (1) - ",
  // Zero-width and other invisible characters.
  "\u200b", "\u200b- ", "\ufeff", "a\n",
];

/** A document of about `size` characters: a policy title, then `unit` repeated. */
export function sweepDocument(unit: string, size: number): string {
  const head = "# 개인정보 처리방침\n\n";
  const body = size - head.length;
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body);
}
