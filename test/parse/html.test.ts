/**
 * The HTML parser on page shapes real policies are published in: labelling icons before article
 * numbers, layout tables, definition lists, <td>-only tables, JSP/PHP sources and text in <pre>.
 * Asserted through the Policy model, which is what rules read.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse/index.js";
import { blankServerDirectives } from "../../src/parse/server-directives.js";
import { buildPolicy } from "../../src/policy/build.js";
import type { Policy } from "../../src/policy/types.js";

async function html(body: string, title = "개인정보 처리방침"): Promise<Policy> {
  const text = `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body>\n${body}\n</body></html>\n`;
  return buildPolicy(text, "html", await parse(text, "html"));
}

const headings = (p: Policy) => p.sections.filter((s) => s.heading && s !== p.sections.find((x) => x.heading === p.title)).map((s) => s.title);
const topicsOf = (p: Policy, title: string) => p.sections.find((s) => s.title === title)?.topics ?? [];

describe("icon images before an article number", () => {
  const page = `
<div class="policy">
<p class="tit"><img src="icon_a.png" alt="처리 목적 아이콘">제1조. 개인정보의 처리 목적</p>
<p>회사는 회원 관리를 위하여 개인정보를 처리합니다.</p>
<p class="tit"><span class="ico"><img src="icon_b.png" alt="위탁 라벨"></span> 제2조. 개인정보 처리업무의 위탁</p>
<p>회사는 문자 발송 업무를 외부 업체에 맡깁니다.</p>
<p class="tit"><img src="icon_c.png" alt="파기">제3조. 개인정보의 파기</p>
<p>목적이 달성되면 지체 없이 파기합니다.</p>
</div>`;

  it("does not hide the article heading, so each article is its own section", async () => {
    const p = await html(page);
    expect(headings(p)).toEqual(["제1조. 개인정보의 처리 목적", "제2조. 개인정보 처리업무의 위탁", "제3조. 개인정보의 파기"]);
    expect(topicsOf(p, "제2조. 개인정보 처리업무의 위탁")).toContain("consignment");
    expect(p.sections.find((s) => s.title.startsWith("제2조"))?.text).toBe("회사는 문자 발송 업무를 외부 업체에 맡깁니다.");
  });

  it("drops a linked icon with the link around it", async () => {
    const p = await html(`<div class="tit"><a href="#top"><img src="i.png" alt="권리 아이콘"></a><span>제5조</span> 개인정보 보호책임자</div><p>성명: 홍길동</p>`);
    expect(headings(p)).toEqual(["제5조 개인정보 보호책임자"]);
  });

  it("reads an article line nested deep in lists as a heading", async () => {
    const p = await html(`<ul><li><ul><li><p class="tit">제4조(정보주체의 권리)</p><p>열람을 요구할 수 있습니다.</p><p>제4조(정보주체의 권리)에 따라 요구할 수 있습니다.</p></li></ul></li></ul>`);
    expect(headings(p)).toEqual(["제4조(정보주체의 권리)"]);
  });

  it("keeps the alt text of an image that does not lead a heading", async () => {
    const p = await html(`<p><img src="x.png" alt="고객센터 안내">운영 시간은 평일 9시부터입니다.</p>`);
    expect(p.blocks.some((b) => b.text.includes("고객센터 안내"))).toBe(true);
  });
});

describe("layout tables", () => {
  it("are unwrapped, so that the headings and paragraphs inside a layout cell stay apart", async () => {
    const p = await html(`
<table width="100%"><tr><td class="left">메뉴</td><td>
<p>제1조(개인정보의 처리 목적)</p>
<p>회사는 상담 신청을 처리하기 위하여 개인정보를 씁니다.</p>
<p>제2조(처리하는 개인정보의 항목)</p>
<p>이름, 연락처</p>
<table><tr><th>구분</th><th>항목</th></tr><tr><td>상담</td><td>이름, 연락처</td></tr></table>
</td></tr></table>`);
    expect(headings(p)).toEqual(["제1조(개인정보의 처리 목적)", "제2조(처리하는 개인정보의 항목)"]);
    expect(p.tables).toHaveLength(1);
    expect(p.tables[0].header.map((c) => c.text)).toEqual(["구분", "항목"]);
  });

  it("leave data tables with paragraphs in their cells alone", async () => {
    const p = await html(`<table><tr><th><p>수탁업체</p></th><th><p>위탁업무</p></th></tr><tr><td><p>가나다정보</p></td><td><p>문자 발송</p></td></tr></table>`);
    expect(p.tables).toHaveLength(1);
    expect(p.tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([["가나다정보", "문자 발송"]]);
  });
});

describe("definition lists", () => {
  it("make a numbered term a section heading, even among the page's own headings", async () => {
    const p = await html(`
<h2>고객센터</h2><h3>공지사항</h3>
<h3>회사는 아래와 같은 개인정보 처리방침을 두고 있습니다</h3>
<dl><dt><a name="s1">1. 개인정보의 수집 항목</a></dt><dd><p>이름, 전화번호를 수집합니다.</p></dd></dl>
<dl><dt><a name="s2">2. 개인정보 처리의 위탁</a></dt><dd><p>배송 업무를 택배사에 위탁합니다.</p></dd></dl>`);
    expect(headings(p)).toContain("1. 개인정보의 수집 항목");
    expect(headings(p)).toContain("2. 개인정보 처리의 위탁");
    expect(topicsOf(p, "2. 개인정보 처리의 위탁")).toContain("consignment");
  });

  it("leave label terms (성명, 연락처) as they are", async () => {
    const p = await html(`<h2>개인정보 보호책임자</h2><dl><dt>성명</dt><dd>홍길동</dd><dt>연락처</dt><dd>02-123-4567</dd></dl>`);
    expect(headings(p)).toEqual(["개인정보 보호책임자"]);
  });
});

describe("tables written with <td> only", () => {
  it("take their first row as the header", async () => {
    const p = await html(`<table><tr><td>수탁업체</td><td>위탁업무</td></tr><tr><td>가나다정보</td><td>문자 발송</td></tr></table>`);
    expect(p.tables[0].header.map((c) => c.text)).toEqual(["수탁업체", "위탁업무"]);
    expect(p.tables[0].rows).toHaveLength(1);
  });
});

describe("server-side templates", () => {
  const page = `<%@ page language="java" contentType="text/html; charset=UTF-8"%>
<%@ include file="/inc/header.jsp" %>
<% if (user != null && count > 3) { out.print("관리자 전화 02-000-1111"); } %>
<?php if ($a->b > 2) { echo "안내"; } ?>
<html><head><title>개인정보 처리방침</title></head><body>
<p>제1조(목적) 회사는 회원 관리를 위하여 개인정보를 처리합니다.</p>
</body></html>`;

  it("drops JSP and PHP directives and scriptlets instead of reading them as prose", async () => {
    const p = buildPolicy(page, "html", await parse(page, "html"));
    const text = p.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/page|include|out\.print|echo|\$a|%>|\?>/);
    expect(p.entities.filter((e) => e.kind === "phone")).toEqual([]);
    expect(text).toContain("회사는 회원 관리를 위하여");
  });

  it("keeps every offset: directives become spaces, newlines stay", () => {
    const blanked = blankServerDirectives(page);
    expect(blanked).toHaveLength(page.length);
    expect(blanked.split("\n")).toHaveLength(page.split("\n").length);
    expect(blanked.indexOf("<html>")).toBe(page.indexOf("<html>"));
  });

  it("leaves an unterminated directive as it is", () => {
    expect(blankServerDirectives("<p>a <% b</p>")).toBe("<p>a <% b</p>");
  });
});

describe("a policy pasted into <pre>", () => {
  const lines = [
    "가나다 개인정보 처리방침",
    "",
    "가나다는 개인정보 보호법에 따라 이용자의 개인정보를 보호하고 관련 고충을 원활하게 처리하기 위하여 이 방침을 둡니다.",
    "",
    "1. 개인정보의 처리 목적",
    "가나다는 회원 가입 의사 확인과 서비스 제공을 위하여 개인정보를 처리합니다.",
    "",
    "2. 처리하는 개인정보의 항목",
    "이름, 이메일 주소",
    "",
    "3. 개인정보의 파기",
    "보유 기간이 지나면 지체 없이 파기합니다.",
    "",
    "4. 개인정보 보호책임자",
    "담당 부서 : 운영팀, 연락처 : help@example.com",
  ];
  const page = `<html><head><title>가나다</title></head><body>\n<pre>\n${lines.join("\n")}\n</pre>\n</body></html>\n`;

  it("is read as plain text with its numbered sections, not as one code block", async () => {
    const p = buildPolicy(page, "html", await parse(page, "html"));
    expect(p.blocks.some((b) => b.kind === "code")).toBe(false);
    expect(headings(p)).toEqual(expect.arrayContaining(["1. 개인정보의 처리 목적", "2. 처리하는 개인정보의 항목", "3. 개인정보의 파기", "4. 개인정보 보호책임자"]));
  });

  it("points every block at its place in the page", async () => {
    const p = buildPolicy(page, "html", await parse(page, "html"));
    for (const b of p.blocks) expect(page.slice(b.span.start, b.span.end)).toContain(b.text.slice(0, 10));
  });

  it("leaves code in <pre> as code", async () => {
    const code = `<pre>\nconst a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\nconst e = 5;\n</pre>`;
    const p = await html(code);
    expect(p.blocks.some((b) => b.kind === "code")).toBe(true);
  });
});
