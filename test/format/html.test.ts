import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/format/html.js";
import { fixture, runCli } from "../helpers/run-cli.js";

describe("--format html", () => {
  const r = runCli(["--format", "html", fixture("integration/hostile-policy.txt")]);

  it("is one self-contained page: no script, no external asset, a CSP that forbids scripts", () => {
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(r.stdout).not.toMatch(/<(script|img|link|iframe|object|embed)\b/i);
    expect(r.stdout).not.toMatch(/\ssrc="/i);
    // Links go to a line of the report or to a rule's documentation, nowhere else.
    for (const [, href] of r.stdout.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^#f\d+(-L\d+)?$|^https:\/\/github\.com\/policy-lint\/policy-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
  });

  it("escapes the document's markup wherever it is shown", () => {
    expect(r.stdout).toContain("개인정보 처리방침 &#60;script&#62;window.__pwned=1&#60;/script&#62;");
    expect(r.stdout).toContain("&#60;img src=x onerror=&#34;window.__pwned=2&#34;&#62;");
    expect(r.stdout).not.toContain("onerror=\"");
  });

  it("records the tool version, the time, the configuration and facts, totals and a per-file index", () => {
    expect(r.stdout).toMatch(/<dt>도구<\/dt><dd>policy-lint \d+\.\d+\.\d+[^<]*<\/dd>/);
    expect(r.stdout).toMatch(/<dt>작성 시각<\/dt><dd><time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC<\/time><\/dd>/);
    expect(r.stdout).toContain("<dt>설정 파일</dt><dd>없음 (기본 설정)</dd>");
    expect(r.stdout).toContain("<dt>선언한 사실(facts)</dt><dd>없음 (본문에서 판단)</dd>");
    expect(r.stdout).toMatch(/<p class="totals">파일 1 · 오류 \d+ · 경고 \d+<\/p>/);
    expect(r.stdout).toMatch(/<tr><td><a href="#f0">fixtures\/integration\/hostile-policy\.txt<\/a><\/td><td>\d+<\/td><td>\d+<\/td><td>4\/13 필수 항목<\/td><\/tr>/);
  });

  it("has the checklist, findings grouped by element with quote and legal basis, and the outline", () => {
    expect(r.stdout).toMatch(/<tr data-element="retention" data-status="missing">/);
    expect(r.stdout).toMatch(/<tr data-element="purpose" data-status="present">.*<a href="#f0-L5">5<\/a>/);
    expect(r.stdout).toMatch(/<tr data-element="privacy-officer" data-status="needs-work">/);
    expect(r.stdout).toMatch(/<h4>개인정보 보호책임자<\/h4>\s*<div class="finding" data-rule="privacy-officer">/);
    expect(r.stdout).toContain("<blockquote>제3조(개인정보 보호책임자)</blockquote>");
    expect(r.stdout).toContain("근거: 개인정보 보호법 제30조제1항제6호</div>");
    expect(r.stdout).not.toMatch(/S-LAW\d|S-GUIDE\d/);
    expect(r.stdout).toMatch(/<li[^>]*><span class="line"><a href="#f0-L5">5<\/a><\/span> 제1조\(개인정보의 처리 목적\)/);
  });

  it("links rule ids to their docs and every line link to a numbered line of the document text", () => {
    expect(r.stdout).toContain('<a href="https://github.com/policy-lint/policy-lint/blob/main/docs/rules/privacy-officer.md"><code>privacy-officer</code></a>');
    const anchors = new Set([...r.stdout.matchAll(/\sid="(f\d+-L\d+)"/g)].map((m) => m[1]));
    const links = [...r.stdout.matchAll(/href="#(f\d+-L\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(anchors.has(link), link).toBe(true);
    expect(r.stdout).toContain(`<li id="f0-L12">개인정보 보호책임자: 홍길동 &#60;a href=&#34;javascript:alert(1)&#34;&#62;연락&#60;/a&#62;, 전화 02-123-4567</li>`);
  });

  it("quotes an HTML policy as the text a reader sees, not its source", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-html-"));
    const file = join(dir, "policy.html");
    writeFileSync(
      file,
      `<html><body>\n<h1>개인정보 처리방침</h1>\n<h2>제1조(개인정보 보호책임자)</h2>\n<p>담당: <b>고객지원팀</b> &amp; 운영팀</p>\n</body></html>\n`,
    );
    const out = runCli(["--format", "html", file], { cwd: dir }).stdout;
    expect(out).toContain(`<li id="f0-L4">담당: 고객지원팀 &#38; 운영팀</li>`);
    expect(out).not.toContain("&#60;b&#62;");
  });

  it("lists the comments that switched checks off and links them to their line", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-html-"));
    writeFileSync(join(dir, "p.md"), "<!-- policy-lint-disable rights -->\n# 개인정보 처리방침\n\n본문\n");
    const out = runCli(["--format", "html", "p.md"], { cwd: dir }).stdout;
    expect(out).toMatch(/<tr data-element="rights" data-status="not-checked">/);
    expect(out).toContain(`<li data-line="1"><a href="#f0-L1">1번째 줄 policy-lint-disable (rights): 숨긴 문제 1건 (rights)</a></li>`);
  });

  it("escapes every character that could open markup or an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;");
  });
});
