/**
 * bin/policy-lint.js keeps V8's compiled code of the CLI and its lazy parts in the user's cache folder
 * ($XDG_CACHE_HOME/policy-lint). The cache may only make a run faster: with it, without it, with a
 * damaged or unwritable one, every run prints the same findings and exit code.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli.js";

const seed = fixture("seeds/004_2bead2da7e852597.txt");
const dirs: string[] = [];

function cacheHome(): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-cache-"));
  dirs.push(dir);
  return dir;
}

function cacheFiles(home: string): string[] {
  try {
    return readdirSync(join(home, "policy-lint"));
  } catch {
    return [];
  }
}

afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the start-up code cache", () => {
  const plain = runCli(["--format", "json", seed], { env: { POLICY_LINT_NO_CODE_CACHE: "1" } });

  it("is written by the first run and read by the next, which reports the same", () => {
    expect(plain.status).toBe(1);
    const home = cacheHome();
    const first = runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    const written = cacheFiles(home);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^cli-.*-${process.version}-${process.arch}\\.v8cache$`));
    const bytes = readFileSync(join(home, "policy-lint", written[0]));
    const second = runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    // Accepted, so not rewritten.
    expect(readFileSync(join(home, "policy-lint", written[0])).equals(bytes)).toBe(true);
    for (const run of [first, second]) {
      expect(run.stderr).toBe("");
      expect(run.status).toBe(plain.status);
      expect(run.stdout).toBe(plain.stdout);
    }
  });

  it("a Markdown or HTML run also keeps its parser's code, and reports as it does without", () => {
    const home = cacheHome();
    for (const file of [fixture("compliant/shop-policy.md"), fixture("compliant/foundation-policy.html")]) {
      const without = runCli(["--format", "json", file], { env: { POLICY_LINT_NO_CODE_CACHE: "1" } });
      for (let i = 0; i < 2; i++) {
        const run = runCli(["--format", "json", file], { env: { XDG_CACHE_HOME: home } });
        expect(run.stderr).toBe("");
        expect(run.stdout).toBe(without.stdout);
      }
    }
    expect(cacheFiles(home).map((f) => f.split("-").slice(0, -4).join("-")).sort()).toEqual(["cli", "parse-html", "parse-markdown"]);
  });

  it("a damaged cache is rejected and replaced, and the run is unaffected", () => {
    const home = cacheHome();
    runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    const [name] = cacheFiles(home);
    const file = join(home, "policy-lint", name);
    writeFileSync(file, Buffer.alloc(4096, 0x5a));
    const run = runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(plain.stdout);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)("an unwritable cache folder costs nothing but the speed-up (skipped as root, who can write anywhere)", () => {
    const home = cacheHome();
    chmodSync(home, 0o500);
    const run = runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(plain.stdout);
    expect(cacheFiles(home)).toEqual([]);
  });

  it("a cache path that is a file, not a folder, costs nothing but the speed-up", () => {
    const home = cacheHome();
    writeFileSync(join(home, "policy-lint"), "not a folder");
    const run = runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(plain.status);
    expect(run.stdout).toBe(plain.stdout);
  });

  it("POLICY_LINT_NO_CODE_CACHE=1 writes nothing", () => {
    const home = cacheHome();
    mkdirSync(join(home, "policy-lint"));
    runCli(["--format", "json", seed], { env: { XDG_CACHE_HOME: home, POLICY_LINT_NO_CODE_CACHE: "1" } });
    expect(cacheFiles(home)).toEqual([]);
  });

  it("a caller's --fix still writes the file when the cache is in use (exit-time work does not cut the run short)", () => {
    const home = cacheHome();
    const work = cacheHome();
    const target = join(work, "policy.txt");
    writeFileSync(target, readFileSync(seed));
    const run = runCli(["--fix", "--format", "json", target], { env: { XDG_CACHE_HOME: home } });
    expect([0, 1]).toContain(run.status);
    expect(readFileSync(target, "utf8")).not.toBe(readFileSync(seed, "utf8"));
    expect(cacheFiles(home)).toHaveLength(1);
  });
});
