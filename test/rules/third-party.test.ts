import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const NO_SECTION = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const NONE = "# 개인정보 처리방침\n\n## 5. 개인정보의 제3자 제공\n\n회사는 정보주체의 개인정보를 제3자에게 제공하지 않습니다.\n";

ruleTester("third-party", {
  valid: [
    { name: "'we do not provide' section", code: NONE },
    { name: "'we do not provide' section, facts.thirdParty declared", code: NONE, facts: { thirdParty: true } },
    { name: "'we do not provide' sentence without a heading", code: "# 개인정보 처리방침\n\n회사는 이용자의 개인정보를 제3자에게 제공하지 않습니다.\n" },
    {
      name: "table with recipient, purpose, items and period",
      code: "# 개인정보 처리방침\n\n## 5. 개인정보의 제3자 제공\n\n| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 및 이용기간 |\n|---|---|---|---|\n| 주식회사 한빛보험 | 보험 상품 안내 | 이름, 휴대전화번호 | 제공 목적 달성 시까지 |\n",
    },
  ],
  invalid: [
    {
      name: "not addressed, no fact declared: a warning",
      code: NO_SECTION,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "not addressed, facts.thirdParty: an error",
      code: NO_SECTION,
      facts: { thirdParty: true },
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "disclosure without purpose and period: reported at the heading",
      code: "# 개인정보 처리방침\n\n## 5. 개인정보의 제3자 제공\n\n회사는 다음과 같이 개인정보를 제3자에게 제공합니다.\n\n- 제공받는 자: 주식회사 한빛보험\n- 제공 항목: 이름, 휴대전화번호\n",
      errors: [{ messageId: "fields", line: 3, column: 1, severity: 2 }],
    },
  ],
});

describe("third-party: what the user reads", () => {
  it("lists the missing fields", async () => {
    const [m] = await lintWith("third-party", {
      code: "# 개인정보 처리방침\n\n## 5. 개인정보의 제3자 제공\n\n- 제공받는 자: 주식회사 한빛보험\n- 제공 항목: 이름, 휴대전화번호\n",
    });
    expect(m.message).toContain("제3자 제공 내역에 제공 목적, 보유·이용 기간이 없습니다");
  });
});

describe("third-party: attribution", () => {
  it("the rights duty 'until corrected … not used or provided' is no statement about third parties", async () => {
    const messages = await lintWith("third-party", {
      code: "# 개인정보 처리방침\n\n## 7. 정보주체의 권리\n\n정보주체가 정정 또는 삭제를 요구한 경우 회사는 정정 또는 삭제를 완료할 때까지 당해 개인정보를 이용하거나 제공하지 않습니다.\n",
    });
    expect(messages.map((m) => m.messageId)).toEqual(["missing"]);
  });

  it("sharing with a named kind of recipient, without 제3자, is a disclosure", async () => {
    const messages = await lintWith("third-party", { code: "# 개인정보 처리방침\n\n보내 주신 의견은 관련 기관과 공유하여 함께 검토할 수 있습니다.\n" });
    expect(messages.map((m) => m.messageId)).toEqual([]);
  });
});
