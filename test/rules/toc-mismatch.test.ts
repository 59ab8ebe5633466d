import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const TOC = "# 개인정보 처리방침\n\n## 목차\n\n1. 개인정보의 처리 목적\n2. 처리하는 개인정보의 항목\n3. 개인정보의 파기 절차 및 방법\n4. 개인정보 보호책임자\n\n";
const PURPOSE = "## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n\n";
const ITEMS = "## 2. 처리하는 개인정보의 항목\n\n이름, 이메일, 휴대전화번호\n\n";
const DESTRUCTION = "## 3. 개인정보의 파기 절차 및 방법\n\n전자적 파일은 복원이 불가능한 방법으로 영구 삭제합니다.\n\n";
const OFFICER = "## 4. 개인정보 보호책임자\n\n성명: 김한빛, 전화번호: 02-123-4567\n";

ruleTester("toc-mismatch", {
  valid: [
    { name: "every entry has its section", code: TOC + PURPOSE + ITEMS + DESTRUCTION + OFFICER },
    { name: "no table of contents", code: "# 개인정보 처리방침\n\n" + PURPOSE + OFFICER },
    {
      name: "plain-text table of contents",
      filename: "policy.txt",
      code: "개인정보 처리방침\n\n목차\n제1조 개인정보의 처리 목적\n제2조 처리하는 개인정보의 항목\n제3조 개인정보의 파기\n제4조 개인정보 보호책임자\n\n제1조(개인정보의 처리 목적)\n회원 관리를 위하여 개인정보를 처리합니다.\n\n제2조(처리하는 개인정보의 항목)\n이름, 이메일\n\n제3조(개인정보의 파기)\n지체 없이 파기합니다.\n\n제4조(개인정보 보호책임자)\n성명: 김한빛, 전화번호: 02-123-4567\n",
    },
  ],
  invalid: [
    {
      name: "the destruction entry has no section: reported at the entry",
      code: TOC + PURPOSE + ITEMS + OFFICER,
      errors: [{ messageId: "missing-section", line: 7, column: 4, severity: 2 }],
    },
  ],
});

describe("toc-mismatch: what the user reads", () => {
  it("quotes the entry", async () => {
    const [m] = await lintWith("toc-mismatch", { code: TOC + PURPOSE + ITEMS + OFFICER });
    expect(m.message).toContain("목차의 '개인정보의 파기 절차 및 방법' 항목에 해당하는 본문이 없습니다");
  });
});
