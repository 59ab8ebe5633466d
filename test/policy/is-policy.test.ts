/**
 * Which documents read as a privacy policy: every real policy does, however short or bare (the
 * corpus holds a title-only stub and a one-paragraph policy without headings); project documents
 * that merely mention privacy do not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/input/decode.js";
import { detectFormat, parse } from "../../src/parse/index.js";
import { buildPolicy } from "../../src/policy/build.js";
import { looksLikePolicy } from "../../src/policy/is-policy.js";
import { CORPUS_DIR, CORPUS_NOTE, hasCorpus } from "../helpers/shared.js";

async function readsAsPolicy(path: string, bytes = readFileSync(path)): Promise<boolean> {
  const text = decode(bytes).text.replace(/\r\n?/g, "\n");
  const format = detectFormat(path, text);
  return looksLikePolicy(buildPolicy(text, format, await parse(text, format)));
}

const POLICY_FILE = /\.(?:md|markdown|txt|html?)$/;
const root = new URL("../../", import.meta.url).pathname;

describe("looksLikePolicy", () => {
  it.skipIf(!hasCorpus)("takes every corpus policy for a policy" + CORPUS_NOTE, async () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => POLICY_FILE.test(f) && /^\d/.test(f));
    expect(files.length).toBeGreaterThan(40);
    const refused = [];
    for (const f of files) if (!(await readsAsPolicy(CORPUS_DIR + f))) refused.push(f);
    expect(refused).toEqual([]);
  });

  it("takes every policy fixture for a policy", async () => {
    const dirs = ["fixtures/seeds/", "fixtures/compliant/", "fixtures/parse/", "fixtures/integration/"];
    const files = dirs.flatMap((d) => readdirSync(root + d).filter((f) => POLICY_FILE.test(f) && f !== "README.md").map((f) => root + d + f));
    for (const f of files) expect(await readsAsPolicy(f), f).toBe(true);
  });

  it("takes a title alone, or one paragraph about 개인정보, for a policy", async () => {
    expect(await readsAsPolicy("stub.md", Buffer.from("# 개인정보 처리방침\n"))).toBe(true);
    const paragraph = "이 서비스는 이용자의 개인정보를 수집하지 않습니다. 문의하신 내용의 개인정보는 답변 후 바로 파기합니다.";
    expect(await readsAsPolicy("short.txt", Buffer.from(paragraph))).toBe(true);
  });

  it("does not take the project's own documents or a changelog for a policy", async () => {
    for (const f of ["README.md", "BENCHMARKS.md", "docs/integrations.md"]) expect(await readsAsPolicy(root + f), f).toBe(false);
    const changelog = "# Changelog\n\n## 0.2.0\n\n- 개인정보 처리방침 링크를 바닥글에 추가\n- 로그인 오류 수정\n\n## 0.1.0\n\n- 첫 공개\n";
    expect(await readsAsPolicy("CHANGELOG.md", Buffer.from(changelog))).toBe(false);
    const faq = "# FAQ\n\n## Is the app free?\n\nYes. See the privacy policy for what we keep.\n";
    expect(await readsAsPolicy("privacy-faq.md", Buffer.from(faq))).toBe(false);
  });
});
