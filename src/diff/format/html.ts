/**
 * `diff --format html`: the 신·구 대조표 as one self-contained page (inline CSS, no script, no
 * external asset): a summary of what changed in legal terms, then per article the changed
 * passages side by side, old on the left, with the words that differ marked. Every string from a
 * document is escaped, and a Content-Security-Policy that allows no script backs that up.
 */
import { htmlPage } from "../../format/html-page.js";
import { escapeHtml } from "../../format/html.js";
import type { Passage, PassageSide } from "../types.js";
import { dateText, factName, factText, lineText, topicName, WORDS } from "./labels.js";
import type { DiffFormatter } from "./types.js";
import { markWords, type Piece } from "./words.js";

const CSS = `
body{font:15px/1.5 system-ui,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
table.compare td{width:50%;white-space:pre-wrap}table.compare th{background:#f6f8fa}
td.old{background:#fff8f8}td.new{background:#f6fff8}del{background:#ffcecb;text-decoration:line-through}ins{background:#aceebb;text-decoration:none}
.line{color:#656d76;font-variant-numeric:tabular-nums;margin-right:.4rem}.meta{color:#656d76}
li[data-change=added]::marker,tr[data-change=added] .change{color:#1a7f37}li[data-change=removed]::marker,tr[data-change=removed] .change{color:#cf222e}
`;

function pieces(list: Piece[], tag: "del" | "ins"): string {
  return list.map((p) => (p.changed ? `<${tag}>${escapeHtml(p.text)}</${tag}>` : escapeHtml(p.text))).join("");
}

/** One side of a passage, block by block with its line; words the other side lacks are marked. */
function sideHtml(side: PassageSide | null, other: PassageSide | null, tag: "del" | "ins"): string {
  if (!side) return "";
  return side.blocks
    .map((b, k) => {
      const counterpart = other?.blocks[k]?.text;
      const body = counterpart === undefined ? `<${tag}>${escapeHtml(b.text)}</${tag}>` : pieces(markWords(tag === "del" ? b.text : counterpart, tag === "del" ? counterpart : b.text)[tag === "del" ? "old" : "new"], tag);
      return `<div class="block" data-line="${b.line}"><span class="line">L${b.line}</span>${body}</div>`;
    })
    .join("");
}

function passageRow(p: Passage): string {
  return `<tr${p.meta ? ' class="meta"' : ""}><td class="old">${sideHtml(p.old, p.new, "del")}</td><td class="new">${sideHtml(p.new, p.old, "ins")}</td></tr>`;
}

export const html: DiffFormatter = (reports, { locale }) => {
  const w = WORDS[locale];
  const body: string[] = [];
  reports.forEach((r, f) => {
    body.push(`<section class="file" id="f${f}" data-path="${escapeHtml(r.path)}">`, `<h2>${escapeHtml(r.path)}</h2>`, `<p class="labels">${escapeHtml(r.oldLabel)} → ${escapeHtml(r.newLabel)}</p>`);
    const d = r.diff;
    if (!d) {
      body.push(`<p>${w.newFile}</p></section>`);
      return;
    }
    body.push(
      `<table class="summary"><tbody>`,
      `<tr data-field="effective-date"><th>${w.effectiveDate}</th><td class="old">${escapeHtml(dateText(d.effectiveDate.old, locale))}</td><td class="new">${escapeHtml(dateText(d.effectiveDate.new, locale))}</td></tr>`,
      `<tr data-field="content-changed"><th>${w.contentChanged}</th><td colspan="2">${d.contentChanged ? w.yes : w.no}</td></tr>`,
      `<tr data-field="history"><th>${w.history}</th><td colspan="2">${d.history.length ? d.history.map((h) => `${escapeHtml(h.date)} (L${h.place.line})`).join(", ") : w.historyNone}</td></tr>`,
      `</tbody></table>`,
    );
    if (d.elements.length) {
      body.push(`<h3>${w.elements}</h3>`, `<ul class="elements">`);
      for (const e of d.elements) body.push(`<li data-topic="${e.topic}" data-change="${e.change}">${w[e.change]}: ${escapeHtml(topicName(e.topic, locale))} <span class="line">${lineText(e.place.line, e.place.side, locale)}</span></li>`);
      body.push(`</ul>`);
    }
    if (d.facts.length) {
      body.push(`<h3>${w.facts}</h3>`, `<table class="facts"><thead><tr><th>${w.change}</th><th>${w.kind}</th><th>${w.what}</th><th>${w.line}</th></tr></thead><tbody>`);
      for (const x of d.facts) {
        body.push(`<tr data-kind="${x.kind}" data-change="${x.change}"><td class="change">${w[x.change]}</td><td>${escapeHtml(factName(x, locale))}</td><td class="what">${escapeHtml(factText(x))}</td><td class="line">${lineText(x.place.line, x.place.side, locale)}</td></tr>`);
      }
      body.push(`</tbody></table>`);
    }
    body.push(`<h3>${w.table}</h3>`);
    if (!d.articles.length) body.push(`<p>${w.unchanged}</p>`);
    for (const a of d.articles) {
      body.push(
        `<div class="article" data-change="${a.change}">`,
        `<h4>${escapeHtml(a.title || w.preamble)} <small>(${w[a.change]})</small></h4>`,
        `<table class="compare"><thead><tr><th>${w.old}${a.oldLine ? ` <span class="line">L${a.oldLine}</span>` : ""}</th><th>${w.new}${a.newLine ? ` <span class="line">L${a.newLine}</span>` : ""}</th></tr></thead><tbody>`,
        ...a.passages.map(passageRow),
        `</tbody></table></div>`,
      );
    }
    body.push(`</section>`);
  });
  return htmlPage({ locale, title: w.title, css: CSS, body }).join("\n");
};
