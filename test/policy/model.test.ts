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
import { CORPUS_NOTE, corpusUrl, hasCorpus } from "../helpers/shared.js";

const corpus = corpusUrl;
const describeWithCorpus = describe.skipIf(!hasCorpus);
const itWithCorpus = it.skipIf(!hasCorpus);
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

describeWithCorpus("Markdown with setext headings and run-together numbering (19, Discord bot)" + CORPUS_NOTE, () => {
  it("finds every numbered section", async () => {
    const p = await load(corpus("19_loras-discord-bot.md"));
    const topics = outline(p).map(([, , t]) => t[0]).filter(Boolean);
    expect(topics).toEqual(expect.arrayContaining(["purpose", "items", "retention", "rights", "destruction", "consignment", "privacy-officer", "changes", "redress"]));
    expect(p.title).toBeNull();
  });
});

describeWithCorpus("Markdown with GFM tables (39, social app)" + CORPUS_NOTE, () => {
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
  itWithCorpus("08: finds numbered <h> sections, the anchor TOC and the <table> of processors" + CORPUS_NOTE, async () => {
    const p = await load(corpus("08_ssis-social-security-info-service-2017.html"));
    expect(p.format).toBe("html");
    expect(p.toc).toHaveLength(12);
    expect(outline(p).map(([, , t]) => t[0])).toEqual([
      "purpose", "items", "third-party", "consignment", "rights", "destruction", "safety-measures", "redress", "privacy-officer", "access-request", "cctv", "changes",
    ]);
    expect(p.tables[0].header.map((c) => c.text)).toEqual(["수탁자", "위탁목적", "개인정보처리항목", "기간"]);
    // The 시행일 is split by <em> tags in some pages; dates are read with tags masked out.
    expect(p.effectiveDate?.value).toBe("2017-08-07");
  });

  itWithCorpus("15: takes the <title> as the document title and bold lead-ins as headings" + CORPUS_NOTE, async () => {
    const p = await load(corpus("15_khu-return-univ-club.html"));
    expect(p.title?.text).toContain("개인정보처리방침");
    const topics = outline(p).flatMap(([, , t]) => t);
    expect(topics).toEqual(expect.arrayContaining(["purpose", "retention", "items", "auto-collection", "privacy-officer", "changes"]));
  });

  itWithCorpus("17: reads a date written across <em> tags as the effective date" + CORPUS_NOTE, async () => {
    const p = await load(corpus("17_banyanjade-dancing-chocopie-2017.html"));
    expect(p.effectiveDate?.value).toBe("2017-04-18");
  });

  itWithCorpus("31: an .html file without markup is read as plain text" + CORPUS_NOTE, async () => {
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

describeWithCorpus("large Markdown documents" + CORPUS_NOTE, () => {
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
