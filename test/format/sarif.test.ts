import ajvModule from "ajv";
import formatsModule from "ajv-formats";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { docsUrl } from "../../src/engine/messages.js";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

const schema = JSON.parse(readFileSync(join(ROOT, "vendor", "sarif-schema-2.1.0.json"), "utf8"));
// Both are CommonJS with the API on `default` as seen from ESM (NodeNext typing and at run time).
const ajv = new ajvModule.default({ strict: false, allErrors: true });
formatsModule.default(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; properties: { legalBasis: { source: string }[] } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      properties: { messageId: string };
    }[];
  }[];
}

let work: string;
beforeAll(() => {
  // A path with Hangul and a space must still be a valid relative URI reference.
  work = mkdtempSync(join(tmpdir(), "pl-sarif-"));
  copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(work, "개인정보 처리방침.txt"));
  copyFileSync(fixture("compliant/school-policy.txt"), join(work, "school.txt"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function lintSarif(args: string[], stderr = ""): SarifLog {
  const r = runCli(["--format", "sarif", ...args], { cwd: work });
  expect(r.stderr).toBe(stderr);
  return JSON.parse(r.stdout) as SarifLog;
}

describe("--format sarif", () => {
  it("is valid against the official SARIF 2.1.0 schema", () => {
    const log = lintSarif(["."]);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema rejects a broken log, so the check above can fail", () => {
    const log = lintSarif(["."]);
    (log.runs[0].results[0] as unknown as Record<string, unknown>).level = "fatal";
    expect(validate(log)).toBe(false);
    expect(validate({ version: "2.1.0" })).toBe(false);
  });

  it("describes the tool and every rule from its metadata", () => {
    const driver = lintSarif(["school.txt"]).runs[0].tool.driver;
    expect(driver.name).toBe("policy-lint");
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(builtInRules.map((r) => r.meta.id));
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(docsUrl(rule.id));
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.properties.legalBasis.length).toBeGreaterThan(0);
    }
  });

  it("reports each finding with rule index, level, message id and a relative forward-slash URI", () => {
    const log = lintSarif(["."]);
    const run = log.runs[0];
    const json = JSON.parse(runCli(["--format", "json", "개인정보 처리방침.txt"], { cwd: work }).stdout) as { messages: { ruleId: string; messageId: string; severity: number; line: number; column: number }[] }[];
    const results = run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === "%EA%B0%9C%EC%9D%B8%EC%A0%95%EB%B3%B4%20%EC%B2%98%EB%A6%AC%EB%B0%A9%EC%B9%A8.txt");
    expect(results.length).toBe(json[0].messages.length);
    results.forEach((r, i) => {
      const m = json[0].messages[i];
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.ruleId).toBe(m.ruleId);
      expect(r.properties.messageId).toBe(m.messageId);
      expect(r.level).toBe(m.severity === 2 ? "error" : "warning");
      expect(r.locations[0].physicalLocation.region.startLine).toBe(m.line);
      expect(r.locations[0].physicalLocation.region.startColumn).toBe(m.column);
    });
    expect(results.some((r) => r.ruleId === "overseas-transfer" && r.level === "error")).toBe(true);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it("reports a file that cannot be read as a tool notification, still schema-valid", () => {
    const log = lintSarif(["missing.txt"], "policy-lint: missing.txt: 파일이나 폴더가 없습니다\n");
    expect(validate(log)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text.length).toBeGreaterThan(0);
  });
});
