import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회사는 대출 심사를 위하여 완전히 자동화된 시스템으로 신용을 평가합니다.\n";

ruleTester("automated-decision", {
  valid: [
    { name: "no automated decisions", code: PLAIN },
    {
      name: "automated-decision section with refusal and explanation",
      code: "# 개인정보 처리방침\n\n## 자동화된 결정에 관한 사항\n\n회사는 AI 면접 결과를 자동으로 판정하며, 정보주체는 자동화된 결정에 대하여 거부하거나 설명을 요구할 수 있습니다.\n",
    },
    { name: "'we make no automated decisions'", code: "# 개인정보 처리방침\n\n회사는 완전히 자동화된 시스템으로 개인정보를 처리하는 자동화된 결정을 하지 않습니다.\n" },
    { name: "facts.automatedDecision: false silences text triggers", code: TRIGGER, facts: { automatedDecision: false } },
  ],
  invalid: [
    {
      name: "a fully automated credit decision: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "AI screening of job applications: a warning",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회사는 AI 기반 채용 평가 도구로 지원서를 심사합니다.\n",
      errors: [{ messageId: "missing", line: 1, severity: 1 }],
    },
    {
      name: "facts.automatedDecision: an error",
      code: PLAIN,
      facts: { automatedDecision: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("automated-decision: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("automated-decision", { code: TRIGGER });
    expect(m.message).toContain("(L5)");
  });
});

describe("automated-decision: the rights enumeration is not processing", () => {
  it("a rights article listing the right to refuse automated decisions raises nothing", async () => {
    const messages = await lintWith("automated-decision", {
      code: "# 개인정보 처리방침\n\n## 7. 정보주체의 권리\n\n정보주체는 열람, 정정·삭제, 처리정지, 자동화된 결정에 대한 거부 또는 설명 요구 등의 권리를 행사할 수 있습니다.\n",
    });
    expect(messages).toEqual([]);
  });
});
