import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const SECTION = "# 개인정보 처리방침\n\n## 3. 개인정보의 처리 및 보유 기간\n\n";

ruleTester("retention", {
  valid: [
    {
      name: "periods per item and the e-commerce statutory list",
      code:
        SECTION +
        "- 회원 정보: 회원 탈퇴 시까지\n- 표시·광고에 관한 기록: 6개월\n- 계약 또는 청약철회 등에 관한 기록: 5년\n- 대금결제 및 재화 등의 공급에 관한 기록: 5년\n- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년\n- 「통신비밀보호법」에 따른 로그기록자료, 접속지의 추적자료: 3개월\n",
    },
    { name: "an end event in a sentence without a heading", code: "# 개인정보 처리방침\n\n회사는 회원 탈퇴 시까지 개인정보를 보유합니다.\n" },
    { name: "website visit records 3 months", code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 웹사이트 방문기록: 3개월 (통신비밀보호법)\n" },
    {
      name: "통신비밀보호법 시행령 제41조제2항 sets minimums: log records 1 year and 12 months are longer, not wrong",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 로그기록자료: 1년 (통신비밀보호법)\n- 접속지 추적자료: 12개월\n",
    },
    {
      name: "통신비밀보호법 시행령 제41조제2항제1호 verbatim: 12개월, also written 1년",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 통신사실확인자료: 12개월\n- 통신사실확인자료: 1년\n",
    },
    {
      name: "통신비밀보호법 제2조제11호마·사목: log and 접속지 records are 통신사실확인자료 with 3 months",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 통신사실확인자료(로그기록, 접속지 추적자료): 3개월\n",
    },
    {
      name: "통신비밀보호법 시행령 제41조제2항제1호 단서: local and long-distance call facts 6 months",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 시외·시내전화 역무 관련 통신사실확인자료: 6개월\n",
    },
    {
      name: "의료법 시행규칙 제15조제1항 단서: 진료기록부 20년 (연장 보존)",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 진료기록부: 20년 (연장 보존)\n",
    },
    {
      name: "a record type on one line is not paired with a period on the next line of the same HTML block",
      filename: "policy.html",
      code:
        "<h1>개인정보 처리방침</h1><h2>개인정보의 처리 및 보유 기간</h2><p>회원 정보: 회원 탈퇴 시까지</p>" +
        "<table><tr><td>소비자의 불만 또는 분쟁처리에 관한 기록 (전자상거래법)\n<br>회원 문의 내역: 5년</td></tr></table>",
    },
    {
      name: "'(국번없이) 118' next to '주' is a phone number, not 118 weeks",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 표시·광고에 관한 기록 (문의: (국번없이) 118 주간 상담)\n",
    },
  ],
  invalid: [
    {
      name: "no retention at all",
      code: "# 개인정보 처리방침\n\n## 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "section with no period or end event: reported at its heading",
      code: SECTION + "회사는 개인정보를 관계 법령에 따라 일정 기간 보유합니다.\n",
      errors: [{ messageId: "vague-period", line: 3, column: 1, severity: 2 }],
    },
    {
      name: "only 'the period needed': reported at the sentence",
      code: "# 개인정보 처리방침\n\n회사는 수집 목적 달성에 필요한 기간 동안 개인정보를 보유합니다.\n",
      errors: [{ messageId: "vague-period", line: 3 }],
    },
    {
      name: "complaint records 5 years and advertising records 1 year",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 소비자의 불만 또는 분쟁처리에 관한 기록: 5년\n- 표시·광고에 관한 기록: 1년\n",
      errors: [
        { messageId: "statutory-period", line: 6, column: 27, severity: 2 },
        { messageId: "statutory-period", line: 7, column: 17, severity: 2 },
      ],
    },
    {
      name: "internet logs 1 month (under the 3-month minimum), contract records 3 years",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 통신비밀보호법: 로그기록자료, 접속지 추적자료 1개월\n- 계약 또는 청약철회 등에 관한 기록: 3년\n",
      errors: [
        { messageId: "statutory-period", line: 6 },
        { messageId: "statutory-period", line: 7 },
      ],
    },
    {
      name: "통신비밀보호법 시행령 제41조제2항제1호: communication facts 6 months is under the 12-month minimum",
      code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 통신사실확인자료: 6개월\n",
      errors: [{ messageId: "statutory-period", line: 6, column: 13 }],
    },
    {
      name: "의료법 시행규칙 제15조제1항 단서: one extension, not more than the period again",
      code: SECTION + "- 진료기록부: 25년\n",
      errors: [{ messageId: "statutory-period", line: 5 }],
    },
  ],
});

describe("retention: what the user reads", () => {
  it("names the record, the statutory period, the law and the period found", async () => {
    const [m] = await lintWith("retention", { code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 소비자의 불만 또는 분쟁처리에 관한 기록: 5년\n" });
    expect(m.messageId).toBe("statutory-period");
    expect(m.message).toContain("'소비자의 불만 또는 분쟁처리에 관한 기록'의 법정 보존 기간은 3년입니다");
    expect(m.message).toContain("「전자상거래 등에서의 소비자보호에 관한 법률」");
    expect(m.message).toContain("5년으로 적었습니다");
  });
  it("gives the 3-month rule for internet logs", async () => {
    const [m] = await lintWith("retention", { code: SECTION + "- 회원 정보: 회원 탈퇴 시까지\n- 로그기록자료, 접속지 추적자료: 1개월 (통신비밀보호법)\n" });
    expect(m.message).toContain("법정 보존 기간은 3개월 이상입니다");
    expect(m.message).toContain("「통신비밀보호법」");
  });
});

describe("retention: an end event said as what happens on deletion", () => {
  it("'앱을 지우면 모두 사라집니다' on an on-device app states how long data is kept", async () => {
    const messages = await lintWith("retention", { code: "# 개인정보 처리방침\n\n기록은 기기 안에만 있습니다. 앱과 그 데이터를 삭제하면 이 모든 것이 함께 사라집니다.\n" });
    expect(messages).toEqual([]);
  });
});
