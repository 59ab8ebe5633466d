#!/usr/bin/env node
/**
 * `npm run bench`: the speed figures of the "fast and unbreakable" targets, measured side by side in
 * one run so that machine load hits every contender alike. Each figure is the median of runs that
 * are interleaved (A B C A B C …), never run in blocks, for the same reason.
 *
 *   cold     one seed file: policy-lint vs `node -e ''` vs markdownlint-cli2    target ≤ 2.0× node, ≤ 0.5× mdl
 *   batch    400 corpus policies: policy-lint vs markdownlint-cli2 on the folder  target ≤ 0.5× mdl
 *            (and what parsing alone costs there: scripts/parse-floor.mjs)
 *   scaling  1 MB vs 8 MB documents made of a real policy, text and Markdown  target ≤ 10×, < 1 GB RSS
 *   sweep    every unit of test/robustness/sweep-units.ts at 100 KB and 1 MB   target ≤ 5 s, ratio ≤ 15
 *
 * Options: --runs N (cold runs per contender, default 11), --only cold|batch|scaling|sweep, --quick
 * (fewer runs, 4 MB instead of 8 MB). Run after `npm run build` (the npm script does both).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin/policy-lint.js");
const mdl = join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
const parseFloor = join(root, "scripts/parse-floor.mjs");
const seed = join(root, "fixtures/seeds/004_2bead2da7e852597.txt");
const corpus = resolve(root, "../shared/corpus");
const POLICY = /\.(?:md|markdown|txt|html?)$/i;

const { values } = parseArgs({ options: { runs: { type: "string" }, only: { type: "string" }, quick: { type: "boolean" } } });
const quick = Boolean(values.quick);
const coldRuns = Number(values.runs ?? (quick ? 7 : 11));

// Reports the child's peak resident set (KiB) on stderr; worker threads live in the same process.
const RSS_HOOK = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@rss '+process.resourceUsage().maxRSS+'\\n'))";

/** A run that takes longer than this is stopped and counted as taking this long (shown as "> …"). */
const LIMIT_MS = 180_000;

