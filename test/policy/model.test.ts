/**
 * The Policy model on real layouts: Markdown with front matter, setext headings and tables, HTML
 * pages with <title>, bold lead-ins and anchor tables of contents.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, parse } from "../../src/parse/index.js";
import { buildPolicy } from "../../src/policy/build.js";
import { LineIndex } from "../../src/policy/line-index.js";
import type { Policy } from "../../src/policy/types.js";

const corpus = (name: string) => new URL(`../../../shared/corpus/${name}`, import.meta.url);
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

async function load(url: URL): Promise<Policy> {
  const text = readFileSync(url, "utf8").replace(/\r\n?/g, "\n");
  const format = detectFormat(url.pathname, text);
  return buildPolicy(text, format, await parse(text, format));
}

function outline(policy: Policy): [number, string, string[]][] {
  const lines = new LineIndex(policy.text);
  return policy.sections.filter((s) => s.heading).map((s) => [lines.position(s.heading!.span.start).line, s.title, s.topics]);
}

describe("Markdown in a .txt file with Jekyll front matter (seed 000)", () => {
  it("is detected as Markdown and reads the '<br>'-swallowed heading as the title", async () => {
    const p = await load(fixture("seeds/000_178a53fb2025d18c.txt"));
    expect(p.format).toBe("markdown");
    expect(p.title?.text).toBe("IMS Korea 표준화 포럼의 인터넷 개인정보 보호정책의 기본방향");
    expect(p.effectiveDate?.value).toBe("2014-11-01");
  });

  it("keeps the numbered table of contents out of the sections", async () => {
    const p = await load(fixture("seeds/000_178a53fb2025d18c.txt"));
    expect(p.toc.map((t) => t.topics[0])).toEqual([
      "purpose", "items", "third-party", "rights", "retention", "safety-measures", "auto-collection", "privacy-officer", "privacy-officer", "changes",
    ]);
    expect(outline(p).map(([line, , topics]) => [line, topics[0]])).toEqual([
      [7, "title"], [26, "purpose"], [34, "items"], [48, "third-party"], [72, "retention"], [78, "safety-measures"],
      [88, "auto-collection"], [98, "privacy-officer"], [104, "privacy-officer"], [110, "changes"],
    ]);
  });
});

describe("Markdown with setext headings and run-together numbering (19, Discord bot)", () => {
  it("finds every numbered section", async () => {
    const p = await load(corpus("19_loras-discord-bot.md"));
    const topics = outline(p).map(([, , t]) => t[0]).filter(Boolean);
    expect(topics).toEqual(expect.arrayContaining(["purpose", "items", "retention", "rights", "destruction", "consignment", "privacy-officer", "changes", "redress"]));
    expect(p.title).toBeNull();
  });
});

describe("Markdown with GFM tables (39, social app)", () => {
  it("reads the consignment table with its country column", async () => {
    const p = await load(corpus("39_thrust-hangout-social-app-2023.md"));
    const table = p.tables.find((t) => t.header.some((c) => c.text === "위탁업체"))!;
    expect(table.header.map((c) => c.text)).toEqual(["위탁업체", "수령 국가", "위탁업무 내용", "항목", "개인정보의 보유 및 이용기간"]);
    expect(table.rows.map((r) => r[1].text)).toEqual(["미국", "대한민국", "미국"]);
  });

  it("does not take an inner '위치정보 처리방침' article for the document title", async () => {
    const p = await load(corpus("39_thrust-hangout-social-app-2023.md"));
    const titled = p.sections.filter((s) => s.topics.includes("title"));
    expect(titled).toHaveLength(1);
    expect(titled[0].title).toBe("개인정보 처리방침");
    expect(p.sections.find((s) => s.title.includes("고지의무"))?.topics).toContain("changes");
  });
});

describe("HTML pages", () => {
  it("08: finds numbered <h> sections, the anchor TOC and the <table> of processors", async () => {
    const p = await load(corpus("08_ssis-social-security-info-service-2017.html"));
    expect(p.format).toBe("html");
    expect(p.toc).toHaveLength(12);
    // The JSP directives before <head> are blanked, so the page's <title> is read; it names no policy.
    expect(outline(p)[0][1]).toBe("보건복지 개인정보보호 지원시스템 | 메인");
    expect(p.title).toBeNull();
    expect(outline(p).slice(1).map(([, , t]) => t[0])).toEqual([
      "purpose", "items", "third-party", "consignment", "rights", "destruction", "safety-measures", "redress", "privacy-officer", "access-request", "cctv", "changes",
    ]);
    expect(p.tables[0].header.map((c) => c.text)).toEqual(["수탁자", "위탁목적", "개인정보처리항목", "기간"]);
    // The 시행일 is split by <em> tags in some pages; dates are read with tags masked out.
    expect(p.effectiveDate?.value).toBe("2017-08-07");
  });

  it("15: takes the <title> as the document title and bold lead-ins as headings", async () => {
    const p = await load(corpus("15_khu-return-univ-club.html"));
    expect(p.title?.text).toContain("개인정보처리방침");
    const topics = outline(p).flatMap(([, , t]) => t);
    expect(topics).toEqual(expect.arrayContaining(["purpose", "retention", "items", "auto-collection", "privacy-officer", "changes"]));
  });

  it("17: reads a date written across <em> tags as the effective date", async () => {
    const p = await load(corpus("17_banyanjade-dancing-chocopie-2017.html"));
    expect(p.effectiveDate?.value).toBe("2017-04-18");
  });

  it("31: an .html file without markup is read as plain text", async () => {
    const p = await load(corpus("31_daeheung-school-meal-chatbot-minimal.html"));
    expect(p.format).toBe("text");
    expect(p.blocks).toHaveLength(1);
  });
});

describe("entities", () => {
  it("extracts phones, e-mails, URLs, dates, durations and law citations with exact positions", async () => {
    const p = await load(fixture("seeds/004_2bead2da7e852597.txt"));
    const of = (kind: string) => p.entities.filter((e) => e.kind === kind);
    for (const e of p.entities) expect(p.text.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(of("phone").map((e) => e.value)).toEqual(expect.arrayContaining(["025410080", "118", "18336972", "1301", "182"]));
    expect(of("email").map((e) => e.value)).toContain("admin@imqa.io");
    expect(of("url").map((e) => e.value)).toEqual(expect.arrayContaining(["privacy.kisa.or.kr", "kopico.go.kr", "cyber.go.kr"]));
    expect(of("date").map((e) => e.value)).toEqual(["2022-08-29"]);
    expect(of("duration").map((e) => e.text)).toEqual(expect.arrayContaining(["6개월", "3년", "5년", "3개월"]));
    expect(of("law").map((e) => e.value)).toEqual(expect.arrayContaining(["전자상거래 등에서의 소비자 보호에 관한 법률", "통신비밀보호법", "정보통신망법"]));
  });

  it("reads Korean date styles", async () => {
    for (const [written, iso] of [["2022년 08월 29일", "2022-08-29"], ["2022. 8. 29.", "2022-08-29"], ["2022-08-29", "2022-08-29"], ["2025.01.01", "2025-01-01"]]) {
      const text = `이 방침은 ${written}부터 시행합니다.\n`;
      const p = buildPolicy(text, "text", await parse(text, "text"));
      expect(p.effectiveDate?.value, written).toBe(iso);
    }
  });
});

describe("large Markdown documents", () => {
  it("are parsed in pieces with positions that still point at the right lines", async () => {
    const one = readFileSync(corpus("39_thrust-hangout-social-app-2023.md"), "utf8") + "\n\n```\n\n개인정보 처리방침 예시\n\n```\n\n";
    const text = one.repeat(Math.ceil((200 * 1024) / one.length));
    const p = buildPolicy(text, "markdown", await parse(text, "markdown"));
    const copies = Math.ceil((200 * 1024) / one.length);
    expect(p.tables.filter((t) => t.header[0]?.text === "위탁업체")).toHaveLength(copies);
    const headings = p.blocks.filter((b) => b.kind === "heading");
    expect(headings.length).toBeGreaterThan(copies * 10);
    for (const h of headings) expect(text.slice(h.span.start, h.span.end)).toContain(h.text.slice(0, 10));
    // The fenced block is code in every copy, never a heading.
    expect(p.blocks.filter((b) => b.kind === "code")).toHaveLength(copies);
  });
});

describe("English and multilingual pages", () => {
  const build = async (text: string, format: Policy["format"]) => buildPolicy(text, format, await parse(text, format));

  it("reads English month-name dates, month or day first", async () => {
    for (const [written, iso] of [["March 2, 2025", "2025-03-02"], ["2 March 2025", "2025-03-02"], ["Sept. 14th, 2024", "2024-09-14"], ["1st of June, 2023", "2023-06-01"]]) {
      const p = await build(`# Privacy Policy\n\nLast updated: ${written}\n`, "markdown");
      expect(p.effectiveDate?.value, written).toBe(iso);
    }
    const p = await build("# Privacy Policy\n\nWe may update this policy in May 2025 or later.\n", "markdown");
    expect(p.entities.filter((e) => e.kind === "date")).toEqual([]);
  });

  it("takes the Korean name as the title when the English version comes first", async () => {
    const page = `<html><head><title>Privacy Policy</title></head><body>
<div class="tab en"><h2>Privacy Policy</h2><p>We collect your e-mail address to answer your questions.</p></div>
<div class="tab ko"><h2>개인정보 처리방침</h2><p>회사는 문의에 답하기 위하여 이메일 주소를 수집합니다.</p></div>
</body></html>`;
    const p = await build(page, "html");
    expect(p.title?.text).toBe("개인정보 처리방침");
  });

  it("finds a Korean level-1 heading further down a Markdown document", async () => {
    const md = "Some introduction for English readers.\n\n## About\n\nText.\n\n## Contact\n\nhello@example.com\n\n## Links\n\nMore text.\n\n## Notes\n\nMore.\n\n## Help\n\nMore.\n\n## FAQ\n\nMore.\n\n# 가나다 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n문의 답변을 위하여 처리합니다.\n";
    const p = await build(md, "markdown");
    expect(p.title?.text).toBe("가나다 개인정보 처리방침");
  });

  it("keeps an English title when there is no Korean one, and never takes a section policy as the title", async () => {
    expect((await build("# Privacy Policy\n\nWe collect nothing.\n", "markdown")).title?.text).toBe("Privacy Policy");
    const articles = Array.from({ length: 6 }, (_, i) => `## ${i + 1}. 안내 ${i + 1}\n\n본문 ${i + 1}입니다.\n`).join("\n");
    const md = `${articles}\n# 위치정보 처리방침\n\n위치정보는 수집하지 않습니다.\n`;
    expect((await build(md, "markdown")).title).toBeNull();
  });
});

describe("numbered outlines in everyday words", () => {
  const build = async (text: string, format: Policy["format"]) => buildPolicy(text, format, await parse(text, format));
  const titles = (p: Policy) => p.sections.filter((s) => s.heading && s.heading !== p.title).map((s) => s.title);

  it("makes bold numbered lines that count 1, 2, 3 headings even when no topic names them", async () => {
    const md = "# 메모앱 개인정보 처리방침\n\n**1. 모으는 정보**\n\n앱은 푸시 토큰만 저장합니다.\n\n**2. 정보 활용**\n\n알림을 보내는 데에만 씁니다.\n\n**3. 내 데이터 관리**\n\n앱 설정에서 언제든 지울 수 있습니다.\n";
    const p = await build(md, "markdown");
    expect(titles(p)).toEqual(["1. 모으는 정보", "2. 정보 활용", "3. 내 데이터 관리"]);
    expect(p.sections.find((s) => s.title === "2. 정보 활용")?.text).toBe("알림을 보내는 데에만 씁니다.");
  });

  it("does not take bold lines that restart their numbering for an outline", async () => {
    const md = "# 개인정보 처리방침\n\n## 가. 안내\n\n**1. 첫째**\n\n본문.\n\n**2. 둘째**\n\n본문.\n\n**1. 다시 첫째**\n\n본문.\n";
    expect(titles(await build(md, "markdown"))).toEqual(["가. 안내"]);
  });

  it("finds the outline's last item when it carries its first sentence", async () => {
    const md = [
      "# 개인정보 처리방침",
      "## 1. 개인정보의 처리 목적",
      "회원 관리를 위하여 처리합니다.",
      "## 2. 개인정보의 파기",
      "지체 없이 파기합니다.",
      "3. 개인정보의 안전성 확보 조치 회사는 다음과 같은 조치를 하고 있습니다.",
      "",
      "- 비밀번호 암호화",
    ].join("\n\n");
    const p = await build(md, "markdown");
    expect(p.sections.find((s) => s.title.startsWith("개인정보의 안전성"))?.topics).toContain("safety-measures");
  });

  it("does not promote a numbered clause list that continues past the last heading", async () => {
    const md = [
      "# 개인정보 처리방침",
      "## 1. 개인정보의 처리 목적",
      "회원 관리를 위하여 처리합니다.",
      "## 2. 권익침해 구제방법",
      "아래 기관에 문의할 수 있습니다.",
      "1. 개인정보분쟁조정위원회 : 1833-6972",
      "2. 개인정보침해신고센터 : 118",
      "3. 대검찰청 : 1301",
    ].join("\n\n");
    expect(titles(await build(md, "markdown"))).toEqual(["1. 개인정보의 처리 목적", "2. 권익침해 구제방법"]);
  });
});
