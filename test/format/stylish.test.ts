import { describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli.js";

const SEED = fixture("seeds/004_2bead2da7e852597.txt");
const ROW = /^ {2}(\d+:\d+) +(오류|경고|error|warning) {2,}(.+?) {2}([a-z-]+)$/;

describe("--format stylish", () => {
  it("prints one short line per finding: line:col severity message rule-id, no legal basis or link", () => {
    const r = runCli([SEED]);
    const rows = r.stdout.split("\n").filter((l) => /^ {2}\d+:\d+/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row, row).toMatch(ROW);
      expect(row).not.toMatch(/docs\/rules\/|\(근거: |\(basis: /);
    }
    expect(r.stdout).toMatch(/^ {2}2:1 +오류 {2}개인정보의 국외 이전 고지가 없습니다\..* {2}overseas-transfer$/m);
  });

  it("--verbose adds the legal basis and the docs link under each finding", () => {
    const r = runCli(["--verbose", SEED]);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => /overseas-transfer$/.test(l));
    expect(lines[at + 1].trim()).toBe("근거: 개인정보 보호법 시행령 제31조제1항제2호, 개인정보 보호법 제28조의8제2항");
    expect(lines[at + 2].trim()).toBe("https://github.com/policy-lint/policy-lint/blob/main/docs/rules/overseas-transfer.md");
  });

  it("the json format carries the legal basis and docs link as fields", () => {
    const r = runCli(["--format", "json", SEED]);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; legalBasis: string; docsUrl: string }[] }[];
    const m = file.messages.find((x) => x.ruleId === "overseas-transfer")!;
    expect(m.message).not.toContain("https://");
    expect(m.legalBasis).toBe("개인정보 보호법 시행령 제31조제1항제2호, 개인정보 보호법 제28조의8제2항");
    expect(m.docsUrl).toBe("https://github.com/policy-lint/policy-lint/blob/main/docs/rules/overseas-transfer.md");
  });
});
