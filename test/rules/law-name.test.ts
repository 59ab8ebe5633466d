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
    {
      name: "「소비자기본법」 as the consumer law in force (S-LAW6 §4 common mistakes: wrong only as the source of retention periods)",
      code: "# 개인정보 처리방침\n\n회사는 「소비자기본법」에 따른 소비자 피해구제 절차를 안내합니다.\n",
    },
    {
      name: "current titles of the 고시 and of the AML law",
      code: "# 개인정보 처리방침\n\n「특정 금융거래정보의 보고 및 이용 등에 관한 법률」 및 「개인정보의 안전성 확보조치 기준」에 따라 접속기록을 보관합니다.\n",
    },
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
    {
      name: "「소비자보호법」 is the former title of 「소비자기본법」 (전부개정 시행 2007-03-28), not a misquote",
      code: "# 개인정보 처리방침\n\n- 「소비자보호법」에 따른 소비자의 불만 또는 분쟁처리에 관한 기록: 3년\n",
      errors: [{ messageId: "wrong-name", line: 3, column: 4, severity: 1 }],
    },
    {
      name: "「공공기관의 개인정보보호에 관한 법률」 was repealed when PIPA came into force (2011-09-30); never fixed",
      code: "# 개인정보 처리방침\n\n본 기관은 「공공기관의 개인정보보호에 관한 법률」 제2조에 따라 개인정보를 보호합니다.\n",
      errors: [{ messageId: "repealed", line: 3, column: 8, severity: 1 }],
    },
    {
      name: "「개인정보의 기술적ㆍ관리적 보호조치 기준」 merged on 2023-09-22, whatever middle dot it is written with",
      code: "# 개인정보 처리방침\n\n「개인정보의 기술적ㆍ관리적 보호조치 기준」에 따라 접속기록을 보관합니다.\n",
      errors: [{ messageId: "wrong-name", line: 3, column: 2, severity: 1 }],
    },
  ],
});

describe("law-name: what the user reads", () => {
  it("shows the written and the official title", async () => {
    const [m] = await lintWith("law-name", { code: "# 개인정보 처리방침\n\n「전자상거래법」에 따른 기록\n" });
    expect(m.message).toContain("공식 제명 「전자상거래 등에서의 소비자보호에 관한 법률」을 쓰십시오");
    expect(m.fix).toBeUndefined();
  });
  it("says the 보호조치 기준 was a 개인정보보호위원회 고시 when it was merged", async () => {
    const [m] = await lintWith("law-name", { code: "# 개인정보 처리방침\n\n「개인정보의 기술적·관리적 보호조치 기준」\n" });
    expect(m.message).toContain("개인정보보호위원회 고시 제2020-5호");
    expect(m.message).not.toContain("방송통신위원회 고시");
  });
  it("says when the public-sector law was repealed and what replaced it", async () => {
    const [m] = await lintWith("law-name", { code: "# 개인정보 처리방침\n\n「공공기관의 개인정보보호에 관한 법률」\n" });
    expect(m.message).toContain("2011-09-30에 폐지된 법률입니다. 현행: 「개인정보 보호법」");
    expect(m.fix).toBeUndefined();
  });
});
