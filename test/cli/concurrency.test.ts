import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "policy-lint-concurrency-"));
const sources = ["seeds/004_2bead2da7e852597.txt", "compliant/shop-policy.md", "compliant/foundation-policy.html", "compliant/school-policy.txt"];
for (let i = 0; i < 20; i++) {
  const source = sources[i % sources.length];
  writeFileSync(join(dir, `${String(i).padStart(2, "0")}-${source.split("/")[1]}`), readFileSync(fixture(source)));
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--concurrency", () => {
  const alone = runCli(["--format", "json", "--concurrency", "off", dir]);

  it("worker threads and the main thread report the same, file by file, in the same order", () => {
    expect(alone.status).toBe(1);
    for (const value of ["2", "3", "auto", "1"]) {
      const run = runCli(["--format", "json", "--concurrency", value, dir]);
      expect(run.stderr, value).toBe("");
      expect(run.status, value).toBe(alone.status);
      expect(run.stdout, value).toBe(alone.stdout);
    }
  });

  for (const bad of ["0", "-2", "two", "1.5", "9999"]) {
    it(`"${bad}" is a usage error: exit 2, one line naming the option`, () => {
      const run = runCli(["--concurrency", bad, dir]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain("--concurrency");
    });
  }
});
