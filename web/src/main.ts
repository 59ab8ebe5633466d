/**
 * The playground page: paste, drop or open a policy, see every finding at its line, the element
 * checklist with its evidence, suggestions and fixes; settings as a .policy-lintrc.json. All of it
 * runs here: no request leaves the page (its CSP has connect-src 'none').
 */
import {
  applyFixes,
  DEFAULT_SETTINGS,
  elementEvidence,
  elementName,
  FACT_KEYS,
  FACT_QUESTIONS,
  lintDocument,
  presetSeverity,
  readSettings,
  ruleDocsUrl,
  STATE_TEXT,
  ruleMetas,
  writeSettings,
  type LintMessage,
  type LintResult,
  type Locale,
  type PageSettings,
  type RuleMeta,
  type SeverityName,
} from "../../src/browser.js";
import { elementRows, type ElementRow, type EvidencePiece } from "./elements.js";
import { decodeBytes, encodeText, type Encoding } from "./encoding.js";
import { ENCODING_NAMES, TEXT, VERDICT_TEXT } from "./text.js";

interface Source {
  text: string;
  /** File name as opened, or "" for pasted text (told apart by content, as the CLI does for stdin). */
  name: string;
  encoding: Encoding;
  bom: boolean;
}

const metas = ruleMetas();
const metaById = new Map(metas.map((m) => [m.id, m]));

const state = {
  locale: "ko" as Locale,
  source: { text: "", name: "", encoding: "utf8", bom: false } as Source,
  settings: structuredClone(DEFAULT_SETTINGS) as PageSettings,
  result: null as LintResult | null,
  rows: [] as ElementRow[],
  selected: null as string | null,
  /** Bumped on every lint, so that a slow run finishing late does not overwrite a newer one. */
  generation: 0,
};

function $(id: string): HTMLElement {
  return document.getElementById(id)!;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function t() {
  return TEXT[state.locale];
}

const source = $("source") as HTMLTextAreaElement;

// ---------------------------------------------------------------- static text and language

function renderStaticText(): void {
  document.documentElement.lang = state.locale;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const value = t()[node.dataset.text as keyof ReturnType<typeof t>];
    if (typeof value === "string") node.textContent = value;
  }
  const lang = $("language");
  lang.textContent = t().language;
  lang.setAttribute("lang", state.locale === "ko" ? "en" : "ko");
  source.placeholder = t().placeholder;
}

$("language").addEventListener("click", () => {
  state.locale = state.locale === "ko" ? "en" : "ko";
  renderStaticText();
  renderSettings();
  void lint();
});

// ---------------------------------------------------------------- input

function showInputError(message: string | null): void {
  const box = $("input-error");
  box.hidden = message === null;
  box.textContent = message ?? "";
}

function setSource(next: Source): void {
  state.source = next;
  source.value = next.text;
  showInputError(null);
  void lint();
}

async function openFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const decoded = decodeBytes(bytes);
    setSource({ text: decoded.text, name: file.name, encoding: decoded.encoding, bom: decoded.bom });
  } catch (error) {
    showInputError(`${t().unreadable}: ${file.name}: ${(error as Error).message}`);
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
source.addEventListener("input", () => {
  // A textarea hands back LF only: keep the file's CRLF so that a download changes only what was edited.
  const crlf = state.source.text.includes("\r\n");
  state.source = { ...state.source, text: crlf ? source.value.replace(/\r?\n/g, "\r\n") : source.value };
  clearTimeout(typing);
  typing = setTimeout(() => void lint(), 300);
});

$("open").addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (file) void openFile(file);
  input.value = "";
});

