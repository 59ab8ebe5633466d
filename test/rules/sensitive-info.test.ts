import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n- 필수항목: 이름, 휴대전화번호, 건강 상태\n";

ruleTester("sensitive-info", {
  valid: [
    { name: "nothing sensitive", code: PLAIN },
    {
      name: "section on public exposure and how to keep it private",
      code: "# 개인정보 처리방침\n\n## 민감정보의 공개 가능성 및 비공개를 선택하는 방법\n\n이용자가 커뮤니티 게시판에 작성한 글에는 건강 정보 등 민감정보가 포함될 수 있으며, 게시물 설정에서 비공개를 선택할 수 있습니다.\n",
    },
    {
      name: "addressed by a sentence without a heading",
      code: TRIGGER + "\n후기에 포함된 건강 정보는 공개될 수 있으며 설정에서 비공개로 설정할 수 있습니다.\n",
    },
    { name: "'we do not collect sensitive information'", code: "# 개인정보 처리방침\n\n회사는 민감정보를 수집하지 않습니다.\n" },
    { name: "facts.sensitive: false silences text triggers", code: TRIGGER, facts: { sensitive: false } },
  ],
  invalid: [
    {
      name: "health data in the text: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "facts.sensitive: an error",
      code: PLAIN,
      facts: { sensitive: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("sensitive-info: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("sensitive-info", { code: TRIGGER });
    expect(m.message).toContain("민감정보를 처리하는 것으로 보이나(L5)");
  });
  it("says when the finding comes from the facts", async () => {
    const [m] = await lintWith("sensitive-info", { code: PLAIN, facts: { sensitive: true } });
    expect(m.message).toContain("(설정의 facts)");
  });
});

describe("sensitive-info: negations are not processing", () => {
  it("'민감정보는 수집하지 않습니다' in other words raises nothing", async () => {
    const messages = await lintWith("sensitive-info", { code: "# 개인정보 처리방침\n\n회사는 건강 정보 등 민감한 정보를 수집·처리하지 않습니다.\n" });
    expect(messages).toEqual([]);
  });

  it("sensitive data that is held but not disclosed is still processing", async () => {
    const messages = await lintWith("sensitive-info", { code: "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n- 진료 예약: 이름, 연락처, 질병 정보\n" });
    expect(messages.map((m) => m.messageId)).toEqual(["missing"]);
  });
});
