import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/format/html.js";
import { fixture, runCli } from "../helpers/run-cli.js";

describe("--format html", () => {
  const r = runCli(["--format", "html", fixture("integration/hostile-policy.txt")]);

  it("is one self-contained page: no script, no external asset, a CSP that forbids scripts", () => {
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(r.stdout).not.toMatch(/<(script|img|link|iframe|object|embed)\b/i);
    expect(r.stdout).not.toMatch(/\s(src|href)="(?!#)/i);
  });

  it("escapes the document's markup wherever it is shown", () => {
    expect(r.stdout).toContain("개인정보 처리방침 &#60;script&#62;window.__pwned=1&#60;/script&#62;");
    expect(r.stdout).toContain("&#60;img src=x onerror=&#34;window.__pwned=2&#34;&#62;");
    expect(r.stdout).not.toContain("onerror=\"");
  });

  it("has the checklist, findings grouped by element with quote and legal basis, and the outline", () => {
    expect(r.stdout).toMatch(/<tr data-element="retention" data-status="missing">/);
    expect(r.stdout).toMatch(/<tr data-element="purpose" data-status="found">.*<a href="#f0-L5">5<\/a>/);
    expect(r.stdout).toMatch(/<h4>개인정보 보호책임자<\/h4>\s*<div class="finding" data-rule="privacy-officer">/);
    expect(r.stdout).toContain("<blockquote>제3조(개인정보 보호책임자)</blockquote>");
    expect(r.stdout).toContain("<blockquote>개인정보 처리방침 &#60;script&#62;window.__pwned=1&#60;/script&#62;</blockquote>");
    expect(r.stdout).toContain("근거: 개인정보 보호법 제30조제1항제6호 [S-LAW1]");
    expect(r.stdout).toMatch(/<li id="f0-L5"[^>]*>.*제1조\(개인정보의 처리 목적\)/);
  });

  it("escapes every character that could open markup or an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;");
  });
});
