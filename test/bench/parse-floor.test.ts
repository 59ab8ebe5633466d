import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const script = resolve(root, "scripts/parse-floor.mjs");

function floor(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });
}

// The bench reads the batch target against these figures, so they must count the files the linter parses.
describe("scripts/parse-floor.mjs", () => {
  for (const mode of ["remark", "micromark"]) {
    it(`times the Markdown and HTML files of a folder (${mode})`, () => {
      const run = floor(resolve(root, "fixtures/compliant"), mode);
      expect(run.status, run.stderr).toBe(0);
      const figures = JSON.parse(run.stdout);
      expect(figures).toMatchObject({ markdownFiles: 1, htmlFiles: 1 });
      expect(figures.markdownMs).toBeGreaterThanOrEqual(0);
      expect(figures.htmlMs).toBeGreaterThanOrEqual(0);
    });
  }

  it("exits 2 with its usage on an unknown mode", () => {
    const run = floor(resolve(root, "fixtures/compliant"), "markdown-it");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: node scripts\/parse-floor\.mjs DIR \[remark\|micromark\]/);
  });
});
