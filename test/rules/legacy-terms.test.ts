import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

ruleTester("legacy-terms", {
  valid: [
    {
      name: "current terms; 개인정보취급자 and 고정형 영상정보처리기기 are current",
      code: "# 개인정보 처리방침\n\n## 고정형 영상정보처리기기 운영·관리\n\n개인정보 보호책임자와 개인정보취급자는 정기적으로 교육을 받습니다.\n",
    },
    { name: "the legacy document title is left to the title rule", code: "# 개인정보취급방침\n\n회사는 이용자의 개인정보를 중요시합니다.\n" },
    { name: "a ministry outside privacy supervision", code: "# 개인정보 처리방침\n\n회사는 행정안전부 공모전에 참여했습니다.\n" },
    {
      name: "S-LAW1 §5.1 L06: 행정안전부 as the department that answers complaints, not as regulator",
      code: "# 개인정보 처리방침\n\n개인정보 보호 관련 문의는 행정안전부 민간협력과(044-205-0000)로 하실 수 있습니다.\n",
    },
    {
      name: "S-LAW1 §5.1 L06: 행정안전부 as a party to a consignment contract",
      code: "# 개인정보 처리방침\n\n수탁자는 재위탁 시 행정안전부의 동의를 받아야 하며, 개인정보 보호를 위한 조치를 합니다.\n",
    },
    {
      name: "pipa.md §5.4: 제25조·제25조의2 (영상정보처리기기) covers both kinds",
      code: "# 개인정보 처리방침\n\n회사는 「개인정보 보호법」 제25조·제25조의2에 따라 영상정보처리기기를 운영합니다.\n",
    },
    {
      name: "pipa.md §5.4: a heading on 고정형·이동형 devices keeps the umbrella term",
      code: "# 개인정보 처리방침\n\n## 고정형·이동형 영상정보처리기기 운영·관리에 관한 사항\n\n회사는 영상정보처리기기를 다음과 같이 운영합니다.\n",
    },
    {
      name: "pipa.md §5.1 L22: a PIMS certificate obtained in 2016 is history, and a product named PIMS is no certificate",
      code: "# 개인정보 처리방침\n\n회사는 2016년 PIMS 인증을 획득하였습니다.\n\n고객 정보는 사내 PIMS 시스템에서 관리합니다.\n",
    },
    {
      name: "S-LAW1 §1.4 R21: a US rule (COPPA, under 13) quoted as such",
      code: "# 개인정보 처리방침\n\n미국 이용자의 경우 COPPA에 따라 만 13세 미만 아동의 정보를 수집하지 않습니다.\n",
    },
    {
      name: "service stability is no 안전성 확보조치",
      code: "# 개인정보 처리방침\n\n서비스 안정성 확보 조치로 서버를 이중화합니다.\n",
    },
  ],
  invalid: [
    {
      name: "pipa.md §5.4/L09-L10: 개인정보취급방침 is fixed; unconfirmed 개인정보관리책임자 and 취급위탁 are only reported",
      code: "# 개인정보 처리방침\n\n## 개인정보관리책임자\n\n회사는 결제 대행 업무를 취급위탁하고 있습니다. 본 개인정보취급방침은 2026년 1월 1일부터 적용됩니다.\n",
      errors: [
        { messageId: "legacy", line: 3, column: 4, severity: 2 },
        { messageId: "legacy", line: 5, column: 15 },
        { messageId: "legacy", line: 5, column: 30 },
      ],
      output: "# 개인정보 처리방침\n\n## 개인정보관리책임자\n\n회사는 결제 대행 업무를 취급위탁하고 있습니다. 본 개인정보 처리방침은 2026년 1월 1일부터 적용됩니다.\n",
    },
    {
      name: "pipa.md §5.1 L09: the old name quoted as old (구 개인정보취급방침) is reported, not rewritten",
      code: "# 개인정보 처리방침\n\n이 방침은 구 개인정보취급방침을 대체합니다.\n",
      errors: [{ messageId: "legacy", line: 3, column: 9 }],
      output: "# 개인정보 처리방침\n\n이 방침은 구 개인정보취급방침을 대체합니다.\n",
    },
    {
      name: "S-LAW1 §5.1 L06: complaints to 행정안전부 as regulator are reported, without a fix",
      code: "# 개인정보 처리방침\n\n개인정보 침해 신고는 행정안전부에 할 수 있습니다.\n",
      errors: [{ messageId: "role", line: 3, column: 13 }],
      output: "# 개인정보 처리방침\n\n개인정보 침해 신고는 행정안전부에 할 수 있습니다.\n",
    },
    {
      name: "S-LAW1 §5.1 L06: 행정안전부 as issuer of the 안전성 확보조치 기준, fixed",
      code: "# 개인정보 처리방침\n\n회사는 행정안전부 고시 「개인정보의 안전성 확보조치 기준」에 따라 내부관리계획을 수립합니다.\n",
      errors: [{ messageId: "role", line: 3, column: 5 }],
      output: "# 개인정보 처리방침\n\n회사는 개인정보보호위원회 고시 「개인정보의 안전성 확보조치 기준」에 따라 내부관리계획을 수립합니다.\n",
    },
    {
      name: "S-LAW1 §5.1 L06: a 고시 cited with its number keeps its historical issuer",
      code: "# 개인정보 처리방침\n\n행정안전부 고시 「개인정보의 안전성 확보조치 기준」(제2014-7호)에 따라 내부관리계획을 수립합니다.\n",
      errors: [{ messageId: "role", line: 3, column: 1 }],
      output: "# 개인정보 처리방침\n\n행정안전부 고시 「개인정보의 안전성 확보조치 기준」(제2014-7호)에 따라 내부관리계획을 수립합니다.\n",
    },
    {
      name: "S-LAW1 §5.1 L06: 행정안전부장관이 정하는 (personal data), with the particle the new subject takes",
      code: "# 개인정보 처리방침\n\n개인정보파일은 행정안전부장관이 정하는 바에 따라 등록합니다.\n",
      errors: [{ messageId: "role", line: 3, column: 9 }],
      output: "# 개인정보 처리방침\n\n개인정보파일은 개인정보보호위원회가 정하는 바에 따라 등록합니다.\n",
    },
    {
      name: "S-LAW2 §1.2 31①3: 개인정보의 안정성 확보 조치 is a misspelling",
      code: "# 개인정보 처리방침\n\n## 개인정보의 안정성 확보 조치\n",
      errors: [{ messageId: "typo", line: 3, column: 10 }],
      output: "# 개인정보 처리방침\n\n## 개인정보의 안전성 확보 조치\n",
    },
    {
      name: "S-LAW1 §1.4 R21: 만 13세 미만 where Korean law says 만 14세, reported only",
      code: "# 개인정보 처리방침\n\n회사는 만 13세 미만 아동의 회원가입을 받지 않습니다.\n",
      errors: [{ messageId: "misstatement", line: 3, column: 5 }],
      output: "# 개인정보 처리방침\n\n회사는 만 13세 미만 아동의 회원가입을 받지 않습니다.\n",
    },
    {
      name: "pipa.md §5.1 L22: a PIMS certificate named after the 2018-11 merger, reported only (unconfirmed)",
      code: "# 개인정보 처리방침\n\n회사는 PIMS 인증을 유지하고 있습니다.\n",
      errors: [{ messageId: "legacy", line: 3, column: 5 }],
      output: "# 개인정보 처리방침\n\n회사는 PIMS 인증을 유지하고 있습니다.\n",
    },
  ],
});

describe("legacy-terms: what the user reads", () => {
  it("names the old and the current term", async () => {
    const [m] = await lintWith("legacy-terms", { code: "# 개인정보 처리방침\n\n회사는 배송 업무를 취급위탁합니다.\n" });
    expect(m.message).toContain("'취급위탁'은 옛 용어입니다");
    expect(m.message).toContain("'처리위탁'으로 바꾸십시오");
  });
});
