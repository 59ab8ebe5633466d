import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("items", {
  valid: [
    {
      name: "section with required and optional items",
      code: "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n- 필수항목: 이름, 이메일, 휴대전화번호\n- 선택항목: 생년월일\n- 자동 수집 항목: IP 주소, 쿠키, 서비스 이용기록, 접속 로그\n",
    },
    {
      name: "table of items",
      code: "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n| 구분 | 필수 항목 | 선택 항목 |\n|---|---|---|\n| 회원 가입 | 이름, 이메일, 비밀번호 | 생년월일 |\n",
    },
    {
      name: "items named in a sentence without a heading",
      code: "# 개인정보 처리방침\n\n회원 가입 시 이름, 이메일 주소, 비밀번호를 수집합니다.\n",
    },
    {
      name: "a service that collects nothing says so",
      code: "# 개인정보 처리방침\n\n회사는 개인정보를 수집하지 않습니다.\n",
    },
  ],
  invalid: [
    {
      name: "purposes only, no items",
      code: "# 개인정보 처리방침\n\n## 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "template blanks under the items heading",
      code: "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n○○, ○○\n\n## 3. 보유기간\n\n회원 탈퇴 시까지\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "plain text without a title: line 1",
      filename: "policy.txt",
      code: "회사는 회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
  ],
});
