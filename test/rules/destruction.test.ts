import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("destruction", {
  valid: [
    {
      name: "procedure and Decree 16 methods",
      code: "# 개인정보 처리방침\n\n## 4. 개인정보의 파기 절차 및 방법\n\n회사는 보유기간이 경과하면 지체 없이 파기합니다.\n\n- 파기 절차: 파기 사유가 발생한 개인정보를 선정하고 개인정보 보호책임자의 승인을 받아 파기합니다.\n- 파기 방법: 전자적 파일 형태의 정보는 복원이 불가능한 방법으로 영구 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각합니다.\n",
    },
    {
      name: "a sentence without a heading that gives the method",
      code: "# 개인정보 처리방침\n\n회원 탈퇴 시 개인정보는 복구할 수 없도록 영구 삭제합니다.\n",
    },
    {
      name: "plain-text article heading",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n제4조(개인정보의 파기)\n전자적 파일 형태로 저장된 개인정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이 문서는 파쇄합니다.\n",
    },
  ],
  invalid: [
    {
      name: "nothing about destruction",
      code: "# 개인정보 처리방침\n\n## 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "section without a method: reported at its heading",
      code: "# 개인정보 처리방침\n\n## 4. 개인정보의 파기 절차 및 방법\n\n회사는 보유기간이 경과하거나 처리 목적이 달성된 경우 지체 없이 해당 개인정보를 파기합니다.\n",
      errors: [{ messageId: "no-method", line: 3, column: 1, severity: 2 }],
    },
    {
      name: "combined retention/destruction section without a method",
      code: "# 개인정보 처리방침\n\n## 개인정보의 보유 및 파기\n\n- 회원 정보: 회원 탈퇴 시까지 보유하고 이후 파기합니다.\n",
      errors: [{ messageId: "no-method", line: 3 }],
    },
  ],
});
