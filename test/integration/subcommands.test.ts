import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { BIN, runCli } from "../helpers/run-cli.js";
import { renderMeta } from "../../src/cli/explain.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pl-init-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = () => JSON.parse(readFileSync(join(dir, ".policy-lintrc.json"), "utf8"));
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("policy-lint init", () => {
  it("writes the facts given as flags, and the linter accepts the file", () => {
    const r = runCli(["init", "--facts", "thirdParty=false,overseasTransfer=true"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(config()).toEqual({ extends: ["policy-lint:recommended"], facts: { thirdParty: false, overseasTransfer: true } });
    const printed = runCli(["--print-config", "policy.md"], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout).facts).toEqual({ thirdParty: false, overseasTransfer: true });
  });

  it("--yes writes a config without facts", () => {
    expect(runCli(["init", "--yes"], { cwd: dir }).status).toBe(0);
    expect(config().facts).toEqual({});
  });

  it("never overwrites an existing config without --force", () => {
    writeFileSync(join(dir, ".policy-lintrc.json"), '{"facts":{"cctv":true}}\n');
    const r = runCli(["init", "--yes"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint init: .policy-lintrc.json already exists (use --force to overwrite it)\n");
    expect(config()).toEqual({ facts: { cctv: true } });
    expect(runCli(["init", "--yes", "--force"], { cwd: dir }).status).toBe(0);
    expect(config().facts).toEqual({});
  });

  it("refuses to add a second config next to another kind", () => {
    writeFileSync(join(dir, ".policy-lintrc.yaml"), "facts: {}\n");
    const r = runCli(["init", "--yes", "--force"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, ".policy-lintrc.json"))).toBe(false);
  });

  it("rejects unknown facts and values with exit 2 and writes nothing", () => {
    for (const facts of ["thirdparty=false", "cctv=maybe", "cctv"]) {
      const r = runCli(["init", "--facts", facts], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^policy-lint init: --facts: .*\n$/);
    }
    expect(existsSync(join(dir, ".policy-lintrc.json"))).toBe(false);
  });

  it("without a terminal and without flags, says what to do", () => {
    const r = runCli(["init"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("use --yes or --facts");
  });

  it.skipIf(!hasScript)("asks in a terminal and writes the answers", () => {
    // script(1) gives the CLI a pseudo-terminal; answers: thirdParty y, an invalid one, consignment n, rest Enter.
    const answers = "y\nmaybe\nn\n" + "\n".repeat(9);
    const r = spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init`, "/dev/null"], { cwd: dir, input: answers, encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("y 또는 n으로 답하십시오.");
    expect(config().facts).toEqual({ thirdParty: true, consignment: false });
  });
});

describe("policy-lint explain", () => {
  it("prints every rule's documentation", () => {
    for (const { meta } of builtInRules) {
      const r = runCli(["explain", meta.id]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(meta.id);
    }
  });

  it("renders a rule without a docs page from its metadata: description, legal basis, messages, no source keys", () => {
    const meta = builtInRules.find((rule) => rule.meta.id === "privacy-officer")!.meta;
    const ko = renderMeta(meta, "ko");
    const en = renderMeta(meta, "en");
    expect(ko).toContain(meta.description.ko);
    expect(en).toContain(meta.description.en);
    for (const basis of meta.legalBasis) {
      expect(en).toContain(`- ${basis.en}`);
      expect(en).not.toContain(basis.source);
    }
    for (const id of Object.keys(meta.messages)) expect(en).toContain(`- ${id}: `);
  });

  it("exits 2 with one line for an unknown rule or a missing id", () => {
    const unknown = runCli(["explain", "no-such-rule"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('policy-lint explain: unknown rule "no-such-rule" (see policy-lint --list-rules)\n');
    const missing = runCli(["explain"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
