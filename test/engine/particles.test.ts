import { describe, expect, it } from "vitest";
import { interpolate } from "../../src/engine/messages.js";
import { batchimOf, particleAfter } from "../../src/engine/particles.js";

describe("particle after a word, by its last sound", () => {
  // word, 은(는), 이(가), 을(를), (으)로, 과(와)
  const table: [string, string, string, string, string, string][] = [
    ["처리방침", "은", "이", "을", "으로", "과"],
    ["위원회", "는", "가", "를", "로", "와"],
    ["개인정보 보호법", "은", "이", "을", "으로", "과"],
    ["서울", "은", "이", "을", "로", "과"],
    ["파일", "은", "이", "을", "로", "과"],
    ["1", "은", "이", "을", "로", "과"],
    ["2", "는", "가", "를", "로", "와"],
    ["3", "은", "이", "을", "으로", "과"],
    ["6", "은", "이", "을", "으로", "과"],
    ["7", "은", "이", "을", "로", "과"],
    ["8", "은", "이", "을", "로", "과"],
    ["9", "는", "가", "를", "로", "와"],
    ["10", "은", "이", "을", "으로", "과"],
    ["1000", "은", "이", "을", "으로", "과"],
    ["1000000000000", "는", "가", "를", "로", "와"],
    ["118", "은", "이", "을", "로", "과"],
    ["1833-6972", "는", "가", "를", "로", "와"],
    ["2025-01-01", "은", "이", "을", "로", "과"],
    ["A", "는", "가", "를", "로", "와"],
    ["L", "은", "이", "을", "로", "과"],
    ["M", "은", "이", "을", "으로", "과"],
    ["N", "은", "이", "을", "으로", "과"],
    ["R", "은", "이", "을", "로", "과"],
    ["CCTV", "는", "가", "를", "로", "와"],
    ["URL", "은", "이", "을", "로", "과"],
    ["AWS", "는", "가", "를", "로", "와"],
    ["Google", "은", "이", "을", "로", "과"],
    ["Amazon", "은", "이", "을", "으로", "과"],
    ["Facebook", "은", "이", "을", "으로", "과"],
    ["Naver", "는", "가", "를", "로", "와"],
    ["Samsung", "은", "이", "을", "으로", "과"],
    ["「개인정보 보호법」", "은", "이", "을", "으로", "과"],
    ["'개인정보보호정책'", "은", "이", "을", "으로", "과"],
    ["제44조의5", "는", "가", "를", "로", "와"],
    ["(구 정보통신망법 제44조의5)", "는", "가", "를", "로", "와"],
  ];
  it.each(table)("%s → %s %s %s %s %s", (word, topic, subject, object, direction, conjunction) => {
    expect([
      particleAfter(word, "은(는)"),
      particleAfter(word, "이(가)"),
      particleAfter(word, "을(를)"),
      particleAfter(word, "(으)로"),
      particleAfter(word, "과(와)"),
    ]).toEqual([topic, subject, object, direction, conjunction]);
  });

  it("keeps the written pair when nothing before it can be read", () => {
    expect(batchimOf("…")).toBeUndefined();
    expect(particleAfter("", "은(는)")).toBe("은(는)");
    expect(particleAfter("★", "이(가)")).toBe("이(가)");
  });
});

describe("messages resolve the particles their templates write after a value", () => {
  it.each([
    ["'{term}'은(는) 옛 용어입니다.", { term: "개인정보보호정책" }, "'개인정보보호정책'은 옛 용어입니다."],
    ["'{term}'은(는) 옛 용어입니다.", { term: "정보보호 담당자" }, "'정보보호 담당자'는 옛 용어입니다."],
    ["위탁 내역에 {fields}이(가) 없습니다.", { fields: "위탁업무의 내용" }, "위탁 내역에 위탁업무의 내용이 없습니다."],
    ["위탁 내역에 {fields}이(가) 없습니다.", { fields: "수탁자" }, "위탁 내역에 수탁자가 없습니다."],
    ["이 방침은 {found}(으)로 적었습니다.", { found: "1년" }, "이 방침은 1년으로 적었습니다."],
    ["이 방침은 {found}(으)로 적었습니다.", { found: "3개월" }, "이 방침은 3개월로 적었습니다."],
    ["이 방침은 {found}(으)로 적었습니다.", { found: "5일" }, "이 방침은 5일로 적었습니다."],
    ["'{contact}'은(는) 연락처가 아닙니다.", { contact: "118" }, "'118'은 연락처가 아닙니다."],
    ["'{contact}'은(는) 연락처가 아닙니다.", { contact: "1833-6972" }, "'1833-6972'는 연락처가 아닙니다."],
  ])("%s with %j", (template, data, expected) => {
    expect(interpolate(template, data)).toBe(expected);
  });

  it("leaves particle pairs that come from the document alone", () => {
    expect(interpolate("'{quote}'을(를) 확인하십시오.", { quote: "동의(를) 받은 자" })).toBe("'동의(를) 받은 자'를 확인하십시오.");
  });
});