// A file dropped anywhere on the page is read, not opened by the browser in place of the page.
const dropzone = $("dropzone");
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropzone.classList.add("dragging");
});
document.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) dropzone.classList.remove("dragging");
});
document.addEventListener("drop", (event) => {
  event.preventDefault();
  dropzone.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

$("lint").addEventListener("click", () => void lint());
$("clear").addEventListener("click", () => setSource({ text: "", name: "", encoding: "utf8", bom: false }));

// ---------------------------------------------------------------- linting

async function lint(): Promise<void> {
  const generation = ++state.generation;
  const text = state.source.text;
  if (!text.trim()) {
    state.result = null;
    $("results").hidden = true;
    $("file-info").textContent = "";
    return;
  }
  const started = performance.now();
  let result: LintResult;
  try {
    result = await lintDocument(text, state.source.name, state.settings, state.locale);
  } catch (error) {
    if (generation === state.generation) showInputError(`${t().lintFailed}: ${(error as Error).message}`);
    return;
  }
  if (generation !== state.generation) return;
  state.result = result;
  state.rows = elementRows(result, result.policy ? elementEvidence(result.policy, state.source.name) : null, metas, severityOf);
  renderResults();
  const elapsed = Math.round(performance.now() - started);
  $("elapsed").textContent = t().elapsed(elapsed);
  $("results").dataset.lintMs = String(elapsed);
  $("results").dataset.generation = String(generation);
}

function severityOf(meta: RuleMeta): SeverityName {
  return state.settings.rules[meta.id]?.severity ?? presetSeverity(meta, state.settings.strict);
}

// ---------------------------------------------------------------- results

function renderResults(): void {
  const result = state.result!;
  const tx = t();
  $("results").hidden = false;
  $("file-info").textContent = tx.fileInfo(state.source.name || tx.pasted, ENCODING_NAMES[state.source.encoding], result.policy?.format ?? "");
  $("summary").textContent = result.messages.length ? tx.summary(result.errorCount, result.warningCount) : tx.clean;
  const fixable = result.messages.filter((m) => m.fix).length;
  const applyAll = $("apply-all");
  applyAll.hidden = fixable === 0;
  applyAll.textContent = tx.applyAll(fixable);
  $("download-help").textContent = tx.downloadHelp(ENCODING_NAMES[state.source.encoding]);
  renderDocument(result);
  renderChecklist();
  renderEvidence();
}

function renderDocument(result: LintResult): void {
  const list = $("document");
  const byLine = new Map<number, LintMessage[]>();
  for (const m of result.messages) {
    const at = byLine.get(m.line) ?? [];
    at.push(m);
    byLine.set(m.line, at);
  }
  const lines = state.source.text.replace(/^\ufeff/, "").split(/\r\n?|\n/);
  const items: HTMLElement[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    const findings = byLine.get(n);
    const item = el("li", { id: `L${n}`, "data-line": String(n) });
    item.append(el("span", { class: "gutter" }, String(n)), el("span", { class: "text" }, text || " "));
    if (findings) {
      item.classList.add(findings.some((m) => m.severity === 2) ? "has-error" : "has-warning");
      item.append(el("div", { class: "findings" }, ...findings.map(renderFinding)));
    }
    items.push(item);
  });
  list.replaceChildren(...items);
}

function renderFinding(m: LintMessage): HTMLElement {
  const tx = t();
  const meta = m.ruleId ? metaById.get(m.ruleId) : undefined;
  const kind = m.severity === 2 ? "error" : "warning";
  const card = el("div", {
    class: `finding ${kind}`,
    "data-rule": m.ruleId ?? "",
    "data-message-id": m.messageId,
    "data-line": String(m.line),
    "data-severity": String(m.severity),
  });
  const head = el("div", { class: "finding-head" }, el("span", { class: `badge ${kind}` }, kind === "error" ? tx.error : tx.warning), " ", el("span", { class: "message" }, m.message));
  if (m.ruleId) head.append(" ", el("code", { class: "rule" }, m.ruleId));
  card.append(head);
  if (meta?.legalBasis.length) card.append(el("div", { class: "basis" }, `${tx.basis}: ${meta.legalBasis.map((b) => b[state.locale]).join(", ")}`));
  if (meta) card.append(el("div", { class: "docs" }, el("a", { href: ruleDocsUrl(meta), target: "_blank", rel: "noopener noreferrer" }, tx.docs)));
  for (const s of m.suggestions ?? []) {
    const text = el("pre", { class: "suggestion-text" }, s.text);
    const copy = el("button", { type: "button", class: "copy" }, tx.copy);
    copy.addEventListener("click", () => void copyText(s.text, copy));
    card.append(el("div", { class: "suggestion" }, el("div", {}, el("strong", {}, `${tx.suggestion}: `), s.desc, " ", copy), text));
  }
  if (m.fix) card.append(renderFix(m));
  return card;
}

function renderFix(m: LintMessage): HTMLElement {
  const tx = t();
  const box = el("div", { class: "fix" });
  const preview = el("button", { type: "button", class: "preview" }, tx.preview);
  const apply = el("button", { type: "button", class: "apply" }, tx.apply);
  const diff = el("pre", { class: "diff" });
  diff.hidden = true;
  preview.addEventListener("click", () => {
    if (diff.hidden) diff.replaceChildren(...diffLines(state.source.text, m.fix!));
    diff.hidden = !diff.hidden;
    preview.textContent = diff.hidden ? tx.preview : tx.hidePreview;
  });
  apply.addEventListener("click", () => applyAndRelint([m]));
  box.append(preview, " ", apply, diff);
  return box;
}

/** The lines a fix touches, before and after, as a unified diff shows them. */
function diffLines(text: string, fix: NonNullable<LintMessage["fix"]>): HTMLElement[] {
  const start = text.lastIndexOf("\n", fix.range[0] - 1) + 1;
  const endBreak = text.indexOf("\n", fix.range[1]);
  const end = endBreak === -1 ? text.length : endBreak;
  const before = text.slice(start, end);
  const after = text.slice(start, fix.range[0]) + fix.text + text.slice(fix.range[1], end);
  const line = text.slice(0, start).split("\n").length;
  const strip = (s: string) => s.split("\n").map((l) => l.replace(/\r$/, ""));
  return [
    el("span", { class: "hunk" }, `@@ L${line} @@\n`),
    ...strip(before).map((l) => el("del", {}, `- ${l}\n`)),
    ...strip(after).map((l) => el("ins", {}, `+ ${l}\n`)),
  ];
}

function applyAndRelint(messages: LintMessage[]): void {
  const fixed = applyFixes(state.source.text, messages);
  const count = messages.filter((m) => m.fix).length;
  state.source = { ...state.source, text: fixed };
  source.value = fixed;
  $("fix-status").textContent = t().applied(count);
  void lint();
}

$("apply-all").addEventListener("click", async () => {
  if (!state.result) return;
  const fixed = await lintDocument(state.source.text, state.source.name, state.settings, state.locale, { fix: true });
  const count = state.result.messages.filter((m) => m.fix).length;
  if (fixed.output !== undefined) {
    state.source = { ...state.source, text: fixed.output };
    source.value = fixed.output;
  }
  $("fix-status").textContent = t().applied(count);
  void lint();
});

async function copyText(text: string, button: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission, select the text so that Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(button.closest(".suggestion")!.querySelector("pre")!);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return;
  }
  button.textContent = t().copied;
}

