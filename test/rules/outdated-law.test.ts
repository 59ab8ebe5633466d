import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ABOLISHED_DUTIES, DELETED_PROVISIONS } from "../../src/data/outdated-provisions.js";
import { lintJson } from "../helpers/run-cli.js";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const ICTNA_27_2 = "# 개인정보 처리방침\n\n회사는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제27조의2에 따라 개인정보 처리방침을 공개합니다.\n";

ruleTester("outdated-law", {
  valid: [
    {
      name: "a company's own dormancy policy next to a PIPA citation in the sentence before",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다. 회사는 자체 정책에 따라 1년간 로그인하지 않은 회원의 개인정보를 분리 보관합니다.\n",
    },
    { name: "current basis", code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제30조에 따라 개인정보 처리방침을 수립·공개합니다.\n" },
    {
      name: "a dormancy policy of the company's own",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제30조에 따라 처리방침을 공개합니다.\n\n회사는 자체 정책에 따라 1년간 로그인하지 않은 회원을 휴면 회원으로 분리 보관합니다.\n",
    },
    { name: "a deleted article cited before it was deleted", code: ICTNA_27_2, today: "2020-01-01" },
    {
      name: "S-LAW4 §5.1 L02: naming both laws is no dual regime (정보통신망법's residual articles still bind)",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 및 「정보통신망법」 등 관련 법령을 준수합니다.\n",
    },
    {
      name: "S-DORM §5.1 L04: 「통신비밀보호법」 is no dormancy law ('보호법' alone is no legal-duty word)",
      code: "# 개인정보 처리방침\n\n회사는 「통신비밀보호법」에 따른 로그인 기록을 1년간 보관한 뒤 파기합니다.\n",
    },
    {
      name: "S-DORM §5.1 L04: 제29조 is PIPA's current 안전조치 article, not the dormancy duty",
      code: "# 개인정보 처리방침\n\n같은 법 제29조에 따른 안전조치로 접속기록을 1년 이상 보관하며, 이용 목적이 끝나면 파기합니다.\n",
    },
  ],
  invalid: [
    {
      name: "정보통신망법 제27조의2 (deleted 2020-08-05)",
      code: ICTNA_27_2,
      errors: [{ messageId: "deleted-provision", line: 3, column: 5, severity: 2 }],
    },
    {
      name: "개인정보보호법 제39조의12 and the 1-year validity period as a legal duty",
      code: "# 개인정보 처리방침\n\n국외 이전은 개인정보보호법 제39조의12에 따릅니다.\n\n관련 법령에 따라 1년 동안 서비스를 이용하지 않은 이용자의 개인정보는 별도로 분리 보관합니다.\n",
      errors: [
        { messageId: "deleted-provision", line: 3, column: 8 },
        { messageId: "abolished-duty", line: 5, column: 1 },
      ],
    },
    {
      name: "S-LAW4 §5.1 L02: the pre-2020 dual regime, stated as the 정보통신서비스 제공자 duty",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보보호법」, 「정보통신망법」 등 정보통신서비스제공자가 준수하여야 할 관련 법령에 따라 개인정보를 보호합니다.\n",
      errors: [{ messageId: "abolished-duty", line: 3 }],
    },
    {
      name: "S-LAW4 §5.2: 정보통신망법 제63조의2 (deleted 2020-08-05)",
      code: "# 개인정보 처리방침\n\n회사는 정보통신망법 제63조의2에 따라 상호주의를 적용합니다.\n",
      errors: [{ messageId: "deleted-provision", line: 3 }],
    },
    {
      name: "limited identity verification records (abolished 2014)",
      code: "# 개인정보 처리방침\n\n게시판 이용 시 본인확인 기록은 6개월간 보관합니다.\n",
      errors: [{ messageId: "abolished-duty", line: 3 }],
    },
  ],
});

describe("outdated-law: what the user reads", () => {
  it("gives the deletion date and the current article", async () => {
    const [m] = await lintWith("outdated-law", { code: ICTNA_27_2 });
    expect(m.message).toContain("제27조의2는 2020-08-05에 삭제되었습니다");
    expect(m.message).toContain("현행 근거(「개인정보 보호법」 제30조");
  });
  it("says the validity-period duty was abolished and how to rephrase", async () => {
    const [m] = await lintWith("outdated-law", {
      code: "# 개인정보 처리방침\n\n관련 법령에 따라 1년 동안 서비스를 이용하지 않은 이용자의 개인정보는 별도로 분리 보관합니다.\n",
    });
    expect(m.message).toContain("2023-09-15에 폐지되었습니다");
    expect(m.message).toContain("자체 정책에 따라");
  });
});

describe("outdated-law in English", () => {
  const HANGUL = /[가-힣]/;
  /** Korean stays only where it is quoted: law titles in 「」 and original terms in parentheses. */
  const prose = (text: string) => text.replace(/「[^」]*」/g, "").replace(/\([^()]*\)/g, "").replace(/제\d+[조항호장](?:의\d+)?/g, "");

  it("every deleted provision and abolished duty has its topic in English", () => {
    for (const row of DELETED_PROVISIONS) {
      expect(prose(row.topicEn), row.id).not.toMatch(HANGUL);
      if (row.currentEn) expect(prose(row.currentEn), row.id).not.toMatch(HANGUL);
      else if (row.current) expect(prose(row.current), `${row.id}: a current provision with Korean prose needs currentEn`).not.toMatch(HANGUL);
    }
    for (const duty of ABOLISHED_DUTIES) expect(prose(duty.descriptionEn), duty.id).not.toMatch(HANGUL);
  });

  it("the CLI's English message for a deleted article says what it was about in English", () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-lint-outdated-"));
    try {
      const file = join(dir, "policy.md");
      writeFileSync(file, "# 개인정보 처리방침\n\n회사는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제29조에 따라 1년간 이용하지 않은 개인정보를 파기합니다.\n");
      const messages = lintJson(["--locale", "en", "--rule", "law-name:off", file])[0].messages.filter((m) => m.ruleId === "outdated-law");
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(prose(m.message), m.message).not.toMatch(HANGUL);
      expect(messages.map((m) => m.message).join("\n")).toMatch(/validity period|validity-period/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
