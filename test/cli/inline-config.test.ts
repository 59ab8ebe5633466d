import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintJson, runCli } from "../helpers/run-cli.js";

function policy(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pl-inline-"));
  writeFileSync(join(dir, "p.md"), text);
  return dir;
}

const TITLE_AND_REDRESS_OFF = "<!-- policy-lint-disable redress, title -->\n# 개인정보 보호정책\n\n본문\n";

describe("inline configuration", () => {
  it("hidden findings are kept as suppressedMessages and the comment is recorded", () => {
    const dir = policy(TITLE_AND_REDRESS_OFF);
    const run = runCli(["--format", "json", "p.md"], { cwd: dir });
    const [r] = JSON.parse(run.stdout) as { messages: { ruleId: string }[]; suppressedMessages: { ruleId: string; suppressions: unknown[] }[]; directives: { line: number; hidden: Record<string, number> }[] }[];
    expect(r.messages.some((m) => m.ruleId === "redress" || m.ruleId === "title")).toBe(false);
    expect(r.suppressedMessages.map((m) => m.ruleId).sort()).toEqual(["redress", "title"]);
    expect(r.suppressedMessages[0].suppressions).toEqual([{ kind: "directive", justification: "" }]);
    expect(r.directives).toEqual([{ kind: "disable", rules: ["redress", "title"], line: 1, column: 1, hidden: { redress: 1, title: 1 } }]);
  });

  it("--no-inline-config obeys no comment in the document", () => {
    const dir = policy(TITLE_AND_REDRESS_OFF);
    const [r] = lintJson(["--no-inline-config", "p.md"], { cwd: dir });
    expect(r.messages.some((m) => m.ruleId === "title")).toBe(true);
    expect(r.messages.some((m) => m.ruleId === "redress")).toBe(true);
  });

  it("--report-unused-disable-directives reports, as errors, each comment and rule that hid nothing", () => {
    const dir = policy("# 개인정보 처리방침\n\n<!-- policy-lint-disable-next-line title, redress -->\n본문\n\n<!-- policy-lint-disable-line -->\n");
    const quiet = runCli(["p.md"], { cwd: dir });
    expect(quiet.stdout).not.toContain("policy-lint-disable");
    const run = runCli(["--report-unused-disable-directives", "--format", "json", "p.md"], { cwd: dir });
    expect(run.status).toBe(1);
    const [r] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; messageId: string; severity: number; line: number; message: string }[] }[];
    const unused = r.messages.filter((m) => m.messageId === "unused-disable-directive");
    expect(unused.map((m) => [m.line, m.severity, m.ruleId])).toEqual([
      [3, 2, null],
      [3, 2, null],
      [6, 2, null],
    ]);
    expect(unused[0].message).toBe("'title' 규칙이 보고한 문제가 없는 policy-lint-disable 주석입니다. 주석에서 규칙을 삭제하십시오.");
    const en = runCli(["--report-unused-disable-directives", "--locale", "en", "p.md"], { cwd: dir });
    expect(en.stdout).toContain("3:1  error    Unused policy-lint-disable directive (no problems were reported from 'redress').");
    expect(en.stdout).toContain("6:1  error    Unused policy-lint-disable directive (no problems were reported).");
  });

  it("a comment that hides a finding is not reported as unused", () => {
    const dir = policy(TITLE_AND_REDRESS_OFF);
    const [r] = lintJson(["--report-unused-disable-directives", "p.md"], { cwd: dir });
    expect(r.messages.some((m) => m.messageId === "unused-disable-directive")).toBe(false);
  });
});

describe("severity", () => {
  const dir = policy("# 개인정보 처리방침\n\n회사는 「개인정보보호법」에 따라 처리합니다. 회원 정보의 처리 업무를 외부 업체에 맡깁니다.\n");

  it("reports the severity the user set, even where the preset would only warn", () => {
    const preset = lintJson(["p.md"], { cwd: dir })[0].messages;
    expect(preset.find((m) => m.ruleId === "consignment" && m.messageId === "missing")?.severity).toBe(1);
    expect(preset.find((m) => m.ruleId === "law-name")?.severity).toBe(1);
    const set = lintJson(["--rule", "consignment:error", "--rule", "law-name:error", "p.md"], { cwd: dir })[0].messages;
    expect(set.find((m) => m.ruleId === "consignment" && m.messageId === "missing")?.severity).toBe(2);
    expect(set.find((m) => m.ruleId === "law-name")?.severity).toBe(2);
  });

  it("takes the user's severity from the configuration file too", () => {
    writeFileSync(join(dir, ".policy-lintrc.json"), JSON.stringify({ rules: { consignment: "error" } }));
    const messages = lintJson(["p.md"], { cwd: dir })[0].messages;
    expect(messages.find((m) => m.ruleId === "consignment" && m.messageId === "missing")?.severity).toBe(2);
  });

  it("the strict preset is not a user's choice for each rule: advisory findings still warn", () => {
    const strict = policy("# 개인정보 처리방침\n\n회원 정보의 처리 업무를 외부 업체에 맡깁니다.\n");
    writeFileSync(join(strict, ".policy-lintrc.json"), JSON.stringify({ extends: "policy-lint:strict" }));
    const messages = lintJson(["p.md"], { cwd: strict })[0].messages;
    expect(messages.find((m) => m.ruleId === "consignment" && m.messageId === "missing")?.severity).toBe(1);
  });
});