function save(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$("download").addEventListener("click", () => {
  const { text, encoding, bom, name } = state.source;
  try {
    save(encodeText(text, encoding, bom), name || "privacy-policy.txt", "text/plain");
  } catch (error) {
    $("fix-status").textContent = (error as Error).message;
  }
});

// ---------------------------------------------------------------- checklist and evidence

function renderChecklist(): void {
  const rows = state.rows.map((row) => {
    const name = el("button", { type: "button", class: "element" }, elementName(row.element, state.locale));
    name.addEventListener("click", () => {
      state.selected = row.element;
      renderChecklist();
      renderEvidence();
      if (row.line) document.getElementById(`L${row.line}`)?.scrollIntoView({ block: "center" });
    });
    const tr = el(
      "tr",
      { "data-element": row.element, "data-status": row.status },
      el("td", {}, name),
      el("td", { class: "status" }, STATE_TEXT[row.status][state.locale]),
      el("td", {}, row.line ? lineLink(row.line) : ""),
    );
    if (row.element === state.selected) tr.classList.add("selected");
    return tr;
  });
  $("checklist").querySelector("tbody")!.replaceChildren(...rows);
}

function lineLink(line: number): HTMLElement {
  return el("a", { href: `#L${line}` }, String(line));
}

/** Pieces shown per list before "… N more": a long retention table would bury the rest. */
const EVIDENCE_SHOWN = 12;

function evidenceList(pieces: EvidencePiece[], cls: string): HTMLElement {
  const items = pieces.slice(0, EVIDENCE_SHOWN).map((e) =>
    el(
      "li",
      {},
      lineLink(e.line),
      e.endLine > e.line ? `–${e.endLine}` : "",
      " ",
      el("code", { class: "label" }, e.label),
      e.reason ? el("span", { class: "reason" }, ` ${e.reason}`) : "",
      el("div", { class: "quote" }, e.text),
    ),
  );
  if (pieces.length > EVIDENCE_SHOWN) items.push(el("li", { class: "muted" }, t().evidenceMore(pieces.length - EVIDENCE_SHOWN)));
  return el("ul", { class: cls }, ...items);
}

/** Marks the document lines the selected element's verdict rests on. */
function markEvidenceLines(row: ElementRow | undefined): void {
  for (const li of document.querySelectorAll("#document li.evidence-line")) li.classList.remove("evidence-line");
  for (const e of row?.accepted ?? []) {
    for (let n = e.line; n <= e.endLine; n++) document.getElementById(`L${n}`)?.classList.add("evidence-line");
  }
}

function renderEvidence(): void {
  const box = $("evidence");
  const row = state.rows.find((r) => r.element === state.selected);
  markEvidenceLines(row);
  if (!row) {
    box.replaceChildren(el("p", { class: "help" }, t().evidenceHelp));
    delete box.dataset.element;
    return;
  }
  const tx = t();
  const parts: HTMLElement[] = [
    el("h4", {}, `${elementName(row.element, state.locale)} — ${STATE_TEXT[row.status][state.locale]}`),
    el("p", { class: "muted" }, el("code", {}, row.ruleId), row.verdict ? ` · ${tx.verdict}: ${VERDICT_TEXT[row.verdict][state.locale]}` : ""),
  ];
  if (row.accepted.length) parts.push(el("h5", {}, tx.evidenceSections), evidenceList(row.accepted, "evidence-accepted"));
  else parts.push(el("p", { class: "muted" }, tx.evidenceNone));
  if (row.gaps.length) parts.push(el("h5", {}, tx.evidenceGaps), el("ul", { class: "evidence-gaps" }, ...row.gaps.map((g) => el("li", {}, lineLink(g.line), " ", el("code", {}, g.id)))));
  if (row.rejected.length) parts.push(el("h5", {}, tx.evidenceRejected), evidenceList(row.rejected, "evidence-rejected"));
  if (row.findings.length) {
    parts.push(el("h5", {}, tx.evidenceFindings), el("ul", { class: "evidence-findings" }, ...row.findings.map((m) => el("li", {}, lineLink(m.line), " ", m.message))));
  }
  box.replaceChildren(...parts);
  box.dataset.element = row.element;
  if (row.verdict) box.dataset.verdict = row.verdict;
  else delete box.dataset.verdict;
}

// ---------------------------------------------------------------- settings

const SEVERITIES: SeverityName[] = ["off", "warn", "error"];

function select(options: [string, string][], value: string, onChange: (v: string) => void, label: string): HTMLSelectElement {
  const s = el("select", { "aria-label": label }, ...options.map(([v, text]) => el("option", { value: v }, text)));
  s.value = value;
  s.addEventListener("change", () => onChange(s.value));
  return s;
}

function renderSettings(): void {
  const tx = t();
  const facts = FACT_KEYS.map((key) => {
    const value = state.settings.facts[key];
    const control = select([["", tx.factUnset], ["true", tx.yes], ["false", tx.no]], value === undefined ? "" : String(value), (v) => {
      const next = { ...state.settings.facts };
      if (v === "") delete next[key];
      else next[key] = v === "true";
      updateSettings({ ...state.settings, facts: next });
    }, key);
    control.dataset.fact = key;
    return el("tr", {}, el("td", {}, FACT_QUESTIONS[key][state.locale], " ", el("code", {}, key)), el("td", {}, control));
  });
  $("facts").querySelector("tbody")!.replaceChildren(...facts);
  ($("strict") as HTMLInputElement).checked = state.settings.strict;
  const sevText: Record<SeverityName, string> = { off: tx.off, warn: tx.warn, error: tx.errorSev };
  const rules = metas.map((meta) => {
    const control = select(SEVERITIES.map((s) => [s, sevText[s]]), severityOf(meta), (v) => {
      const rules = { ...state.settings.rules };
      const preset = presetSeverity(meta, state.settings.strict);
      if (v === preset && !rules[meta.id]?.options) delete rules[meta.id];
      else rules[meta.id] = { ...rules[meta.id], severity: v as SeverityName };
      updateSettings({ ...state.settings, rules });
    }, meta.id);
    control.dataset.rule = meta.id;
    return el("tr", {}, el("td", {}, el("code", {}, meta.id), " ", meta.description[state.locale]), el("td", {}, control));
  });
  $("rules").querySelector("tbody")!.replaceChildren(...rules);
}

function updateSettings(next: PageSettings): void {
  state.settings = next;
  renderSettings();
  void lint();
}

$("strict").addEventListener("change", (event) => updateSettings({ ...state.settings, strict: (event.target as HTMLInputElement).checked }));
$("reset-settings").addEventListener("click", () => {
  $("settings-status").textContent = "";
  updateSettings(structuredClone(DEFAULT_SETTINGS));
});
$("export-settings").addEventListener("click", () => save(new TextEncoder().encode(writeSettings(state.settings)), ".policy-lintrc.json", "application/json"));
$("import-settings").addEventListener("change", async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  if (!file) return;
  const status = $("settings-status");
  try {
    const { settings, ignored } = readSettings(await file.text(), file.name);
    status.textContent = t().imported(file.name) + (ignored.length ? t().ignoredKeys(ignored.join(", ")) : "");
    status.classList.remove("problem");
    updateSettings(settings);
  } catch (error) {
    status.textContent = (error as Error).message;
    status.classList.add("problem");
  }
});

renderStaticText();
renderSettings();
document.body.dataset.ready = "true";
