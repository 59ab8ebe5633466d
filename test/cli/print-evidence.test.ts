/** `--print-evidence` as a user runs it: the verdict per element and the lines behind it. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli.js";

describe("--print-evidence", () => {
  it("shows all 14 elements present for a compliant policy, each with the line that decided it", () => {
    const run = runCli(["--print-evidence", fixture("compliant/shop-policy.md")]);
    expect(run.status).toBe(0);
    const verdicts = run.stdout.split("\n").filter((l) => /^ {2}\S /.test(l));
    expect(verdicts).toHaveLength(14);
    expect(verdicts.every((l) => l.startsWith("  ✓ "))).toBe(true);
    expect(run.stdout).toMatch(/✓ retention: present\n {6}L\d+ {2}heading\/disclosure {2}회원 정보: 회원 탈퇴 시까지/);
  });

  it("names what it rejected and why: a cross-reference is not a destruction article", () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-lint-evidence-"));
    const file = join(dir, "policy.md");
    writeFileSync(
      file,
      "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 및 보유 기간\n\n- 회원 정보: 회원 탈퇴 시까지\n\n## 2. 이벤트\n\n이벤트 응모 정보는 제12조에서 정한 방법으로 파기합니다.\n",
    );
    const run = runCli(["--print-evidence", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("✗ destruction: missing");
    expect(run.stdout).toMatch(/− L9 {2}statement\/cross-reference: refers to another article {2}이벤트 응모 정보는 제12조에서/);
  });

  it("prints JSON with --format json: verdicts, accepted and rejected evidence with lines", () => {
    const run = runCli(["--print-evidence", fixture("compliant/school-policy.txt"), "--format", "json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { elements: { element: string; verdict: string; accepted: { line: number; kind: string }[] }[] };
    const byId = Object.fromEntries(report.elements.map((e) => [e.element, e]));
    expect(byId.consignment.verdict).toBe("present");
    expect(byId.consignment.accepted[0]).toMatchObject({ kind: "denial", line: 32 });
    expect(byId["overseas-transfer"].verdict).toBe("not-needed");
  });

  it("a thin section is shown as thin with what it lacks", () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-lint-evidence-"));
    const file = join(dir, "policy.md");
    writeFileSync(file, "# 개인정보 처리방침\n\n## 8. 개인정보의 안전성 확보조치\n\n회사는 관계 법령에 따라 관리적·기술적·물리적 조치를 하고 있습니다.\n");
    const run = runCli(["--print-evidence", file]);
    expect(run.stdout).toContain("△ safety-measures: thin");
    expect(run.stdout).toContain("(no concrete measure)");
  });

  it("a missing file is one line on stderr and exit 2", () => {
    const run = runCli(["--print-evidence", "no-such-policy.md"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
