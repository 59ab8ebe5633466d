import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const HEAD = "# 개인정보 처리방침\n\n## 13. 개인정보 처리방침의 변경\n\n";

ruleTester("changes", {
  valid: [
    {
      name: "effective date and notice on the website",
      code: HEAD + "이 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다. 내용을 추가·삭제 또는 수정하는 경우에는 시행 7일 전부터 홈페이지 공지사항을 통하여 알리겠습니다.\n",
    },
    {
      name: "30 days before for important changes is fine",
      code: HEAD + "이 개인정보 처리방침은 2026. 1. 1.부터 시행합니다. 이용자 권리에 중요한 변경이 있는 경우에는 최소 30일 전에 홈페이지를 통해 공지합니다.\n",
    },
  ],
  invalid: [
    {
      name: "no effective date, nothing about changes",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "how changes are announced, but no effective date",
      code: HEAD + "개인정보 처리방침이 변경되는 경우 홈페이지 공지사항을 통하여 알리겠습니다.\n",
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
    {
      name: "effective date without a notice channel: a warning at the heading",
      code: HEAD + "이 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다.\n",
      errors: [{ messageId: "no-notice", line: 3, column: 1, severity: 1 }],
    },
    {
      name: "dates only, no changes section: a warning at the title",
      code: "# 개인정보 처리방침\n\n회원 관리를 위하여 개인정보를 처리합니다.\n\n- 공고일자: 2025. 12. 24.\n- 시행일자: 2026. 1. 1.\n",
      errors: [{ messageId: "no-notice", line: 1, severity: 1 }],
    },
    {
      name: "3 days' notice: a warning at the period",
      code: HEAD + "이 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다. 내용이 변경되는 경우 시행 3일 전에 홈페이지 공지사항을 통하여 알리겠습니다.\n",
      errors: [{ messageId: "short-notice", line: 5, column: 50, severity: 1 }],
    },
    {
      name: "effective date before the 2023-09-15 amendment: a warning at the date",
      code: HEAD + "이 개인정보 처리방침은 2021년 3월 1일부터 적용됩니다. 변경 시 홈페이지 공지사항을 통하여 알리겠습니다.\n",
      errors: [{ messageId: "pre-amendment", line: 5, column: 14, severity: 1 }],
    },
    {
      name: "an effective date after the day of the lint: not yet in force (a warning at the date)",
      code: HEAD + "이 개인정보 처리방침은 2027년 3월 1일부터 적용됩니다. 변경 시 홈페이지 공지사항을 통하여 알리겠습니다.\n",
      today: "2026-11-30",
      errors: [{ messageId: "not-yet-in-force", line: 5, column: 14, severity: 1 }],
    },
  ],
});

describe("changes: what the user reads", () => {
  it("quotes the notice period found", async () => {
    const [m] = await lintWith("changes", {
      code: HEAD + "이 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다. 내용이 변경되는 경우 시행 3일 전에 홈페이지 공지사항을 통하여 알리겠습니다.\n",
    });
    expect(m.message).toContain("변경 사전 공지 기간이 3일입니다");
    expect(m.message).toContain("법이 아니라");
  });
  it("quotes the effective date that predates the amendment", async () => {
    const [m] = await lintWith("changes", { code: HEAD + "이 개인정보 처리방침은 2021년 3월 1일부터 적용됩니다. 변경 시 홈페이지 공지사항을 통하여 알리겠습니다.\n" });
    expect(m.message).toContain("시행일(2021-03-01)이 2023년 9월 15일 개정");
  });
});