function run(args, { rss = false, env } = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, rss ? ["--import", RSS_HOOK, ...args] : args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, timeout: LIMIT_MS, env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.signal === "SIGTERM") return { ms: LIMIT_MS, rssMb: NaN, timedOut: true };
  if (child.error) throw child.error;
  // policy-lint exits 1 when it finds problems, which the seeds have; 2 would mean it broke.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr.split("\n")[0]}`);
  const kib = Number(/@@rss (\d+)/.exec(child.stderr)?.[1] ?? NaN);
  return { ms, rssMb: kib / 1024, stdout: child.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs each contender `n` times, interleaved, after one untimed warm-up each (disk cache). */
function interleave(contenders, n, opts) {
  for (const c of contenders) run(c.args, { ...opts, env: c.env });
  const times = contenders.map(() => []);
  const rss = contenders.map(() => []);
  const outputs = contenders.map(() => []);
  const timedOut = contenders.map(() => false);
  for (let i = 0; i < n; i++) {
    contenders.forEach((c, k) => {
      if (timedOut[k]) return;
      const r = run(c.args, { ...opts, env: c.env });
      times[k].push(r.ms);
      rss[k].push(r.rssMb);
      outputs[k].push(r.stdout);
      timedOut[k] = Boolean(r.timedOut);
    });
  }
  return contenders.map((c, k) => ({ name: c.name, ms: median(times[k]), rssMb: Math.max(...rss[k]), timedOut: timedOut[k], outputs: outputs[k] }));
}

const rows = [];
const row = (figure, value, target, ok) => rows.push({ figure, value, target, ok: ok ? "yes" : "NO" });
const fmt = (ms) => (ms >= LIMIT_MS ? `> ${LIMIT_MS / 1000} s (stopped)` : `${ms.toFixed(0)} ms`);

function cold() {
  // The warm-up run of each contender writes policy-lint's code cache (bin/policy-lint.js), as a
  // user's first run does; "no code cache" is what every run would cost without it.
  const [node, lint, md, noCache, markdown] = interleave(
    [
      { name: "node -e ''", args: ["-e", ""] },
      { name: "policy-lint", args: [bin, "--no-color", seed] },
      { name: "markdownlint-cli2", args: [mdl, seed] },
      { name: "policy-lint, no code cache", args: [bin, "--no-color", seed], env: { POLICY_LINT_NO_CODE_CACHE: "1" } },
      { name: "policy-lint, Markdown", args: [bin, "--no-color", join(root, "fixtures/compliant/shop-policy.md")] },
    ],
    coldRuns,
  );
  row("cold: node -e ''", fmt(node.ms), "", true);
  row("cold: markdownlint-cli2 (seed 004)", fmt(md.ms), "", true);
  row("cold: policy-lint (seed 004)", fmt(lint.ms), "", true);
  row("cold: policy-lint (seed 004), no code cache", fmt(noCache.ms), "", true);
  row("cold: policy-lint (fixtures/compliant/shop-policy.md)", fmt(markdown.ms), "", true);
  row("cold: policy-lint / node", `${(lint.ms / node.ms).toFixed(2)}×`, "≤ 2.0×", lint.ms <= 2 * node.ms);
  row("cold: policy-lint / markdownlint-cli2", `${(lint.ms / md.ms).toFixed(2)}×`, "≤ 0.5×", lint.ms <= 0.5 * md.ms);
}

function batch() {
  if (!existsSync(corpus)) {
    row("batch: skipped, ../shared/corpus is not beside this checkout", "", "", true);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-bench-"));
  try {
    const sources = readdirSync(corpus).filter((f) => POLICY.test(f) && f !== "README.md").sort();
    for (let i = 0; i < 400; i++) {
      const name = sources[i % sources.length];
      copyFileSync(join(corpus, name), join(dir, `${String(i).padStart(3, "0")}-${name}`));
    }
    // markdownlint-cli2 is given every file of the folder, as policy-lint is, and parses each
    // with micromark and runs its ~50 rules; both print their findings.
    const [lint, md, pool, floor, tokens] = interleave(
      [
        { name: "policy-lint", args: [bin, "--format", "json", dir] },
        { name: "markdownlint-cli2", args: [mdl, `${dir}/*`] },
        { name: "policy-lint --concurrency 2", args: [bin, "--format", "json", "--concurrency", "2", dir] },
        { name: "parse floor", args: [parseFloor, dir, "remark"] },
        { name: "tokenizer floor", args: [parseFloor, dir, "micromark"] },
      ],
      quick ? 3 : 5,
      { rss: true },
    );
    row(`batch: policy-lint, 400 corpus files (${sources.length} distinct), wall`, `${fmt(lint.ms)}, ${lint.rssMb.toFixed(0)} MB RSS`, "", true);
    row("batch: policy-lint --concurrency 2 (two worker threads), wall", `${fmt(pool.ms)}, ${pool.rssMb.toFixed(0)} MB RSS`, "", true);
    row("batch: markdownlint-cli2, same folder, wall", `${fmt(md.ms)}, ${md.rssMb.toFixed(0)} MB RSS`, "", true);
    row("batch: policy-lint / markdownlint-cli2", `${(lint.ms / md.ms).toFixed(2)}×`, "≤ 0.5×", lint.ms <= 0.5 * md.ms);
    row("batch: policy-lint files per second (wall, incl. start-up)", (400 / (lint.ms / 1000)).toFixed(0), "", true);
    // What the fixed front end alone costs (scripts/parse-floor.mjs), and micromark's tokenizer
    // alone in its place: the share of markdownlint-cli2's time each takes is the share of a 0.5×
    // target left for nothing but the model, the rules, the text files and the output.
    for (const { name, what, contender } of [
      { name: "parse floor", what: "remark-parse on the .md, rehype-parse on the .html, nothing else", contender: floor },
      { name: "tokenizer floor", what: "micromark events on the .md, rehype-parse on the .html", contender: tokens },
    ]) {
      const figures = contender.outputs.map((out) => JSON.parse(out));
      const markdownMs = median(figures.map((f) => f.markdownMs));
      const inParsers = median(figures.map((f) => f.markdownMs + f.htmlMs));
      const { markdownFiles, htmlFiles } = figures[0];
      row(`batch: ${name} (${what}), wall`, fmt(contender.ms), "", true);
      row(`batch: ${name}, inside the parsers`, `${fmt(inParsers)} (${markdownFiles} Markdown files ${fmt(markdownMs)}, ${htmlFiles} HTML)`, "", true);
      row(`batch: ${name} inside the parsers / markdownlint-cli2`, `${(inParsers / md.ms).toFixed(2)}×`, "", true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A document of about `mb` MiB made of a real policy repeated, so every rule has work to do. */
function grow(source, mb, path) {
  const text = readFileSync(source, "utf8") + "\n\n";
  const copies = Math.ceil((mb * 1048576) / Buffer.byteLength(text));
  writeFileSync(path, text.repeat(copies));
}

function scaling() {
  const big = quick ? 4 : 8;
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-bench-"));
  try {
    for (const [label, source, ext] of [
      ["text", seed, "txt"],
      ["markdown", join(corpus, "39_thrust-hangout-social-app-2023.md"), "md"],
    ]) {
      const small = join(dir, `1mb.${ext}`);
      const large = join(dir, `${big}mb.${ext}`);
      grow(source, 1, small);
      grow(source, big, large);
      const [a, b] = interleave(
        [
          { name: "1 MB", args: [bin, "--format", "json", small] },
          { name: `${big} MB`, args: [bin, "--format", "json", large] },
        ],
        quick ? 1 : 3,
        { rss: true },
      );
      row(`scaling ${label}: 1 MB`, `${fmt(a.ms)}, ${a.rssMb.toFixed(0)} MB RSS`, "", !a.timedOut);
      const rss = b.timedOut ? "RSS unknown" : `${b.rssMb.toFixed(0)} MB RSS`;
      row(`scaling ${label}: ${big} MB`, `${fmt(b.ms)}, ${rss}`, "< 1024 MB RSS", b.rssMb < 1024);
      const ratio = `${b.timedOut ? "> " : ""}${(b.ms / a.ms).toFixed(1)}×`;
      row(`scaling ${label}: ${big} MB / 1 MB`, ratio, `≤ ${(big * 10) / 8}×`, !b.timedOut && b.ms / a.ms <= (big * 10) / 8);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The full sweep (sweep.test.ts with SWEEP=full), reporting its slowest shapes. */
function sweep() {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-bench-"));
  const report = join(dir, "sweep.json");
  try {
    const vitest = join(root, "node_modules/vitest/vitest.mjs");
    const child = spawnSync(process.execPath, [vitest, "run", "test/robustness/sweep.test.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, SWEEP: "full", SWEEP_REPORT: report },
      maxBuffer: 1 << 26,
    });
    const { measures } = JSON.parse(readFileSync(report, "utf8"));
    const slowest = [...measures].sort((a, b) => b.largeMs - a.largeMs);
    const steepest = [...measures].sort((a, b) => b.ratio - a.ratio);
    row(`sweep: ${measures.length} units, all pass`, child.status === 0 ? "yes" : "NO (see vitest output)", "", child.status === 0);
    for (const m of slowest.slice(0, 5)) row(`sweep: slowest at 1 MB ${JSON.stringify(m.unit)}`, `${fmt(m.largeMs)} CPU${m.fallback ? ", plain text" : ""}`, "≤ 5000 ms", m.largeMs <= 5000);
    for (const m of steepest.slice(0, 3)) row(`sweep: steepest 1 MB / 100 KB ${JSON.stringify(m.unit)}`, `${m.ratio.toFixed(1)}×`, "≤ 15×", m.ratio <= 15);
    if (child.status !== 0) process.stderr.write(child.stdout.slice(-4000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sections = { cold, batch, scaling, sweep };
for (const [name, fn] of Object.entries(sections)) if (!values.only || values.only === name) fn();

const machine = `${availableParallelism()} cores (nproc), ${cpus()[0]?.model.trim() ?? "unknown CPU"}, node ${process.version}, ${process.platform}/${process.arch}`;
const widths = ["figure", "value", "target"].map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
const line = (cells) => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join(" | ")} |`;
console.log(`machine: ${machine}`);
console.log(`date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; cold runs: ${coldRuns}; medians of interleaved runs`);
console.log(line(["figure", "value", "target", "met"]));
console.log(line(widths.map((w) => "-".repeat(w)).concat("---")));
for (const r of rows) console.log(line([r.figure, r.value, r.target, r.target ? r.ok : ""]));
