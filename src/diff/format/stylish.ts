/** `diff` in the terminal: the legal summary first, then the changed passages, old above new. */
import { Chalk } from "chalk";
import { sanitize } from "../../engine/messages.js";
import { dateText, factName, factText, lineText, topicName, WORDS } from "./labels.js";
import type { DiffFormatter } from "./types.js";

export const stylish: DiffFormatter = (reports, { locale, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = WORDS[locale];
  const mark = (change: string) => (change === "added" ? c.green("+") : change === "removed" ? c.red("-") : c.yellow("~"));
  const out: string[] = [];
  for (const r of reports) {
    out.push(c.underline(sanitize(r.path)) + c.dim(`  (${sanitize(r.oldLabel)} → ${sanitize(r.newLabel)})`));
    const d = r.diff;
    if (!d) {
      out.push(`  ${w.newFile}`, "");
      continue;
    }
    const sameDate = d.effectiveDate.old?.date === d.effectiveDate.new?.date;
    out.push(`  ${w.effectiveDate}: ${dateText(d.effectiveDate.old, locale)} → ${dateText(d.effectiveDate.new, locale)}${sameDate ? c.dim(` (${w.sameDate})`) : ""}`);
    out.push(`  ${w.contentChanged}: ${d.contentChanged ? w.yes : w.no}`);
    if (d.elements.length) {
      out.push(`  ${w.elements}`);
      for (const e of d.elements) out.push(`    ${mark(e.change)} ${topicName(e.topic, locale)} ${c.dim(`(${w[e.change]}, ${lineText(e.place.line, e.place.side, locale)})`)}`);
    }
    if (d.facts.length) {
      out.push(`  ${w.facts}`);
      for (const f of d.facts) {
        const sign = f.change === "added" ? c.green("+") : f.change === "removed" ? c.red("-") : c.yellow("~");
        out.push(`    ${sign} ${factName(f, locale)}: ${sanitize(factText(f))} ${c.dim(`(${w[f.change]}, ${lineText(f.place.line, f.place.side, locale)})`)}`);
      }
    }
    out.push(`  ${w.history}: ${d.history.length ? d.history.map((h) => `${h.date} ${c.dim(`L${h.place.line}`)}`).join(", ") : w.historyNone}`);
    if (d.articles.length) {
      out.push(`  ${w.table}`);
      for (const a of d.articles) {
        out.push(`    ${c.bold(sanitize(a.title || w.preamble))} ${c.dim(`(${w[a.change]})`)}`);
        for (const p of a.passages) {
          for (const b of p.old?.blocks ?? []) out.push(c.red(`      - ${w.old} L${b.line} ${sanitize(b.text)}`));
          for (const b of p.new?.blocks ?? []) out.push(c.green(`      + ${w.new} L${b.line} ${sanitize(b.text)}`));
        }
      }
    }
    out.push("");
  }
  return out.join("\n");
};
