import { describe, expect, it } from "vitest";
import { lintJson } from "../helpers/run-cli.js";

const CORE = ["title", "purpose", "items", "retention", "destruction", "third-party", "consignment", "overseas-transfer", "safety-measures", "auto-collection", "rights", "privacy-officer", "redress", "changes"];

function missing(file: string): string[] {
  const [result] = lintJson([file]);
  return result.messages.filter((m) => m.messageId === "missing").map((m) => m.ruleId!).sort();
}

describe("seed policies", () => {
  it("000 (old forum policy) misses title, destruction, rights, redress and consignment only", () => {
    expect(missing("fixtures/seeds/000_178a53fb2025d18c.txt")).toEqual(["consignment", "destruction", "redress", "rights", "title"]);
  });

  it("000 flags the table-of-contents entry whose section never comes, on line 18", () => {
    const [result] = lintJson(["fixtures/seeds/000_178a53fb2025d18c.txt"]);
    const toc = result.messages.filter((m) => m.ruleId === "toc-mismatch");
    expect(toc.map((m) => m.line)).toEqual([18]);
    expect(toc[0].message).toContain("권리 및 행사방법");
  });

  it("004 (SaaS policy) misses only the overseas transfer, naming PayPal, Microsoft Azure and Google Analytics", () => {
    expect(missing("fixtures/seeds/004_2bead2da7e852597.txt")).toEqual(["overseas-transfer"]);
    const [result] = lintJson(["fixtures/seeds/004_2bead2da7e852597.txt"]);
    const overseas = result.messages.find((m) => m.ruleId === "overseas-transfer")!;
    for (const name of ["PayPal", "Microsoft Azure", "Google Analytics"]) expect(overseas.message).toContain(name);
    expect(overseas.severity).toBe(2);
  });

  it("004 reports its outdated references where they stand", () => {
    const [result] = lintJson(["fixtures/seeds/004_2bead2da7e852597.txt"]);
    const at = (rule: string, id: string) => result.messages.filter((m) => m.ruleId === rule && m.messageId === id).map((m) => m.line);
    expect(at("outdated-law", "deleted-provision")).toContain(47);
    expect(at("outdated-law", "abolished-duty")).toContain(47);
    const agencies = result.messages.filter((m) => m.messageId === "outdated-agency");
    expect(agencies.some((m) => m.line === 129 && m.message.includes("대검찰청"))).toBe(true);
    expect(agencies.some((m) => m.line === 130 && m.message.includes("사이버테러대응센터"))).toBe(true);
    expect(agencies.some((m) => m.line === 130 && m.message.includes("cyber.go.kr"))).toBe(true);
  });

  it("does not warn about 대검찰청 when linted before 2026-10-02", async () => {
    const { lintFiles, createLinter } = await import("../../src/api.js");
    const linter = await createLinter({ config: false, today: "2026-09-01" });
    const [result] = await lintFiles(["fixtures/seeds/004_2bead2da7e852597.txt"], linter);
    expect(result.messages.filter((m) => m.messageId === "outdated-agency" && m.message.includes("대검찰청"))).toEqual([]);
  });

  for (const file of ["fixtures/compliant/shop-policy.md", "fixtures/compliant/school-policy.txt"]) {
    it(`${file} is compliant: no error and no missing element`, () => {
      const [result] = lintJson([file]);
      expect(result.errorCount).toBe(0);
      expect(result.messages.filter((m) => CORE.includes(m.ruleId!) && m.messageId === "missing")).toEqual([]);
    });
  }
});
