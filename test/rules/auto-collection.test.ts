import { ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const NO_REFUSAL = "# 개인정보 처리방침\n\n## 9. 쿠키의 운영\n\n회사는 맞춤 서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 쿠키(cookie)를 사용합니다.\n";

ruleTester("auto-collection", {
  valid: [
    {
      name: "cookie section with browser refusal steps",
      code: "# 개인정보 처리방침\n\n## 9. 개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항\n\n회사는 맞춤 서비스를 제공하기 위해 쿠키(cookie)를 사용합니다. 이용자는 웹브라우저 설정을 통해 쿠키 저장을 거부할 수 있습니다.\n\n- Chrome: 설정 > 개인정보 및 보안 > 서드파티 쿠키\n",
    },
    { name: "'we do not use cookies'", code: "# 개인정보 처리방침\n\n회사는 쿠키를 사용하지 않습니다.\n", facts: { cookies: true } },
    { name: "cookie use and refusal in one sentence", code: "# 개인정보 처리방침\n\n서비스는 쿠키를 사용하며, 이용자는 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.\n" },
  ],
  invalid: [
    {
      name: "not addressed, no fact: a warning",
      code: PLAIN,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "not addressed, facts.cookies: an error",
      code: PLAIN,
      facts: { cookies: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
    {
      name: "cookies listed as collected items, no refusal",
      code: "# 개인정보 처리방침\n\n## 2. 처리하는 개인정보의 항목\n\n서비스 이용 과정에서 IP 주소, 쿠키, 접속 로그가 자동으로 생성되어 수집될 수 있습니다.\n",
      errors: [{ messageId: "missing", line: 1, severity: 1 }],
    },
    {
      name: "cookie section without a refusal method: a warning at the heading",
      code: NO_REFUSAL,
      errors: [{ messageId: "no-refusal", line: 3, column: 1, severity: 1 }],
    },
    {
      name: "cookie section without a refusal method, facts.cookies: an error",
      code: NO_REFUSAL,
      facts: { cookies: true },
      errors: [{ messageId: "no-refusal", line: 3, severity: 2 }],
    },
  ],
});
