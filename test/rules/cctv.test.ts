import { describe, expect, it } from "vitest";
import { lintWith, ruleTester } from "../helpers/rule-tester.js";

const PLAIN = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리를 위하여 개인정보를 처리합니다.\n";
const TRIGGER = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n매장 내 시설안전 및 화재 예방을 위하여 CCTV를 설치·운영합니다.\n";

ruleTester("cctv", {
  valid: [
    { name: "no video devices", code: PLAIN },
    {
      name: "CCTV section (Decree 25①)",
      code: "# 개인정보 처리방침\n\n## 고정형 영상정보처리기기 운영·관리에 관한 사항\n\n- 설치 근거 및 목적: 시설안전 및 화재 예방\n- 설치 대수 및 위치: 4대, 매장 출입구 및 계산대\n- 관리책임자: 시설관리팀장 (02-123-4567)\n- 촬영시간 및 보관기간: 24시간 촬영, 촬영일로부터 30일\n",
    },
    { name: "'we operate no video devices'", code: "# 개인정보 처리방침\n\n회사는 영상정보처리기기를 설치·운영하지 않습니다.\n" },
    { name: "facts.cctv: false silences text triggers", code: TRIGGER, facts: { cctv: false } },
  ],
  invalid: [
    {
      name: "CCTV mentioned without its policy: a warning",
      code: TRIGGER,
      errors: [{ messageId: "missing", line: 1, column: 1, severity: 1 }],
    },
    {
      name: "facts.cctv: an error",
      code: PLAIN,
      facts: { cctv: true },
      errors: [{ messageId: "missing", line: 1, severity: 2 }],
    },
  ],
});

describe("cctv: what the user reads", () => {
  it("points to the line that triggered the finding", async () => {
    const [m] = await lintWith("cctv", { code: TRIGGER });
    expect(m.message).toContain("영상정보처리기기를 운영하는 것으로 보이나(L5)");
  });
});
