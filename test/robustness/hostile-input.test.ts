/**
 * Hostile input through the real binary: every file gets a result in bounded time, the other files
 * keep theirs, an unreadable file costs exit 2 and one clean line on stderr, and nothing from the
 * document reaches the terminal raw. Also `--fix` on every kind of input, in one batch run (which
 * takes the worker-thread path) and compared with the one-file runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "../../src/input/decode.js";
import { cli, expectCleanStderr, json, RAW_CONTROL, type JsonResult } from "./cli.js";
import { hostileInputs, SEED } from "./hostile-inputs.js";

const inputs = hostileInputs();
/** Deep nesting may legitimately end as a fatal "nesting too deep" instead of a lint. */
const MAY_BE_TOO_DEEP = /nested/;

let dir: string;
const single = new Map<string, JsonResult>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-lint-hostile-"));
  writeFileSync(join(dir, "good.txt"), SEED);
  for (const h of inputs) writeFileSync(join(dir, h.file), h.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile documents", () => {
  let baseline: JsonResult;
  beforeAll(() => {
    baseline = json(cli(["--format", "json", "good.txt"], dir))[0];
  });

  for (const h of inputs) {
    it(h.name, () => {
      const run = cli(["--format", "json", "good.txt", h.file], dir, { timeout: 90_000 });
      expect(run.signal, "timed out").toBeNull();
      const results = json(run);
      expect(results.map((r) => relative(dir, r.filePath))).toEqual(["good.txt", h.file]);
      expect(results[0].messages).toEqual(baseline.messages);
      const fatal = results[1].messages.filter((m) => m.fatal);
      if (h.unreadable || fatal.length) {
        if (!h.unreadable) expect(h.name).toMatch(MAY_BE_TOO_DEEP);
        expect(run.status).toBe(2);
        expect(fatal).toHaveLength(1);
        expect(results[1].messages).toHaveLength(1);
        expectCleanStderr(run.stderr, 1);
        expect(run.stderr).toContain(`policy-lint: ${h.file}: `);
        if (h.unreadable) expect(run.stderr).toMatch(h.unreadable);
      } else {
        expect([0, 1]).toContain(run.status);
        expectCleanStderr(run.stderr, 0);
      }
      single.set(h.file, results[1]);
    }, 120_000);
  }

  it("a batch of all of them (worker threads) gives each file the result it gets alone", () => {
    const files = inputs.map((h) => h.file);
    const run = cli(["--format", "json", "--concurrency", "2", "good.txt", ...files], dir, { timeout: 300_000 });
    expect(run.signal).toBeNull();
    const results = json(run);
    expect(results.map((r) => relative(dir, r.filePath))).toEqual(["good.txt", ...files]);
    for (const r of results.slice(1)) {
      const alone = single.get(relative(dir, r.filePath));
      // A worker thread has a bigger stack than the main thread, so a document that overflows the
      // parser alone may parse in a batch (until the parsers limit nesting depth themselves).
      const tooDeep = alone?.messages.some((m) => m.fatal && /nesting too deep/.test(m.message));
      if (alone && !tooDeep) expect(r.messages, r.filePath).toEqual(alone.messages);
    }
    const fatal = results.filter((r) => r.fatalErrorCount > 0);
    expect(run.status).toBe(fatal.length ? 2 : 1);
    expectCleanStderr(run.stderr, fatal.length);
  }, 400_000);

  it("stylish output and --print-outline never print the document's control characters", () => {
    const stylish = cli(["escapes.md", "good.txt"], dir);
    expect(stylish.stdout).toContain("escapes.md");
    expect(stylish.stdout).not.toMatch(RAW_CONTROL);
    const outline = cli(["--print-outline", "escapes.md"], dir);
    expect(outline.status).toBe(0);
    expect(outline.stdout.length).toBeGreaterThan(0);
    expect(outline.stdout).not.toMatch(RAW_CONTROL);
    const suggestions = cli(["--print-suggestions", "--fix-dry-run", "escapes.md"], dir);
    expect(suggestions.stdout).not.toMatch(RAW_CONTROL);
  });

  it("a file name with escape sequences is not printed raw", () => {
    const name = "evil\u001b[2J\u0007.txt";
    writeFileSync(join(dir, name), Buffer.from([0, 1, 2]));
    const run = cli([name, "good.txt"], dir);
    expect(run.status).toBe(2);
    expectCleanStderr(run.stderr, 1);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    rmSync(join(dir, name));
  });
});

describe("--fix on hostile documents", () => {
  it("keeps encoding, BOM and line endings, is idempotent, and leaves unreadable files alone", () => {
    const fixDir = join(dir, "fix");
    mkdirSync(fixDir);
    const files = inputs;
    for (const h of files) writeFileSync(join(fixDir, h.file), h.bytes);
    // Named one by one: a directory walk would skip the hostile files that do not read as a policy.
    const names = files.map((h) => h.file);
    const first = cli(["--fix", "--format", "json", ...names], fixDir, { timeout: 300_000 });
    expect(first.signal).toBeNull();
    expect(json(first)).toHaveLength(files.length);
    for (const h of files) {
      const after = readFileSync(join(fixDir, h.file));
      if (h.unreadable) {
        expect(after.equals(h.bytes), h.name).toBe(true);
        continue;
      }
      const before = decode(h.bytes);
      const now = decode(after);
      expect([now.encoding, now.bom], h.name).toEqual([before.encoding, before.bom]);
      if (before.eol !== "mixed") expect([before.eol, "none"], h.name).toContain(now.eol);
      if (before.text.startsWith("개인정보취급방침")) expect(now.text.startsWith("개인정보 처리방침"), h.name).toBe(true);
    }
    const snapshot = files.map((h) => readFileSync(join(fixDir, h.file)));
    const second = cli(["--fix", "--format", "json", ...names], fixDir, { timeout: 300_000 });
    expect(second.signal).toBeNull();
    files.forEach((h, i) => expect(readFileSync(join(fixDir, h.file)).equals(snapshot[i]), `${h.name} changed on a second --fix`).toBe(true));
  }, 700_000);
});
