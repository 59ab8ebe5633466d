/**
 * Officer names written in Latin script count only where a name is expected: after a name label
 * or first under an officer or contact heading. English labels and brand names are not names.
 */
import { describe, expect, it } from "vitest";
import { LATIN_PERSON_NAME } from "../../src/data/element-patterns.js";
import { ruleTester } from "../helpers/rule-tester.js";

describe("LATIN_PERSON_NAME", () => {
  it.each([
    "성명: Mina Park",
    "| 성명 | Mina Park |",
    "**Name**: Leon Weber",
    "Privacy Officer: Leon Weber",
    "개인정보 보호책임자 : Sora Lee (대표)",
    "성명(Name) : Mina Park",
    "DPO - Leon K. Weber",
    "Leon Weber · leon@example.de",
  ])("reads a name in %j", (text) => {
    expect(LATIN_PERSON_NAME.test(text)).toBe(true);
  });

  it.each([
    "Contact: Blue Harbor Games, hello@example.com",
    "연락처 Contact Us: hello@example.com",
    "Terms Updated: 2025-01-01",
    "책임자: Blue Harbor Games",
    "회사 이름: Blue Harbor",
    "Company Name: Blue Harbor",
    "Support Team\nhello@example.com",
    "Name: Customer Support",
    "문의는 이메일로 받습니다. Google Analytics 설정 안내",
  ])("reads no name in %j", (text) => {
    expect(LATIN_PERSON_NAME.test(text)).toBe(false);
  });
});

ruleTester("privacy-officer", {
  valid: [
    {
      name: "a Latin-script officer name after a name label",
      code: "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\n- 성명: Leon Weber\n- 전화: 02-123-4567, 이메일: privacy@example.com\n",
    },
  ],
  invalid: [
    {
      name: "an English contact line with a brand name is no named officer",
      code: "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\nContact: Blue Harbor Games, 02-123-4567, hello@example.com\n",
      errors: [{ messageId: "no-name", line: 3 }],
    },
  ],
});
