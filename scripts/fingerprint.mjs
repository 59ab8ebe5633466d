#!/usr/bin/env node
/**
 * `npm run fingerprint -- OUT.json [BASE.json]`: for every fixture, every corpus policy beside the
 * checkout (../shared/corpus, when present) and every sweep document at 100 KB, hashes of what the
 * linter reads and decides — the syntax tree, the model (blocks, sections, the rest), each
 * element's evidence and element states — and its messages in full. A change meant only to make
 * the linter faster must leave the fingerprint unchanged: given BASE.json, the script lists every
 * document and part that differs and exits 1.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const [out, base] = process.argv.slice(2);
if (!out) {
  process.stderr.write("usage: npm run fingerprint -- OUT.json [BASE.json]\n");
  process.exit(2);
}

// The pipeline's stages from the sources, so that the fingerprint needs no build and sees each stage.
const entry = `
export { createLinter, lintDocument } from "./src/engine/linter.ts";
export { parse, detectFormat } from "./src/parse/index.ts";
export { buildPolicy } from "./src/policy/build.ts";
export { PolicyQuery } from "./src/policy/query.ts";
export { ELEMENT_IDS } from "./src/evidence/index.ts";
export { SWEEP_UNITS, sweepDocument } from "./test/robustness/sweep-units.ts";
`;
const dir = mkdtempSync(join(tmpdir(), "policy-lint-fingerprint-"));
let stages;
try {
  const file = join(dir, "stages.mjs");
  await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    define: { __POLICY_LINT_VERSION__: '"fingerprint"' },
    banner: { js: "import { createRequire as __fpCreateRequire } from 'node:module'; const require = __fpCreateRequire(import.meta.url);" },
    logLevel: "error",
  });
  stages = await import(pathToFileURL(file).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const POLICY = /\.(?:md|markdown|txt|html?)$/i;
function walk(folder, found = []) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else if (POLICY.test(name)) found.push(path);
  }
  return found;
}

const documents = [];
const corpus = resolve(root, "../shared/corpus");
// Named by folder, not by checkout, so that two checkouts' fingerprints compare.
for (const [label, folder] of [["fixtures", join(root, "fixtures")], ...(existsSync(corpus) ? [["corpus", corpus]] : [])]) {
  for (const path of walk(folder).sort()) documents.push([join(label, relative(folder, path)), readFileSync(path, "utf8").replace(/^\ufeff/, "")]);
}
for (const unit of stages.SWEEP_UNITS) documents.push([`sweep ${JSON.stringify(unit)}.md`, stages.sweepDocument(unit, 100 * 1024)]);

// Section parents are indices already; a parent object would make the JSON circular.
const withoutParents = (key, value) => (key === "parent" && typeof value === "object" ? undefined : value);
const hash = (value) => createHash("sha1").update(JSON.stringify(value, withoutParents) ?? "").digest("hex");

const linter = await stages.createLinter({ config: false, today: "2026-12-05" });
const prints = {};
for (const [name, original] of documents) {
  const text = original.replace(/\r\n?/g, "\n");
  const format = stages.detectFormat(name, text);
  const tree = await stages.parse(text, format);
  const policy = stages.buildPolicy(text, format, tree);
  const query = new stages.PolicyQuery(policy);
  const result = await stages.lintDocument(original, name, linter);
  prints[name] = {
    tree: hash(tree),
    blocks: hash(policy.blocks),
    sections: hash(policy.sections),
    rest: hash({ tables: policy.tables, entities: policy.entities, toc: policy.toc, title: policy.title, effectiveDate: policy.effectiveDate }),
    evidence: hash(stages.ELEMENT_IDS.map((element) => query.evidence(element))),
    elements: hash(result.elements),
    messages: JSON.stringify(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn, m.message])),
  };
}
writeFileSync(out, JSON.stringify(prints, null, 1) + "\n");
process.stdout.write(`fingerprint of ${documents.length} documents written to ${out}\n`);

if (base) {
  const before = JSON.parse(readFileSync(base, "utf8"));
  const differences = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(prints)])) {
    if (!before[name] || !prints[name]) differences.push(`${name}: in one fingerprint only`);
    else for (const part of Object.keys(prints[name])) if (before[name][part] !== prints[name][part]) differences.push(`${name}: ${part}`);
  }
  process.stdout.write(differences.length ? `${differences.length} differences from ${base}:\n${differences.join("\n")}\n` : `identical to ${base}\n`);
  process.exitCode = differences.length ? 1 : 0;
}
