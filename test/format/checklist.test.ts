import { describe, expect, it } from "vitest";
import { CORE_ELEMENTS, displayWidth } from "../../src/format/checklist.js";
import { fixture, runCli } from "../helpers/run-cli.js";

function rows(stdout: string): Map<string, string> {
  // Each row ends in its rule id; the status sits between the name and the line.
  const map = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const m = /^ {2}\S.*?\s{2}([✓✗–]) .*?\s([a-z-]+)$/.exec(line);
    if (m) map.set(m[2], m[1]);
  }
  return map;
}

describe("--format checklist", () => {
  it("marks the seed's overseas transfer missing and counts 13 of 14", () => {
    const r = runCli(["--format", "checklist", fixture("seeds/004_2bead2da7e852597.txt")]);
    expect(r.status).toBe(1);
    const status = rows(r.stdout);
    expect([...status.keys()].slice(0, 14)).toEqual(["title", "purpose", "items", "retention", "destruction", "third-party", "consignment", "overseas-transfer", "safety-measures", "auto-collection", "rights", "privacy-officer", "redress", "changes"]);
    expect(status.get("overseas-transfer")).toBe("✗");
    expect(status.get("privacy-officer")).toBe("✓");
    expect(r.stdout).toContain("13/14 필수 항목");
  });

  it("shows the section line of a found element and 'not needed' for an untriggered one", () => {
    const r = runCli(["--format", "checklist", fixture("compliant/school-policy.txt")]);
    expect(r.status).toBe(0);
    const status = rows(r.stdout);
    expect(status.get("overseas-transfer")).toBe("–");
    expect(r.stdout).toMatch(/개인정보 보호책임자\s+✓ 있음\s+48\s+privacy-officer/);
    // A conditional element the policy addresses is listed after the core ones.
    expect(status.get("children")).toBe("✓");
    expect(r.stdout).toContain("14/14 필수 항목");
  });

  it("speaks English with --locale en", () => {
    const r = runCli(["--format", "checklist", "--locale", "en", fixture("seeds/004_2bead2da7e852597.txt")]);
    expect(r.stdout).toContain("13/14 required elements");
    expect(r.stdout).toMatch(/overseas transfer\s+✗ missing\s+overseas-transfer/i);
  });

  it("lists every core element for a policy with almost nothing", () => {
    const r = runCli(["--format", "checklist", fixture("integration/hostile-policy.txt")]);
    const status = rows(r.stdout);
    for (const element of CORE_ELEMENTS) expect(status.has(element)).toBe(true);
    expect(status.get("retention")).toBe("✗");
    expect(r.stdout).toContain("4/13 필수 항목");
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("measures Hangul as two terminal columns", () => {
    expect(displayWidth("항목ab")).toBe(6);
  });
});
