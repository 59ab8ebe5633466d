#!/usr/bin/env node
/**
 * `npm run bench:web` (part of `npm run bench`): the playground's figures, measured in Chromium on
 * the built page (web/dist/index.html, from `node scripts/build-web.mjs`).
 *
 *   size    the page, gzipped                                   target ≤ 600 KB
 *   first   seed 004 pasted into a freshly opened page, lint + render (the first run compiles the engine)
 *   warm    the same text linted again (median of --runs)       target: first and warm ≤ 1000 ms
 *
 * The time is the page's own: from the lint call to the findings, checklist and document rendered,
 * as it shows next to the results. Needs /usr/bin/chromium (apt-get install chromium).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const pagePath = join(root, "web/dist/index.html");
const seed = readFileSync(join(root, "fixtures/seeds/004_2bead2da7e852597.txt"), "utf8");
const CHROMIUM = "/usr/bin/chromium";
const BUDGET_MS = 1000;
const BUDGET_KB = 600;

const { values } = parseArgs({ options: { runs: { type: "string" }, pages: { type: "string" } } });
const runs = Number(values.runs ?? 15);
const pages = Number(values.pages ?? 5);

if (!existsSync(pagePath)) throw new Error("web/dist/index.html is missing: run node scripts/build-web.mjs first");
if (!existsSync(CHROMIUM)) {
  console.log(`web: skipped, ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(0);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const gzKb = gzipSync(readFileSync(pagePath)).length / 1024;
const profile = mkdtempSync(join(tmpdir(), "pl-bench-web-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** Runs `action` and returns the lint time the page reports for the run it started. */
async function timed(page, action) {
  const before = await page.evaluate(() => Number(document.getElementById("results").dataset.generation ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.getElementById("results").dataset.generation ?? 0) > n, before);
  return page.evaluate(() => Number(document.getElementById("results").dataset.lintMs));
}

const first = [];
const warm = [];
try {
  // A fresh page for each first run: that is what a user waits for after opening the page.
  for (let p = 0; p < pages; p++) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(pagePath).href, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready=true]");
    first.push(await timed(page, () => page.fill("#source", seed)));
    if (p === pages - 1) for (let i = 0; i < runs; i++) warm.push(await timed(page, () => page.click("#lint")));
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

const rows = [
  ["web: page size, gzipped", `${gzKb.toFixed(0)} KB`, `≤ ${BUDGET_KB} KB`, gzKb <= BUDGET_KB],
  [`web: seed 004, first lint in a new page (median of ${pages})`, `${median(first)} ms (max ${Math.max(...first)})`, `≤ ${BUDGET_MS} ms`, Math.max(...first) <= BUDGET_MS],
  [`web: seed 004, lint again (median of ${runs})`, `${median(warm)} ms (max ${Math.max(...warm)})`, `≤ ${BUDGET_MS} ms`, Math.max(...warm) <= BUDGET_MS],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, target, met] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(22)}  ${target.padEnd(10)}  ${met ? "yes" : "NO"}`);
