import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("rights", {
  valid: [
    {
      name: "rights section with channels and agents",
      code: "# 개인정보 처리방침\n\n## 10. 정보주체와 법정대리인의 권리·의무 및 그 행사방법\n\n정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전화, 전자우편 등을 통하여 하실 수 있으며, 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다.\n",
    },
    {
      name: "rights in a sentence without a heading",
      code: "# 개인정보 처리방침\n\n이용자는 언제든지 등록되어 있는 자신의 개인정보를 열람하거나 정정할 수 있으며, 고객센터에 서면이나 전자우편으로 요청하면 됩니다.\n",
    },
    {
      name: "legacy heading in a plain-text file",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n제10조(이용자의 권리와 의무)\n이용자는 언제든지 마이페이지에서 자신의 개인정보를 조회하거나 수정할 수 있으며 회원 탈퇴를 요청할 수 있습니다.\n",
    },
  ],
  invalid: [
    {
      name: "no rights",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "one right without a way to exercise it is addressed but thin: no-method at the sentence",
      code: "# 개인정보 처리방침\n\n이용자는 개인정보의 열람을 요청할 수 있습니다.\n",
      errors: [{ messageId: "no-method", line: 3 }],
    },
    {
      name: "reading the policy itself is not a right",
      code: "# 개인정보 처리방침\n\n회원 여러분은 언제든지 이 방침을 열람하여 확인하실 수 있습니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "duties only under a rights heading",
      code: "# 개인정보 처리방침\n\n## 7. 이용자의 의무\n\n이용자는 자신의 비밀번호를 타인에게 알려 주어서는 안 됩니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
  ],
});
