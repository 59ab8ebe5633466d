import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const NO_SECTION = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";

ruleTester("consignment", {
  valid: [
    {
      name: "a list of labelled processors and tasks",
      code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n- 수탁자: 주식회사 빠른택배\n- 위탁업무 내용: 물품 배송\n",
    },
    {
      name: "processor table",
      code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.\n\n| 수탁자 | 위탁업무 내용 |\n|---|---|\n| 주식회사 빠른택배 | 물품 배송 |\n| 한국결제 주식회사 | 전자 결제 대행 |\n",
    },
    { name: "'we do not outsource' section", code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n회사는 개인정보 처리업무를 외부에 위탁하지 않습니다.\n" },
    { name: "'we do not outsource' sentence", code: "# 개인정보 처리방침\n\n회사는 개인정보 처리업무를 위탁하지 않습니다.\n", facts: { consignment: true } },
  ],
  invalid: [
    {
      name: "a table without a processor column",
      code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n| 위탁업무 내용 | 위탁기간 |\n|---|---|\n| 물품 배송 | 위탁계약 종료 시까지 |\n",
      errors: [{ messageId: "fields", line: 3, severity: 2 }],
    },
    {
      name: "not addressed, no fact: a warning at the title",
      code: NO_SECTION,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "not addressed, facts.consignment: an error",
      code: NO_SECTION,
      facts: { consignment: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
    {
      name: "a heading that names no processor is no disclosure: missing, at the title",
      code: NO_SECTION + "\n## 6. 개인정보 처리업무의 위탁\n\n회사는 원활한 업무 처리를 위하여 개인정보 처리업무를 위탁할 수 있습니다.\n",
      errors: [{ messageId: "missing", line: 1, severity: 1 }],
    },
    {
      name: "table without the outsourced task",
      code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n| 수탁자 | 위탁기간 |\n|---|---|\n| 주식회사 한빛 | 위탁계약 종료 시까지 |\n",
      errors: [{ messageId: "fields", line: 3, column: 1, severity: 2 }],
    },
  ],
});

describe("consignment: what the user reads", () => {
  it("names the missing field", async () => {
    const [m] = await lintWith("consignment", {
      code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n| 수탁자 | 위탁기간 |\n|---|---|\n| 주식회사 한빛 | 위탁계약 종료 시까지 |\n",
    });
    expect(m.message).toContain("위탁 내역에 위탁업무 내용이 없습니다");
  });
});
