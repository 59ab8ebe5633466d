import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

ruleTester("law-name", {
  valid: [
    {
      name: "official titles",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」, 「통신비밀보호법」 및 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 개인정보를 보관합니다.\n",
    },
    { name: "a law the data does not know is left alone", code: "# 개인정보 처리방침\n\n「게임산업진흥에 관한 법률」에 따라 이용자 정보를 보관합니다.\n" },
    { name: "unbracketed informal names are not citations", code: "# 개인정보 처리방침\n\n전자상거래법에 따른 계약 기록은 5년간 보관합니다.\n" },
  ],
  invalid: [
    {
      name: "「개인정보보호법」 spacing, fixed (warning at most)",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보보호법」 제30조에 따라 처리방침을 공개합니다.\n",
      errors: [{ messageId: "spacing", line: 3, column: 6, severity: 1 }],
      output: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제30조에 따라 처리방침을 공개합니다.\n",
    },
    {
      name: "a misquoted title and another law given for retention periods",
      code: "# 개인정보 처리방침\n\n「정보통신망 이용촉진 및 정보보호에 관한 법률」에 따라 처리합니다.\n\n- 「소비자기본법」에 따른 소비자의 불만 또는 분쟁처리에 관한 기록: 3년\n",
      errors: [
        { messageId: "wrong-name", line: 3, column: 2, severity: 1 },
        { messageId: "wrong-name", line: 5, column: 4, severity: 1 },
      ],
    },
    {
      name: "a short form and a spacing error",
      code: "# 개인정보 처리방침\n\n- 「전자상거래법」에 따른 계약 또는 청약철회 등에 관한 기록: 5년\n- 「통신비밀 보호법」에 따른 로그기록자료: 3개월\n",
      errors: [
        { messageId: "informal", line: 3, column: 4, severity: 1 },
        { messageId: "spacing", line: 4, column: 4, severity: 1 },
      ],
      output: "# 개인정보 처리방침\n\n- 「전자상거래법」에 따른 계약 또는 청약철회 등에 관한 기록: 5년\n- 「통신비밀보호법」에 따른 로그기록자료: 3개월\n",
    },
  ],
});

describe("law-name: what the user reads", () => {
  it("shows the written and the official title", async () => {
    const [m] = await lintWith("law-name", { code: "# 개인정보 처리방침\n\n「전자상거래법」에 따른 기록\n" });
    expect(m.message).toContain("공식 제명 「전자상거래 등에서의 소비자보호에 관한 법률」을 쓰십시오");
    expect(m.fix).toBeUndefined();
  });
});
