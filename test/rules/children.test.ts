import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회사는 만 14세 미만 아동의 회원 가입을 허용합니다.\n";

ruleTester("children", {
  valid: [
    { name: "no children", code: PLAIN },
    {
      name: "children section with guardian consent",
      code: "# 개인정보 처리방침\n\n## 14세 미만 아동의 개인정보 처리에 관한 사항\n\n회사는 만 14세 미만 아동의 개인정보를 처리하기 위하여 동의가 필요한 경우 법정대리인의 동의를 받습니다.\n",
    },
    {
      name: "guardian consent and its verification in a sentence",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n만 14세 미만 아동이 가입하는 경우 법정대리인의 동의를 받고, 휴대전화 본인인증으로 법정대리인임을 확인합니다.\n",
    },
    { name: "'children under 14 cannot join'", code: "# 개인정보 처리방침\n\n회사는 만 14세 미만 아동의 회원 가입을 받지 않습니다.\n" },
    { name: "facts.children: false silences text triggers", code: TRIGGER, facts: { children: false } },
  ],
  invalid: [
    {
      name: "children admitted, no guardian consent: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "facts.children: an error",
      code: PLAIN,
      facts: { children: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("children: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("children", { code: TRIGGER });
    expect(m.message).toContain("만 14세 미만 아동의 개인정보를 처리하는 것으로 보이나(L5)");
  });
});
