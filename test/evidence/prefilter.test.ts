/**
 * The judges' first test: the words read from a pattern must be found in every text the pattern
 * matches, or a block holding evidence would go unjudged. Checked on the shapes the reader knows
 * and on every line of the fixtures (and the corpus) against every pattern of the evidence data.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as elementPatterns from "../../src/data/element-patterns.js";
import * as evidenceShapes from "../../src/data/evidence-shapes.js";
import * as redressMatch from "../../src/data/redress-match.js";
import { anyWordOf, requiredWords } from "../../src/evidence/prefilter.js";
import { CORPUS_DIR, CORPUS_NOTE, hasCorpus } from "../helpers/shared.js";

describe("requiredWords", () => {
  it("reads an alternation of words", () => {
    expect(requiredWords(/위탁|수탁/)).toEqual(["위탁", "수탁"]);
  });

  it("keeps one telling word of a sequence with gaps", () => {
    expect(requiredWords(/목적[^\n]{0,80}(?:수집|이용|처리)/)).toEqual(["목적"]);
  });

  it("joins adjacent literal groups into whole words", () => {
    expect(requiredWords(/(?:저장|보관)(?:하지|되지)\s{0,2}않/)?.sort()).toEqual(["보관되지", "보관하지", "저장되지", "저장하지"]);
  });

  it("takes nothing from an optional piece or a lookaround", () => {
    expect(requiredWords(/(?:개인)?정보/)).toEqual(["정보"]);
    expect(requiredWords(/(?<!방침을\s{0,2})삭제(?=합니다)/)).toEqual(["삭제"]);
    expect(requiredWords(/\b정정\b/)).toEqual(["정정"]);
  });

  it("repeats a required piece's words", () => {
    expect(requiredWords(/○{2,}/)).toEqual(["○"]);
  });

  it("reads escaped characters as themselves", () => {
    expect(requiredWords(/\.go\.kr|a\/b/)).toEqual([".go.kr", "a/b"]);
  });

  it("gives up on a pattern whose matches need no word", () => {
    expect(requiredWords(/[가-힣]{2,}/)).toBeNull();
    expect(requiredWords(/위탁|\d{3}/)).toBeNull();
    expect(requiredWords(/(?:수탁)?/)).toBeNull();
  });

  it("gives up on what it does not read", () => {
    expect(requiredWords(/(위탁)\1/)).toBeNull();
    expect(requiredWords(/\u0041BC/)).toBeNull();
    expect(requiredWords(/위탁/u)).toBeNull();
  });
});

describe("anyWordOf", () => {
  it("finds the words of patterns and lists in one pattern", () => {
    const words = anyWordOf(/위탁|수탁/, ["이름", "이메일"])!;
    expect(["업무를 위탁합니다", "이메일 주소", "이름"].every((t) => words.test(t))).toBe(true);
    expect(words.test("회사는 개인정보를 처리합니다")).toBe(false);
  });

  it("ignores case when a pattern does", () => {
    expect(anyWordOf(/cookie/i, ["SDK"])!.test("Cookies and sdk")).toBe(true);
    expect(anyWordOf(["SDK"])!.test("sdk")).toBe(false);
  });

  it("is null when one of the tests needs no word", () => {
    expect(anyWordOf(/위탁/, /\d+/)).toBeNull();
  });
});

const EVIDENCE_PATTERNS = Object.entries({ ...elementPatterns, ...evidenceShapes, ...redressMatch }).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) textFiles(path, out);
    else if (/\.(md|txt|html?)$/i.test(name)) out.push(path);
  }
  return out;
}

/** Patterns that match a line whose words the prefilter misses (none may). */
function misses(files: string[]): string[] {
  const found: string[] = [];
  const filters = EVIDENCE_PATTERNS.map(([name, pattern]) => ({ name, pattern, words: anyWordOf(pattern) }));
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    for (const { name, pattern, words } of filters) {
      if (!words) continue;
      for (const line of lines) {
        pattern.lastIndex = 0;
        if (pattern.test(line) && !words.test(line)) found.push(`${name}: ${line}`);
      }
      pattern.lastIndex = 0;
    }
  }
  return found;
}

describe("the words of the evidence patterns", () => {
  it("are read from almost every pattern", () => {
    const unread = EVIDENCE_PATTERNS.filter(([, p]) => !anyWordOf(p)).map(([name]) => name);
    expect(unread.length).toBeLessThan(EVIDENCE_PATTERNS.length / 10);
  });

  it("are found on every fixture line the patterns match", () => {
    const fixtures = textFiles(fileURLToPath(new URL("../../fixtures/", import.meta.url)));
    expect(fixtures.length).toBeGreaterThan(10);
    expect(misses(fixtures)).toEqual([]);
  });

  it.skipIf(!hasCorpus)("are found on every corpus line the patterns match" + CORPUS_NOTE, () => {
    expect(misses(textFiles(CORPUS_DIR))).toEqual([]);
  });
});
