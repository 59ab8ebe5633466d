import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const FULL =
  "# 개인정보 처리방침\n\n## 7. 개인정보의 국외 이전\n\n회사는 「개인정보 보호법」 제28조의8제1항제3호에 따라 다음과 같이 개인정보를 국외로 이전합니다.\n\n| 구분 | 내용 |\n|---|---|\n| 이전받는 자 | Amazon Web Services, Inc. (aws-korea-privacy@amazon.com) |\n| 이전되는 국가 | 미국 |\n| 이전 시기 및 방법 | 서비스 이용 시점에 네트워크를 통하여 수시로 전송 |\n| 이전되는 개인정보 항목 | 이름, 이메일 |\n| 이전 목적 및 보유·이용 기간 | 클라우드 서버 보관, 회원 탈퇴 시까지 |\n| 거부 방법 및 효과 | 개인정보 보호책임자에게 이메일로 국외 이전을 거부할 수 있으나, 이 경우 서비스 이용이 제한될 수 있습니다. |\n";
const AWS_PROCESSOR = "# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n| 수탁자 | 위탁업무 |\n|---|---|\n| Amazon Web Services, Inc. | 클라우드 서버 운영 |\n";
const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";

ruleTester("overseas-transfer", {
  valid: [
    { name: "the six items of 제28조의8제2항", code: FULL },
    { name: "'we do not transfer abroad'", code: "# 개인정보 처리방침\n\n회사는 이용자의 개인정보를 국외로 이전하지 않습니다.\n" },
    { name: "nothing suggests a transfer", code: PLAIN },
  ],
  invalid: [
    {
      name: "a one-sentence transfer statement without the 제28조의8 items",
      code: "# 개인정보 처리방침\n\n회원 정보는 해외 클라우드 서버에 저장됩니다.\n",
      errors: [{ messageId: "fields", line: 3, severity: 2 }],
    },
    {
      name: "a foreign cloud processor without a disclosure",
      code: AWS_PROCESSOR,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "facts.overseasTransfer without a disclosure",
      code: PLAIN,
      facts: { overseasTransfer: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
    {
      name: "a section that names only the recipient and the country",
      code: "# 개인정보 처리방침\n\n## 7. 개인정보의 국외 이전\n\n회사는 고객의 개인정보를 미국에 있는 Amazon Web Services, Inc.의 서버에 보관합니다.\n",
      errors: [{ messageId: "fields", line: 3, column: 1, severity: 2 }],
    },
  ],
});

describe("overseas-transfer: what the user reads", () => {
  it("names the processor and the line it was seen on", async () => {
    const [m] = await lintWith("overseas-transfer", { code: AWS_PROCESSOR });
    expect(m.message).toContain("Amazon Web Services (L7)");
  });
  it("lists the statutory items that are missing", async () => {
    const [m] = await lintWith("overseas-transfer", {
      code: "# 개인정보 처리방침\n\n## 7. 개인정보의 국외 이전\n\n회사는 고객의 개인정보를 미국에 있는 Amazon Web Services, Inc.의 서버에 보관합니다.\n",
    });
    expect(m.message).toContain("이전되는 개인정보 항목");
    expect(m.message).toContain("이전을 거부하는 방법·절차 및 거부의 효과");
    expect(m.message).not.toContain("이전되는 국가,");
  });
});
