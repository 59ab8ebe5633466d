/**
 * `--fix` writes through a temp file and a rename. Killing the process at any moment must leave the
 * target either as it was or fully fixed, byte for byte; a leftover `.policy-lint-tmp-*.tmp` file is
 * allowed (SIGKILL runs no cleanup) and is never picked up by a later directory walk.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAtomic } from "../../src/cli/write.js";
import { cli, cliChild, json } from "./cli.js";
import { FIXABLE } from "./hostile-inputs.js";

const TEMP = /^\.policy-lint-tmp-.*\.tmp$/;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-lint-write-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--fix under SIGKILL", () => {
  it("leaves the target old or new, never partial", async () => {
    const work = join(dir, "kill");
    mkdirSync(work);
    // Big enough that writing takes a while; CRLF and a BOM so that a partial write would show.
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXABLE.repeat(40).replaceAll("\n", "\r\n"))]);
    writeFileSync(join(work, "expected.txt"), original);
    expect(cli(["--fix", "--format", "json", "expected.txt"], work, { timeout: 120_000 }).signal).toBeNull();
    const fixed = readFileSync(join(work, "expected.txt"));
    expect(fixed.equals(original)).toBe(false);

    const target = join(work, "policy.txt");
    const outcomes = { old: 0, new: 0 };
    for (let i = 0; i < 12; i++) {
      writeFileSync(target, original);
      const child = cliChild(["--fix", "--format", "json", "policy.txt"], work);
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 2500));
      child.kill("SIGKILL");
      await exited;
      const now = readFileSync(target);
      expect(now.equals(original) || now.equals(fixed), `run ${i}: partial file`).toBe(true);
      outcomes[now.equals(original) ? "old" : "new"]++;
    }
    const others = readdirSync(work).filter((f) => f !== "policy.txt" && f !== "expected.txt");
    expect(others.filter((f) => !TEMP.test(f))).toEqual([]);
    // Leftover temp files are not linted by a later run over the directory.
    writeFileSync(join(work, ".policy-lint-tmp-1-x-policy.txt.tmp"), original.subarray(0, 100));
    const later = cli(["--format", "json", "."], work, { timeout: 120_000 });
    expect(json(later).map((r) => relative(work, r.filePath)).sort()).toEqual(["expected.txt", "policy.txt"]);
    expect(outcomes.old + outcomes.new).toBe(12);
  }, 240_000);
});

describe("writeAtomic", () => {
  it("keeps the mode exactly, whatever the umask", async () => {
    const file = join(dir, "mode.txt");
    writeFileSync(file, "old");
    for (const mode of [0o640, 0o664, 0o755, 0o600]) {
      chmodSync(file, mode);
      await writeAtomic(file, Buffer.from("new"));
      expect(statSync(file).mode & 0o7777).toBe(mode);
    }
  });

  it("writes through a symlink and keeps the link", async () => {
    const real = join(dir, "real.txt");
    const link = join(dir, "link.txt");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    await writeAtomic(link, Buffer.from("new"));
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readFileSync(link, "utf8")).toBe("new");
  });

  it("on failure leaves the original and no temp file", async () => {
    const sub = join(dir, "fail");
    mkdirSync(join(sub, "target.txt"), { recursive: true });
    writeFileSync(join(sub, "target.txt", "inside.txt"), "old");
    // Renaming a file over a directory fails after the temp file is written.
    await expect(writeAtomic(join(sub, "target.txt"), Buffer.from("new"))).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(["target.txt"]);
    expect(readdirSync(join(sub, "target.txt"))).toEqual(["inside.txt"]);
  });
});
