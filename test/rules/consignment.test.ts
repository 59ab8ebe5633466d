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

describe("consignment: evidence, not words", () => {
  const lint = (code: string) => lintWith("consignment", { code }).then((ms) => ms.map((m) => m.messageId));

  it("a frame that only says outsourcing may happen, with the duties and a change notice, is missing", async () => {
    expect(
      await lint(
        "# 개인정보 처리방침\n\n## 5. 개인정보의 위탁\n\n회사는 필요한 경우 개인정보 처리 업무를 외부 전문업체에 위탁하여 처리할 수 있습니다.\n\n위탁하는 경우에는 비밀유지, 제3자 제공의 금지 및 사고시의 책임부담 등을 명확히 규정하고 감독합니다.\n\n업체나 위탁 업무가 변경될 경우 공지사항으로 알려드리겠습니다.\n",
      ),
    ).toEqual(["missing"]);
  });

  it("categories in place of processors: fields (수탁자), not missing", async () => {
    expect(await lint("# 개인정보 처리방침\n\n## 7. 처리업무의 위탁\n\n- 결제대행사: 요금 결제\n- 클라우드 사업자: 서버 운영\n")).toEqual(["fields"]);
  });

  it("a table of services and what each does counts, without the word 위탁", async () => {
    expect(await lint("# 개인정보 처리방침\n\n## 5. 외부 서비스\n\n| 서비스 | 역할 |\n|---|---|\n| Google Firebase | 로그인, 푸시 알림 |\n| 주식회사 한빛클라우드 | 서버 운영 |\n")).toEqual([]);
  });

  it("a processor left as a bracketed blank is no processor", async () => {
    expect(await lint("# 개인정보 처리방침\n\n## 6. 개인정보 처리업무의 위탁\n\n- 위탁업무 내용 : [택배사 위탁 내용]\n- 수탁자 : [업체명]\n")).toEqual(["missing"]);
  });
});
