import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_ELEMENTS, displayWidth } from "../../src/format/checklist.js";
import { fixture, runCli } from "../helpers/run-cli.js";

/** The compliant school policy without its destruction and rights articles, and one comment on top. */
function policyWithoutDestructionAndRights(comment: string): string {
  const text = readFileSync(fixture("compliant/school-policy.txt"), "utf8");
  const without = text
    .replace(/제4조\(개인정보의 파기[\s\S]*?(?=제5조)/, "")
    .replace(/제10조\(정보주체와[\s\S]*?(?=제11조)/, "");
  const dir = mkdtempSync(join(tmpdir(), "pl-checklist-"));
  const file = join(dir, "policy.txt");
  writeFileSync(file, `${comment}${without}`);
  return file;
}

function rows(stdout: string): Map<string, string> {
  // Each row ends in its rule id; the status sits between the name and the line.
  const map = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const m = /^ {2}\S.*?\s{2}([✓△✗?–]) .*?\s([a-z-]+)(?: {2}\S.*)?$/.exec(line);
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

  it("says a wrong title is wrong, not missing", () => {
    const r = runCli(["--format", "checklist", fixture("seeds/000_178a53fb2025d18c.txt")]);
    expect(r.stdout).toMatch(/개인정보 처리방침 제목\s+✗ 잘못됨\s+7\s+title/);
  });

  it("marks an element needing work apart from a present one", () => {
    const r = runCli(["--format", "checklist", fixture("seeds/004_2bead2da7e852597.txt")]);
    expect(r.stdout).toMatch(/권익침해 구제방법\s+△ 보완 필요\s+125\s+redress/);
  });

  it("never counts an element whose rule is off as present", () => {
    const r = runCli(["--format", "checklist", "--rule", "rights:off", fixture("compliant/school-policy.txt")]);
    expect(rows(r.stdout).get("rights")).toBe("?");
    expect(r.stdout).toMatch(/정보주체와 법정대리인의 권리·의무 및 행사방법\s+\? 점검 안 함\s+rights\s+설정에서 규칙을 끔/);
    expect(r.stdout).toContain("13/14 필수 항목, 점검 안 한 항목 1개");
  });

  it("shows elements whose findings a comment in the document hid as not checked, and lists the comment", () => {
    const file = policyWithoutDestructionAndRights("<!-- policy-lint-disable -->\n");
    const r = runCli(["--format", "checklist", file]);
    const status = rows(r.stdout);
    expect(status.get("destruction")).toBe("?");
    expect(status.get("rights")).toBe("?");
    expect(r.stdout).toContain("12/14 필수 항목, 점검 안 한 항목 2개");
    expect(r.stdout).toContain("검사를 끈 문서 안 주석:");
    expect(r.stdout).toContain("1번째 줄 policy-lint-disable (모든 규칙): 숨긴 문제 2건 (destruction, rights)");
  });

  it("with --no-inline-config obeys no comment: the missing elements are missing", () => {
    const file = policyWithoutDestructionAndRights("<!-- policy-lint-disable -->\n");
    const r = runCli(["--format", "checklist", "--no-inline-config", file]);
    expect(r.status).toBe(1);
    const status = rows(r.stdout);
    expect(status.get("destruction")).toBe("✗");
    expect(status.get("rights")).toBe("✗");
    expect(r.stdout).toContain("12/14 필수 항목");
    expect(r.stdout).not.toContain("검사를 끈 문서 안 주석");
  });

  it("measures Hangul as two terminal columns", () => {
    expect(displayWidth("항목ab")).toBe(6);
  });
});
