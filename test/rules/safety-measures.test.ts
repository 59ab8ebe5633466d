import { ruleTester } from "../helpers/rule-tester.js";

ruleTester("safety-measures", {
  valid: [
    {
      name: "administrative, technical and physical measures",
      code: "# 개인정보 처리방침\n\n## 8. 개인정보의 안전성 확보조치\n\n- 관리적 조치: 내부관리계획 수립·시행, 정기적 직원 교육\n- 기술적 조치: 접근권한 관리, 고유식별정보 등의 암호화, 보안프로그램 설치\n- 물리적 조치: 전산실, 자료보관실 등의 출입통제\n",
    },
    {
      name: "measures in a sentence without a heading",
      code: "# 개인정보 처리방침\n\n회사는 개인정보 유출을 막기 위해 비밀번호를 암호화하여 저장하고 접근권한을 최소화합니다.\n",
    },
    {
      name: "plain-text article",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n제8조(개인정보의 안전성 확보조치)\n회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.\n1. 개인정보의 암호화\n2. 해킹 등에 대비한 기술적 대책\n",
    },
  ],
  invalid: [
    {
      name: "no measures",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "a heading with a promise but no measure",
      code: "# 개인정보 처리방침\n\n## 8. 개인정보의 안전성 확보조치\n\n회사는 개인정보를 안전하게 관리하기 위하여 최선을 다합니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "a section about protection that names no concrete measure is vague, not missing",
      code: "# 개인정보 처리방침\n\n## 8. 개인정보의 안전성 확보조치\n\n회사는 개인정보보호법 제29조에 따라 관리적·기술적·물리적 조치를 하고 있습니다.\n",
      errors: [{ messageId: "vague", line: 3 }],
    },
    {
      name: "a disclaimer under a security heading is no measure",
      code: "# 개인정보 처리방침\n\n## 보안\n\n인터넷 전송은 완벽하게 안전하지 않으며 회사는 보안을 보장할 수 없습니다.\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
  ],
});
