/**
 * The pre-scan before micromark: real policies are never sent to the plain-text reader, and a
 * document that is gets one warning naming the lines and why, in the configured language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { lintDocument } from "../../src/engine/linter.js";
import { CORPUS_DIR, CORPUS_NOTE, hasCorpus } from "../helpers/shared.js";
import { SEED } from "./hostile-inputs.js";

const fallbacks = async (text: string, filePath: string, locale: "ko" | "en" = "en") => {
  const linter = await createLinter({ config: false, locale });
  const result = await lintDocument(text, filePath, linter);
  return result.messages.filter((m) => m.messageId === "plain-text-fallback");
};

describe("Markdown pre-scan", () => {
  it("reads a Markdown policy with lists, links, tables and emphasis as Markdown", async () => {
    const policy = `# 개인정보 처리방침\n\n${SEED}\n\n| 항목 | 보유기간 |\n| --- | --- |\n| 이름 | 3년 |\n\n1. **수집 항목**\n   - 이름, [연락처](https://example.com)\n   > 참고: 2024. 1. 1. 시행\n`;
    expect(await fallbacks(policy.repeat(40), "policy.md")).toEqual([]);
  });

  it("sends list markers stacked on one line to the plain-text reader, with a warning on those lines", async () => {
    const text = `# 개인정보 처리방침\n\n회사는 개인정보를 처리합니다.\n\n${"2024. 1. ".repeat(3000)}\n`;
    const [en] = await fallbacks(text, "stacked.md");
    expect(en).toMatchObject({ ruleId: null, severity: 1, line: 1, endLine: 6 });
    expect(en.message).toBe("Lines 1–6 were read as plain text: their Markdown (list and quote markers stacked on one line) cannot be parsed in linear time.");
    const [ko] = await fallbacks(text, "stacked.md", "ko");
    expect(ko.message).toMatch(/^1–6행은 Markdown 구조\(한 줄에 겹친 목록·인용 표시\)가 .*일반 텍스트로 읽었습니다\.$/);
  });

  it("only the piece of a large document that needs it is read as plain text", async () => {
    const body = `${SEED}\n\n`.repeat(Math.ceil(200_000 / SEED.length));
    const lines = body.split("\n").length;
    const text = `${body}${"[a]: b\n".repeat(2000)}\n${body}`;
    const found = await fallbacks(text, "mixed.md");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("brackets in one paragraph");
    // The plain-text piece holds the definitions, and is cut at blank lines around them (pieces
    // are about 64 KB), so most of the policy around it is still read as Markdown.
    const total = text.split("\n").length;
    expect(found[0].line).toBeLessThanOrEqual(lines);
    expect(found[0].endLine).toBeGreaterThanOrEqual(lines + 1999);
    expect(found[0].endLine - found[0].line).toBeLessThan(total / 2);
  });

  describe.skipIf(!hasCorpus)("real policies" + CORPUS_NOTE, () => {
    it("none of the corpus is sent to the plain-text reader", async () => {
      const names = hasCorpus ? readdirSync(CORPUS_DIR).filter((f) => /\.(md|txt)$/.test(f)) : [];
      for (const name of names) expect(await fallbacks(readFileSync(`${CORPUS_DIR}/${name}`, "utf8"), name), name).toEqual([]);
    });
  });
});
