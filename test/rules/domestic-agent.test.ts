import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제31조의2에 따라 국내대리인을 지정하였습니다.\n";

ruleTester("domestic-agent", {
  valid: [
    { name: "a processor that says it needs no representative", code: "# 개인정보 처리방침\n\n회사는 국내대리인 지정 대상이 아닙니다.\n" },
    { name: "no domestic representative mentioned", code: PLAIN },
    {
      name: "representative's name, address, phone and e-mail",
      code: "# 개인정보 처리방침\n\n## 국내대리인의 지정\n\n- 명칭 및 대표자 성명: 주식회사 한빛대리 (대표이사 김대리)\n- 주소: 서울특별시 중구 세종대로 110\n- 전화번호: 02-1234-5678\n- 전자우편: krrep@example.com\n",
    },
    { name: "facts.domesticAgent: false silences text triggers", code: TRIGGER, facts: { domesticAgent: false } },
  ],
  invalid: [
    {
      name: "representative mentioned without details: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "facts.domesticAgent: an error",
      code: PLAIN,
      facts: { domesticAgent: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("domestic-agent: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("domestic-agent", { code: TRIGGER });
    expect(m.message).toContain("국내대리인 지정 대상으로 보이나(L3)");
  });
});

describe("domestic-agent: '해당 없음' is a denial", () => {
  it("a labelled field answered 해당 없음 raises nothing", async () => {
    const messages = await lintWith("domestic-agent", { code: "# 개인정보 처리방침\n\n- 국내대리인: 해당 없음\n" });
    expect(messages).toEqual([]);
  });
});
