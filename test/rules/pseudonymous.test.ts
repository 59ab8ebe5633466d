import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회사는 통계작성 및 과학적 연구를 위하여 가명정보를 처리할 수 있습니다.\n";

ruleTester("pseudonymous", {
  valid: [
    { name: "nothing pseudonymised", code: PLAIN },
    {
      name: "pseudonymous-data section",
      code: "# 개인정보 처리방침\n\n## 가명정보의 처리에 관한 사항\n\n회사는 통계작성을 위하여 다음과 같이 가명정보를 처리합니다.\n\n- 처리 목적: 서비스 이용 통계 작성\n- 처리 기간: 3년\n- 가명처리하는 항목: 성별, 연령대, 서비스 이용기록\n- 안전성 확보조치: 추가정보의 분리 보관, 접근권한 분리\n",
    },
    { name: "'we do not process pseudonymous data'", code: "# 개인정보 처리방침\n\n회사는 가명정보를 처리하지 않습니다.\n" },
    { name: "facts.pseudonymous: false silences text triggers", code: TRIGGER, facts: { pseudonymous: false } },
  ],
  invalid: [
    {
      name: "pseudonymous processing mentioned: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "facts.pseudonymous outweighs a denial in the text: an error",
      code: "# 개인정보 처리방침\n\n회사는 가명정보를 처리하지 않습니다.\n",
      facts: { pseudonymous: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("pseudonymous: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("pseudonymous", { code: TRIGGER });
    expect(m.message).toContain("가명정보를 처리하는 것으로 보이나(L5)");
  });
});
