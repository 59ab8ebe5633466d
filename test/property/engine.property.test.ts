/**
 * Property-based tests of the engine on random and mutated real policies: linting never throws,
 * every position lies inside the document, and fixing is idempotent (a fixed text offers no
 * further fix). Real policies are mutated rather than generated from scratch because the rules
 * only do deep work on text that already looks like a policy.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { Registry } from "../../src/config/load.js";
import { lintText } from "../../src/engine/lint.js";
import type { LintResult, ResolvedConfig } from "../../src/engine/types.js";
import { CORPUS_URL, hasCorpus } from "../helpers/shared.js";

const registry = new Registry(builtInRules);
const config: ResolvedConfig = {
  rules: new Map(registry.all().map((r) => [r.meta.id, { severity: "error" as const, options: {} }])),
  facts: {},
  locale: "ko",
};
const TODAY = "2025-06-01";

function policies(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:md|txt|html)$/.test(f) && f !== "README.md")
    .map((f) => readFileSync(new URL(f, dir), "utf8"));
}
const seeds = [
  ...policies(new URL("../../fixtures/seeds/", import.meta.url)),
  // Without ../shared beside the checkout the corpus is skipped and only the fixtures are mutated; the test name says so.
  ...(hasCorpus ? policies(CORPUS_URL) : []),
];

/** Pieces that steer the parsers and rules into their interesting branches. */
const TOKENS = [
  "개인정보 처리방침", "개인정보취급방침", "제1조(목적)", "제 3 조", "①", "②", "1.", "가.", "(1)", "•", "■", "[", "]", "「개인정보 보호법」",
  "정보통신망법", "보유기간", "3년", "6개월", "파기", "위탁", "제3자", "국외 이전", "쿠키", "개인정보 보호책임자", "010-1234-5678", "02-123-4567",
  "privacy@example.com", "https://example.com/a", "2024년 1월 1일", "부터 시행", "개인정보분쟁조정위원회", "☎ 1833-6972", "# ", "## ", "- ", "* ",
  "> ", "|", "| --- |", "**", "`", "<div>", "</div>", "<table><tr><td>", "</td></tr></table>", "<!-- policy-lint-disable -->",
  "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u3000", "\ufeff", "\u0000", "\u001b[31m", "\u200b", "😀", "\ud800",
];
const tokenDoc = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12, unit: "grapheme" })), { maxLength: 200 }).map((parts) => parts.join(""));

/** A real policy with a few random edits: cut, duplicate, insert a token, change line endings. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(4), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 6 }),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [kind, a, b, token] of edits) {
      const i = Math.floor(a * text.length);
      const j = Math.min(text.length, i + Math.floor(b * 2000));
      if (kind === 0) text = text.slice(0, i) + text.slice(j);
      else if (kind === 1) text = text.slice(0, j) + text.slice(i, j) + text.slice(j);
      else if (kind === 2) text = text.slice(0, i) + token + text.slice(i);
      else if (kind === 3) text = text.replaceAll("\n", ["\r\n", "\r", "\n\n"][Math.floor(b * 3)]);
      else text = text.slice(0, i) + text.slice(i, j).split("\n").reverse().join("\n") + text.slice(j);
    }
    return text;
  });

const extension = fc.constantFrom("policy.md", "policy.txt", "policy.html");

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function expectInside(result: LintResult, text: string): void {
  const ls = lines(text);
  for (const m of result.messages) {
    const where = `${m.ruleId}/${m.messageId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    expect(m.line, where).toBeGreaterThanOrEqual(1);
    expect(m.endLine, where).toBeLessThanOrEqual(ls.length);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), where).toBe(true);
    expect(m.column, where).toBeGreaterThanOrEqual(1);
    expect(m.column, where).toBeLessThanOrEqual(ls[m.line - 1].length + 1);
    expect(m.endColumn, where).toBeLessThanOrEqual(ls[m.endLine - 1].length + 1);
    if (m.fix) {
      expect(m.fix.range[0], where).toBeGreaterThanOrEqual(0);
      expect(m.fix.range[1], where).toBeLessThanOrEqual(text.length);
      expect(m.fix.range[0], where).toBeLessThanOrEqual(m.fix.range[1]);
    }
  }
}

async function check(text: string, path: string): Promise<void> {
  const plain = await lintText(text, path, config, registry, { today: TODAY, fragment: true });
  expectInside(plain, text);
  const fixed = await lintText(text, path, config, registry, { today: TODAY, fix: true, fragment: true });
  const output = fixed.output ?? text;
  const again = await lintText(output, path, config, registry, { today: TODAY, fragment: true });
  expectInside(again, output);
  expect(again.messages.filter((m) => m.fix).map((m) => `${m.ruleId}:${m.line}`)).toEqual([]);
}

describe("engine properties", () => {
  it("random token soup: no throw, positions inside, fixes idempotent", async () => {
    await fc.assert(fc.asyncProperty(tokenDoc, extension, check), { numRuns: 100 });
  }, 120_000);

  const seedNote = hasCorpus ? "" : " (fixtures only: ../shared/corpus is not beside this checkout)";
  it("mutated real policies: no throw, positions inside, fixes idempotent" + seedNote, async () => {
    await fc.assert(fc.asyncProperty(mutated, extension, check), { numRuns: 60 });
  }, 120_000);
});
