import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PREAMBLE =
  "주식회사 한빛상점(이하 '회사')은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.";

ruleTester("title", {
  valid: [
    { name: "standard title", code: `# 개인정보 처리방침\n\n${PREAMBLE}\n` },
    { name: "spacing variant 개인정보처리방침 is accepted", code: `# 개인정보처리방침\n\n${PREAMBLE}\n` },
    { name: "processor name before the title", code: `# 주식회사 한빛상점 개인정보 처리방침\n\n${PREAMBLE}\n` },
    { name: "plain text title line", filename: "policy.txt", code: `개인정보 처리방침\n\n${PREAMBLE}\n\n제1조(개인정보의 처리 목적)\n회사는 회원 관리를 위하여 개인정보를 처리합니다.\n` },
    { name: "disabled by a directive", code: `<!-- policy-lint-disable title -->\n# 개인정보취급방침\n\n${PREAMBLE}\n` },
  ],
  invalid: [
    {
      name: "처리(취급)방침 keeps the legacy name: reported at the name and fixed",
      code: "# 한빛상점 개인정보 처리(취급)방침\n\n본문\n",
      errors: [{ messageId: "missing", line: 1, column: 8, severity: 2 }],
      output: "# 한빛상점 개인정보 처리방침\n\n본문\n",
    },
    {
      name: "no title at all: reported at line 1",
      code: "주식회사 한빛상점은 이용자의 개인정보를 소중히 다룹니다.\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "legacy 개인정보취급방침 is renamed by --fix",
      code: "# 개인정보취급방침\n\n주식회사 한빛상점은 이용자의 개인정보를 중요시합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 3, severity: 2 }],
      output: "# 개인정보 처리방침\n\n주식회사 한빛상점은 이용자의 개인정보를 중요시합니다.\n",
    },
    {
      name: "legacy 개인정보 보호정책 after front matter",
      code: "---\nlayout: page\n---\n\n# 개인정보 보호정책\n\n본 방침은 회원의 개인정보 보호를 위하여 마련되었습니다.\n",
      errors: [{ messageId: "missing", line: 5, column: 3 }],
      output: "---\nlayout: page\n---\n\n# 개인정보 처리방침\n\n본 방침은 회원의 개인정보 보호를 위하여 마련되었습니다.\n",
    },
    {
      name: "legacy 개인정보보호방침 in a plain-text file, title on line 2",
      filename: "policy.txt",
      code: "\n한빛상점 개인정보보호방침\n\n회사는 이용자의 개인정보를 중요시합니다.\n",
      errors: [{ messageId: "missing", line: 2, column: 6 }],
      output: "\n한빛상점 개인정보 처리방침\n\n회사는 이용자의 개인정보를 중요시합니다.\n",
    },
    {
      name: "English-only title: reported, no automatic fix",
      code: "# Privacy Policy\n\n주식회사 한빛상점은 이용자의 개인정보를 중요시합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
  ],
});

describe("title: what the user reads", () => {
  it("quotes the legacy name and its replacement", async () => {
    const [m] = await lintWith("title", { code: "# 개인정보취급방침\n\n본문입니다.\n" });
    expect(m.message).toContain("('개인정보취급방침' → '개인정보 처리방침')");
  });
  it("offers no fix when there is no title to rename", async () => {
    const [m] = await lintWith("title", { code: "회사는 이용자의 개인정보를 중요시합니다.\n" });
    expect(m.fix).toBeUndefined();
    expect(m.message).toMatch(/^문서 제목이 '개인정보 처리방침'이 아닙니다\. /);
  });
});
