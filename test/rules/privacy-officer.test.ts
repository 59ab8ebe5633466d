import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("privacy-officer", {
  valid: [
    {
      name: "officer with name, phone and e-mail",
      code: "# 개인정보 처리방침\n\n## 11. 개인정보 보호책임자\n\n- 개인정보 보호책임자: 성명 김한빛, 직책 이사, 전화번호 02-123-4567, 이메일 privacy@hanbit-shop.co.kr\n- 개인정보 보호 담당부서: 고객지원팀, 전화번호 02-123-4568\n",
    },
    {
      name: "a department with a phone number is enough (30①6)",
      code: "# 개인정보 처리방침\n\n## 문의처\n\n고객지원팀: 02-123-4568, help@hanbit-shop.co.kr\n",
    },
    {
      name: "plain-text officer block",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n제11조(개인정보 보호책임자)\n▶ 개인정보 보호책임자\n성명: 김한빛\n직책: 이사\n연락처: 02-123-4567, privacy@hanbit-shop.co.kr\n",
    },
  ],
  invalid: [
    {
      name: "no officer",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "officer named without any contact",
      code: "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\n회사는 개인정보 보호책임자를 지정하고 있습니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "e-mail only: no phone number (30①6 '전화번호 등 연락처')",
      code: "# 개인정보 처리방침\n\n## 11. 개인정보 보호책임자\n\n- 개인정보 보호책임자: 성명 김한빛, 직책 이사, 이메일 privacy@hanbit-shop.co.kr\n",
      errors: [{ messageId: "no-phone", line: 3, column: 1, severity: 2 }],
    },
    {
      name: "a phone number but no name or department",
      code: "# 개인정보 처리방침\n\n## 11. 개인정보 보호책임자\n\n개인정보 관련 문의: 02-123-4567, privacy@hanbit-shop.co.kr\n",
      errors: [{ messageId: "no-name", line: 3, column: 1, severity: 2 }],
    },
    {
      name: "only an e-mail address: neither name nor phone",
      code: "# 개인정보 처리방침\n\n## 11. 개인정보 보호책임자\n\n개인정보 관련 문의는 privacy@hanbit-shop.co.kr 로 보내 주시기 바랍니다.\n",
      errors: [
        { messageId: "no-name", line: 3 },
        { messageId: "no-phone", line: 3 },
      ],
    },
    {
      name: "only a staff contact, no officer or department: a warning at the contact line",
      code: "# 개인정보 처리방침\n\n## 개인정보 문의\n\n- 개인정보 담당자: 성명 이담당, 전화번호 02-123-4568, 이메일 help@hanbit-shop.co.kr\n",
      errors: [{ messageId: "staff-only", line: 5, column: 3, severity: 1 }],
    },
  ],
});
