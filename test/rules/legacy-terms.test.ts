import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

ruleTester("legacy-terms", {
  valid: [
    {
      name: "current terms; 개인정보취급자 and 고정형 영상정보처리기기 are current",
      code: "# 개인정보 처리방침\n\n## 고정형 영상정보처리기기 운영·관리\n\n개인정보 보호책임자와 개인정보취급자는 정기적으로 교육을 받습니다.\n",
    },
    { name: "the legacy document title is left to the title rule", code: "# 개인정보취급방침\n\n회사는 이용자의 개인정보를 중요시합니다.\n" },
    { name: "a ministry outside privacy supervision", code: "# 개인정보 처리방침\n\n회사는 행정안전부 공모전에 참여했습니다.\n" },
  ],
  invalid: [
    {
      name: "개인정보관리책임자, 취급위탁 and 개인정보취급방침 in the body",
      code: "# 개인정보 처리방침\n\n## 개인정보관리책임자\n\n회사는 결제 대행 업무를 취급위탁하고 있습니다. 본 개인정보취급방침은 2026년 1월 1일부터 적용됩니다.\n",
      errors: [
        { messageId: "legacy", line: 3, column: 4, severity: 2 },
        { messageId: "legacy", line: 5, column: 15 },
        { messageId: "legacy", line: 5, column: 30 },
      ],
      output: "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\n회사는 결제 대행 업무를 처리위탁하고 있습니다. 본 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다.\n",
    },
    {
      name: "행정안전부 named as the privacy regulator",
      code: "# 개인정보 처리방침\n\n개인정보 침해 신고는 행정안전부에 할 수 있습니다.\n",
      errors: [{ messageId: "legacy", line: 3, column: 13 }],
      output: "# 개인정보 처리방침\n\n개인정보 침해 신고는 개인정보보호위원회에 할 수 있습니다.\n",
    },
  ],
});

describe("legacy-terms: what the user reads", () => {
  it("names the old and the current term", async () => {
    const [m] = await lintWith("legacy-terms", { code: "# 개인정보 처리방침\n\n회사는 배송 업무를 취급위탁합니다.\n" });
    expect(m.message).toContain("'취급위탁'은 옛 용어입니다");
    expect(m.message).toContain("'처리위탁'으로 바꾸십시오");
  });
});
