import { Chalk } from "chalk";
import { relative } from "node:path";
import { basisText, ruleDocsUrl, sanitize } from "../engine/messages.js";
import type { Formatter } from "./types.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * ESLint's stylish layout: `line:col severity message rule-id` grouped by file, then a summary
 * line. The legal basis and docs link follow each finding only with --verbose.
 */
export const stylish: Formatter = (results, { cwd, color, locale, rules, verbose }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of results) {
    if (!r.messages.length) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    out.push("", c.underline(sanitize(relative(cwd, r.filePath) || r.filePath)));
    const rows = r.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? c.red(locale === "ko" ? "오류" : "error") : c.yellow(locale === "ko" ? "경고" : "warning"),
      sanitize(m.message),
      m.ruleId ? `  ${c.dim(m.ruleId)}` : "",
    ]);
    const width = Math.max(...rows.map((row) => row[0].length));
    const sevWidth = Math.max(...rows.map((row) => row[1].length));
    r.messages.forEach((m, i) => {
      const row = rows[i];
      out.push(`  ${c.dim(row[0].padEnd(width))}  ${row[1].padEnd(sevWidth)}  ${row[2]}${row[3]}`);
      const meta = verbose && m.ruleId ? rules.get(m.ruleId) : undefined;
      if (!meta) return;
      const indent = " ".repeat(2 + width + 2);
      const basis = basisText(meta, locale);
      if (basis) out.push(c.dim(`${indent}${locale === "ko" ? "근거" : "Basis"}: ${basis}`));
      const url = ruleDocsUrl(meta);
      if (url) out.push(c.dim(`${indent}${url}`));
    });
  }
  const total = errors + warnings;
  if (!total) return "";
  const summary =
    locale === "ko"
      ? `✖ 문제 ${total}건 (오류 ${errors}, 경고 ${warnings})`
      : `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  out.push("", (errors ? c.red.bold : c.yellow.bold)(summary));
  if (fixable) out.push(c.dim(locale === "ko" ? `  --fix 옵션으로 ${fixable}건을 고칠 수 있습니다.` : `  ${fixable} fixable with the --fix option.`));
  return out.join("\n") + "\n";
};
