/**
 * Bad paths, bad configurations and plugins that throw, through the real binary: exit 2 with one
 * clean line on stderr, and the files that could be linted keep their results.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, expectCleanStderr, json } from "./cli.js";
import { SEED } from "./hostile-inputs.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-lint-paths-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh project directory with a good policy and the given extra files. */
function project(name: string, files: Record<string, string> = {}): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "good.txt"), SEED);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("paths", () => {
  it("a missing path is a fatal result for that path only", () => {
    const root = project("missing");
    const run = cli(["--format", "json", "good.txt", "nope.md"], root);
    expect(run.status).toBe(2);
    expectCleanStderr(run.stderr, 1);
    expect(run.stderr).toBe("policy-lint: nope.md: 파일이나 폴더가 없습니다\n");
    const [good, missing] = json(run);
    expect(good.fatalErrorCount).toBe(0);
    expect(good.messages.length).toBeGreaterThan(0);
    expect(missing.fatalErrorCount).toBe(1);
  });

  it("a symlink loop in a directory ends", () => {
    const root = project("loop", { "docs/a.md": SEED });
    symlinkSync("..", join(root, "docs", "up"));
    symlinkSync(".", join(root, "docs", "self"));
    const run = cli(["--format", "json", "."], root, { timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(json(run).map((r) => relative(root, r.filePath)).sort()).toEqual(["docs/a.md", "good.txt"]);
  });

  it("a dangling symlink given as a path is a fatal result", () => {
    const root = project("dangling");
    symlinkSync("does-not-exist.md", join(root, "broken.md"));
    const run = cli(["--format", "json", "broken.md", "good.txt"], root);
    expect(run.status).toBe(2);
    expectCleanStderr(run.stderr, 1);
    expect(json(run)[1].fatalErrorCount).toBe(0);
  });

  it("a dangling symlink inside a directory is reported, not silently dropped", () => {
    const root = project("dangling-dir");
    symlinkSync("does-not-exist.md", join(root, "broken.md"));
    const run = cli(["--format", "json", "."], root);
    expect(run.status).toBe(2);
    expectCleanStderr(run.stderr, 1);
    expect(json(run).map((r) => relative(root, r.filePath)).sort()).toEqual(["broken.md", "good.txt"]);
  });

  it("a FIFO given as a path is refused instead of blocking on it", () => {
    const root = project("fifo");
    execFileSync("mkfifo", [join(root, "pipe.md")]);
    const run = cli(["--format", "json", "pipe.md", "good.txt"], root, { timeout: 20_000 });
    expect(run.signal, "blocked reading the FIFO").toBeNull();
    expect(run.status).toBe(2);
    expectCleanStderr(run.stderr, 1);
    expect(run.stderr).toMatch(/pipe\.md: is not a regular file/);
  });

  it("a FIFO inside a directory does not block the walk", () => {
    const root = project("fifo-dir");
    execFileSync("mkfifo", [join(root, "pipe.md")]);
    const run = cli(["--format", "json", "."], root, { timeout: 20_000 });
    expect(run.signal, "blocked reading the FIFO").toBeNull();
    expect(json(run).find((r) => r.filePath === join(root, "good.txt"))?.fatalErrorCount).toBe(0);
  });

  // Unreadable files: the tests run as root, whom chmod does not stop; the dangling symlink and the
  // FIFO above stand in for them.
});

describe("configuration", () => {
  const bad: [string, Record<string, string>, RegExp][] = [
    ["JSON syntax error", { ".policy-lintrc.json": '{ "rules": { "title": "error", }' }, /\.policy-lintrc\.json/],
    ["YAML syntax error", { ".policy-lintrc.yaml": "rules:\n  title: [error\n" }, /\.policy-lintrc\.yaml/],
    ["a config module that throws", { "policy-lint.config.mjs": "throw new Error('boom');\n" }, /policy-lint\.config\.mjs/],
    ["unknown rule", { ".policy-lintrc.json": '{ "rules": { "no-such-rule": "error" } }' }, /no-such-rule/],
    ["bad severity", { ".policy-lintrc.json": '{ "rules": { "title": "fatal" } }' }, /title/],
    ["options that are not an object", { ".policy-lintrc.json": '{ "rules": { "title": ["error", 5] } }' }, /title/],
    ["an option the rule does not have", { ".policy-lintrc.json": '{ "rules": { "title": ["error", { "bogus": true }] } }' }, /bogus|title/],
    ["unknown top-level key", { ".policy-lintrc.json": '{ "rulez": {} }' }, /rulez/],
    ["a missing plugin", { ".policy-lintrc.json": '{ "plugins": ["policy-lint-plugin-nope"] }' }, /policy-lint-plugin-nope/],
    [
      "a plugin that throws when loaded",
      {
        ".policy-lintrc.json": '{ "plugins": ["policy-lint-plugin-crash"] }',
        "node_modules/policy-lint-plugin-crash/package.json": '{ "name": "policy-lint-plugin-crash", "type": "module", "main": "index.js" }',
        "node_modules/policy-lint-plugin-crash/index.js": "throw new Error('crash on load');\n",
      },
      /policy-lint-plugin-crash/,
    ],
  ];
  for (const [name, files, mentions] of bad) {
    it(`${name}: exit 2, one line naming the problem`, () => {
      const root = project(`config-${name.replace(/\W+/g, "-")}`, files);
      const run = cli(["good.txt"], root);
      expect(run.status).toBe(2);
      expectCleanStderr(run.stderr, 1);
      expect(run.stderr).toMatch(mentions);
    });
  }

  it("a missing --config file and a bad --rule flag are one-line usage errors", () => {
    const root = project("flags");
    for (const args of [["--config", "nope.json", "good.txt"], ["--rule", "title", "good.txt"], ["--rule", "title:loud", "good.txt"], ["--format", "nope", "good.txt"]]) {
      const run = cli(args, root);
      expect(run.status, args.join(" ")).toBe(2);
      expectCleanStderr(run.stderr, 1);
    }
  });
});

describe("a plugin rule that throws", () => {
  const plugin = {
    ".policy-lintrc.json": '{ "plugins": ["policy-lint-plugin-boom"], "rules": { "boom/explode": "error" } }',
    "node_modules/policy-lint-plugin-boom/package.json": '{ "name": "policy-lint-plugin-boom", "type": "module", "main": "index.js" }',
    "node_modules/policy-lint-plugin-boom/index.js": `
export default {
  rules: {
    explode: {
      meta: { id: "explode", defaultSeverity: "error", requirement: "SHOULD", legalBasis: [], messages: { never: { ko: "없음", en: "never" } }, description: { ko: "폭발", en: "explodes" } },
      check(policy) {
        if (policy.text.includes("recurse")) { const f = () => f(); f(); }
        throw new Error("kaboom\\u001b[31m at line\\nsecond line");
      },
    },
  },
};
`,
  };

  function expectRuleFailure(results: ReturnType<typeof json>, stderr: string, status: number | null): void {
    expect(status).toBe(2);
    for (const r of results) {
      const failure = r.messages.find((m) => m.ruleId === "boom/explode");
      expect(failure?.fatal, r.filePath).toBe(true);
      expect(failure?.message).not.toMatch(/[\u001b\n]/);
      // The built-in rules still ran.
      expect(r.messages.some((m) => m.ruleId !== "boom/explode"), r.filePath).toBe(true);
    }
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(stderr.split("\n").filter(Boolean).length, "one line on stderr per failing file").toBe(results.length);
  }

  it("in one file: a fatal message for the rule, the other rules still report", () => {
    const root = project("plugin-one", plugin);
    const run = cli(["--format", "json", "good.txt"], root);
    expectRuleFailure(json(run), run.stderr, run.status);
  });

  it("across 20 files on worker threads, including a stack overflow", () => {
    const files: Record<string, string> = { ...plugin };
    for (let i = 0; i < 20; i++) files[`many/${String(i).padStart(2, "0")}.txt`] = i === 7 ? `${SEED}\nrecurse\n` : SEED;
    const root = project("plugin-many", files);
    const run = cli(["--format", "json", "--concurrency", "2", "many"], root);
    const results = json(run);
    expect(results.map((r) => relative(root, r.filePath))).toEqual(Array.from({ length: 20 }, (_, i) => `many/${String(i).padStart(2, "0")}.txt`));
    expectRuleFailure(results, run.stderr, run.status);
  });
});
