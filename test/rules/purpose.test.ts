import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("purpose", {
  valid: [
    {
      name: "section with purposes",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회사는 다음의 목적을 위하여 개인정보를 처리합니다.\n\n- 회원 가입 및 관리: 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리\n- 재화 또는 서비스 제공: 물품 배송, 요금 결제·정산\n",
    },
    {
      name: "purpose stated in a sentence without a heading",
      code: "# 개인정보 처리방침\n\n회사는 회원 관리와 상품 배송을 위하여 개인정보를 수집합니다.\n",
    },
    {
      name: "combined heading in a plain-text file",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n제1조(개인정보의 수집·이용 목적 및 항목)\n회사는 회원 가입, 상담 및 고충 처리를 위하여 이름, 휴대전화번호를 수집·이용합니다.\n",
    },
  ],
  invalid: [
    {
      name: "no purpose anywhere: reported at the title line",
      code: "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\n성명: 홍길동, 전화번호: 02-123-4567\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "title below a company line: reported at the title line",
      code: "주식회사 한빛\n\n# 한빛 개인정보 처리방침\n\n회사는 개인정보를 안전하게 관리합니다.\n",
      errors: [{ messageId: "missing", line: 3, severity: 2 }],
    },
    {
      name: "a template blank under the heading does not count",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n(예시) ○○ 목적\n\n## 2. 개인정보 보호책임자\n\n성명: 홍길동\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "no title: reported at line 1",
      filename: "policy.txt",
      code: "회사는 개인정보를 안전하게 관리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
  ],
});
