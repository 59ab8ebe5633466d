/**
 * `diff --format markdown`: for a pull-request comment or the job summary. GitHub renders HTML
 * inside Markdown, so every string from a document is escaped, and table cells keep to one line.
 */
import { sanitize } from "../../engine/messages.js";
import { dateText, factName, factText, lineText, topicName, WORDS } from "./labels.js";
import type { DiffFormatter } from "./types.js";

function cell(text: string): string {
  return text
    .split("\n")
    .map((line) => sanitize(line).replace(/[&<>"'`*_~[\]\\|]/g, (ch) => `&#${ch.charCodeAt(0)};`))
    .join("<br>");
}

export const markdown: DiffFormatter = (reports, { locale }) => {
  const w = WORDS[locale];
  const out: string[] = [];
  for (const r of reports) {
    out.push(`### ${w.title}: ${cell(r.path)}`, "", `${cell(r.oldLabel)} → ${cell(r.newLabel)}`, "");
    const d = r.diff;
    if (!d) {
      out.push(w.newFile, "");
      continue;
    }
    out.push(`| | ${w.old} | ${w.new} |`, "|---|---|---|");
    out.push(`| ${w.effectiveDate} | ${dateText(d.effectiveDate.old, locale)} | ${dateText(d.effectiveDate.new, locale)} |`);
    out.push(`| ${w.contentChanged} | | ${d.contentChanged ? w.yes : w.no} |`, "");
    if (d.elements.length) {
      out.push(`**${w.elements}**`, "");
      for (const e of d.elements) out.push(`- ${w[e.change]}: ${cell(topicName(e.topic, locale))} (${lineText(e.place.line, e.place.side, locale)})`);
      out.push("");
    }
    if (d.facts.length) {
      out.push(`**${w.facts}**`, "", `| ${w.change} | ${w.kind} | ${w.what} | ${w.line} |`, "|---|---|---|---|");
      for (const f of d.facts) out.push(`| ${w[f.change]} | ${cell(factName(f, locale))} | ${cell(factText(f))} | ${lineText(f.place.line, f.place.side, locale)} |`);
      out.push("");
    }
    out.push(`**${w.history}**: ${d.history.length ? d.history.map((h) => `${h.date} (L${h.place.line})`).join(", ") : w.historyNone}`, "");
    if (d.articles.length) {
      out.push(`<details><summary>${w.table}</summary>`, "", `| ${w.article} | ${w.old} | ${w.new} |`, "|---|---|---|");
      for (const a of d.articles) {
        for (const p of a.passages) {
          const side = (s: typeof p.old) => (s ? s.blocks.map((b) => `L${b.line} ${cell(b.text)}`).join("<br>") : "");
          out.push(`| ${cell(a.title || w.preamble)} | ${side(p.old)} | ${side(p.new)} |`);
        }
      }
      out.push("", "</details>", "");
    }
  }
  return out.join("\n");
};
