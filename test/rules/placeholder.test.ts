import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

ruleTester("placeholder", {
  valid: [
    { name: "real values in brackets: (주), (국번없이), a name in angle brackets", code: "# 개인정보 처리방침\n\n<한빛상점>은 (주)빠른택배에 배송을 맡깁니다. 문의: (국번없이) 118\n" },
    { name: "a filled date", code: "# 개인정보 처리방침\n\n이 방침은 2026년 1월 1일부터 적용됩니다.\n" },
  ],
  invalid: [
    {
      name: "a bracketed field name left as the processor",
      code: "# 개인정보 처리방침\n\n- 수탁 업체: (위탁업체명)\n",
      errors: [{ messageId: "placeholder", line: 3, column: 10 }],
    },
    {
      name: "an unfilled date and a masked name, each at its own line",
      code: "# 개인정보 처리방침\n\n- 성명: OOO\n\n이 방침은 2023년  월  일부터 적용됩니다.\n",
      errors: [
        { messageId: "placeholder", line: 3 },
        { messageId: "placeholder", line: 5 },
      ],
    },
    {
      name: "a fill-in instruction and an angle-bracket field",
      code: "# 개인정보 처리방침\n\n<개인정보처리자명>은 [여기에 회사 이름을 입력하세요] 서비스를 운영합니다.\n",
      errors: [
        { messageId: "placeholder", line: 3, column: 1 },
        { messageId: "placeholder", line: 3 },
      ],
    },
    {
      name: "blank month and day fields and a 20XX date",
      code: "# 개인정보 처리방침\n\n시행일: 20XX. X. X\n\n공고일: 2024년 [월] [일]\n",
      errors: [
        { messageId: "placeholder", line: 3 },
        { messageId: "placeholder", line: 5 },
      ],
    },
  ],
});

describe("placeholder: what the user reads", () => {
  it("quotes the blank and says what to do", async () => {
    const [m] = await lintWith("placeholder", { name: "", code: "# 개인정보 처리방침\n\n- 수탁자: [업체명]\n" });
    expect(m.message).toContain("'[업체명]'");
    expect(m.message).toContain("바꾸거나");
  });

  it("a placeholder is never counted as content: a processor named only by a blank is missing", async () => {
    const messages = await lintWith("consignment", { name: "", code: "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n회사는 다음과 같이 위탁하고 있습니다.\n\n- 수탁자: (위탁업체명)\n- 위탁업무: (업무 내용을 입력하세요)\n" });
    expect(messages.map((x) => x.messageId)).toEqual(["missing"]);
  });
});
