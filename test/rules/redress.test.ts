import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const HEAD = "# 개인정보 처리방침\n\n## 12. 권익침해 구제방법\n\n";
const CURRENT =
  HEAD +
  "정보주체는 개인정보침해로 인한 구제를 받기 위하여 아래 기관에 분쟁해결이나 상담 등을 신청할 수 있습니다.\n\n- 개인정보 분쟁조정위원회: (국번없이) 1833-6972, www.kopico.go.kr\n- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr\n- 경찰청 국가수사본부 사이버수사국: (국번없이) 182, ecrm.police.go.kr\n";
const SPO = HEAD + "- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr\n- 대검찰청 사이버수사과: (국번없이) 1301, www.spo.go.kr\n";

ruleTester("redress", {
  valid: [
    { name: "current bodies and numbers", code: CURRENT },
    {
      name: "bodies named in one sentence",
      code: "# 개인정보 처리방침\n\n정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회(1833-6972), 한국인터넷진흥원 개인정보침해신고센터(118) 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.\n",
    },
    { name: "대검찰청 before its abolition (2026-10-02)", code: SPO, today: "2026-09-01" },
  ],
  invalid: [
    {
      name: "no remedies",
      code: "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n",
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 2 }],
    },
    {
      name: "pipa.md §3: 사이버안전국 (rename date UNCONFIRMED) and its old URL: the entry is not half-fixed",
      code: HEAD + "- 개인정보 분쟁조정위원회: (국번없이) 1833-6972, www.kopico.go.kr\n- 경찰청 사이버안전국: (국번없이) 182, cyberbureau.police.go.kr\n",
      errors: [
        { messageId: "outdated-agency", line: 6, column: 7, severity: 2 },
        { messageId: "outdated-agency", line: 6, column: 27, severity: 2 },
      ],
      output: HEAD + "- 개인정보 분쟁조정위원회: (국번없이) 1833-6972, www.kopico.go.kr\n- 경찰청 사이버안전국: (국번없이) 182, cyberbureau.police.go.kr\n",
    },
    {
      // 「경찰청과 그 소속기관 직제」 as read has no 사이버수사국, and no contact page of the police was read.
      name: "pipa.md §3: 사이버테러대응센터 and its old address are reported, not rewritten: the successor the spec gives is not in the decree read",
      code: HEAD + "- 경찰청 사이버테러대응센터: (국번없이) 182, http://www.netan.go.kr/index.jsp?menu=1\n",
      errors: [
        { messageId: "outdated-agency", line: 5 },
        { messageId: "outdated-agency", line: 5 },
      ],
      output: HEAD + "- 경찰청 사이버테러대응센터: (국번없이) 182, http://www.netan.go.kr/index.jsp?menu=1\n",
    },
    {
      name: "pipa.md §3: a current name never stands beside a defunct number (the old number has no confirmed successor)",
      code: HEAD + "- 경찰청 사이버테러대응센터 (www.netan.go.kr/ 1566-0112)\n",
      errors: [
        { messageId: "outdated-agency", line: 5 },
        { messageId: "outdated-agency", line: 5 },
        { messageId: "outdated-agency", line: 5 },
      ],
      output: HEAD + "- 경찰청 사이버테러대응센터 (www.netan.go.kr/ 1566-0112)\n",
    },
    {
      name: "pipa.md §5.1 L12: cyberprivacy.or.kr, 02-1336 and the old 대검 센터 with its 02-3480 number are outdated",
      code: HEAD + "- 개인정보침해신고센터 (http://www.cyberprivacy.or.kr, 전화 02-1336)\n- 대검찰청 인터넷범죄수사센터 (http://icic.sppo.go.kr / 02-3480-3600)\n",
      today: "2026-09-01",
      errors: [
        { messageId: "outdated-agency", line: 5 },
        { messageId: "outdated-agency", line: 5 },
        { messageId: "outdated-agency", line: 6 },
        { messageId: "outdated-agency", line: 6 },
        { messageId: "outdated-agency", line: 6 },
      ],
      output: HEAD + "- 개인정보침해신고센터 (http://www.cyberprivacy.or.kr, 전화 02-1336)\n- 대검찰청 인터넷범죄수사센터 (http://icic.sppo.go.kr / 02-3480-3600)\n",
    },
    {
      name: "pipa.md §3 linter notes: a number across a line break from the body it is given for",
      code: HEAD + "개인정보침해신고센터\n\n전화: (국번없이) 1301\n",
      errors: [{ messageId: "wrong-contact", line: 7, column: 12 }],
    },
    {
      name: "old kopico.or.kr address",
      code: HEAD + "- 개인정보 분쟁조정위원회: (국번없이) 1833-6972, www.kopico.or.kr\n- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr\n",
      errors: [{ messageId: "outdated-agency", line: 5, column: 35 }],
    },
    {
      name: "대검찰청 after its abolition",
      code: SPO,
      today: "2026-11-30",
      errors: [{ messageId: "outdated-agency", line: 6, column: 3 }],
    },
    {
      name: "118 given for the mediation committee",
      code: HEAD + "- 개인정보 분쟁조정위원회: (국번없이) 118, www.kopico.go.kr\n- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr\n",
      errors: [{ messageId: "wrong-contact", line: 5, column: 24, severity: 2 }],
    },
  ],
});

describe("redress: what the user reads", () => {
  it("says which agency a misplaced number belongs to", async () => {
    const [m] = await lintWith("redress", { code: HEAD + "- 개인정보 분쟁조정위원회: (국번없이) 118, www.kopico.go.kr\n" });
    expect(m.message).toContain("'118'은 개인정보 분쟁조정위원회의 연락처가 아니라 한국인터넷진흥원 개인정보침해신고센터의 연락처입니다");
  });
  it("names the current unit for an outdated one", async () => {
    const [m] = await lintWith("redress", { code: HEAD + "- 경찰청 사이버안전국: (국번없이) 182\n" });
    expect(m.message).toContain("'사이버안전국'");
    expect(m.message).toContain("경찰청 국가수사본부 사이버수사국");
  });
  it("offers the standard remedies block as a suggestion, not a fix", async () => {
    const [m] = await lintWith("redress", { code: "# 개인정보 처리방침\n\n회원 관리를 위하여 개인정보를 처리합니다.\n" });
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].text).toContain("1833-6972");
    expect(m.suggestions?.[0].text).toContain("118");
  });
});

describe("redress: an outdated name always says what replaces it, or that nothing confirmed does", () => {
  it("every outdated-agency message carries a current name or says none is confirmed", async () => {
    const messages = await lintWith("redress", {
      code: "# 개인정보 처리방침\n\n## 권익침해 구제방법\n\n- 대검찰청 첨단범죄수사과 (icic.sppo.go.kr, 02-3480-3573)\n- 경찰청 (1566-0112)\n",
    });
    const outdated = messages.filter((m) => m.messageId === "outdated-agency");
    expect(outdated.length).toBeGreaterThanOrEqual(4);
    for (const m of outdated) expect(m.message, m.message).toMatch(/현재: |확인된 현재|확인되지 않았으므로/);
    expect(outdated.find((m) => m.message.includes("icic.sppo.go.kr"))!.message).toContain("확인된 현재 명칭·연락처가 없으니");
  });
});
