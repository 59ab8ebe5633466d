/**
 * `policy-lint diff`: seed 004 against a copy that adds an overseas recipient (with its country)
 * and one item. Every format must show exactly those additions and nothing else.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { diffPolicies } from "../../src/diff/compare.js";
import { listParts } from "../../src/diff/facts.js";
import { normalizeText } from "../../src/diff/normalize.js";
import { detectFormat, parse } from "../../src/parse/index.js";
import { buildPolicy } from "../../src/policy/build.js";
import { makeRepo, type TestRepo } from "../helpers/git-repo.js";
import { fixture, runCli } from "../helpers/run-cli.js";

const OLD = fixture("seeds/004_2bead2da7e852597.txt");
const NEW = fixture("diff/004-overseas.txt");

interface JsonDiff {
  path: string;
  newFile: boolean;
  contentChanged: boolean;
  effectiveDate: { old: { date: string } | null; new: { date: string } | null };
  elements: { topic: string; change: string; place: { line: number } }[];
  facts: { kind: string; change: string; text: string; place: { side: string; line: number } }[];
  history: unknown[];
  articles: { title: string; change: string; passages: { old: { text: string } | null; new: { text: string } | null; meta: boolean }[] }[];
}

const diffJson = (...args: string[]) => {
  const r = runCli(["diff", "--format", "json", ...args]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonDiff[];
};

async function model(text: string, name = "policy.txt") {
  const format = detectFormat(name, text);
  return buildPolicy(text, format, await parse(text, format));
}

describe("policy-lint diff on seed 004 and a copy with an overseas recipient and a new item", () => {
  it("json: exactly the added item, overseas recipient and country; two elements; two articles", () => {
    const [d] = diffJson(OLD, NEW);
    expect(d.newFile).toBe(false);
    expect(d.contentChanged).toBe(true);
    expect(d.facts.map((f) => [f.change, f.kind, f.text, f.place.line])).toEqual([
      ["added", "item", "생년월일", 5],
      ["added", "overseas-recipient", "Amazon Web Services, Inc.", 63],
      ["added", "country", "미국", 64],
    ]);
    expect(d.elements.map((e) => [e.change, e.topic, e.place.line])).toEqual([
      ["changed", "items", 3],
      ["added", "overseas-transfer", 61],
    ]);
    expect(d.articles.map((a) => [a.change, a.title])).toEqual([
      ["changed", "제1조 수집하는 개인정보의 항목 및 수집 방법"],
      ["added", "제5조의2 개인정보의 국외 이전"],
    ]);
    expect(d.articles[0].passages).toEqual([
      { old: expect.objectContaining({ text: "이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처 등", line: 5 }), new: expect.objectContaining({ text: "이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처, 생년월일 등", line: 5 }), meta: false },
    ]);
    expect(d.effectiveDate.old?.date).toBe("2022-08-29");
    expect(d.effectiveDate.new?.date).toBe("2022-08-29");
  });

  it("json the other way round: the same facts as removals, at their old lines", () => {
    const [d] = diffJson(NEW, OLD);
    expect(d.facts.map((f) => [f.change, f.kind, f.text, f.place.side, f.place.line])).toEqual([
      ["removed", "item", "생년월일", "old", 5],
      ["removed", "overseas-recipient", "Amazon Web Services, Inc.", "old", 63],
      ["removed", "country", "미국", "old", 64],
    ]);
    expect(d.elements.map((e) => [e.change, e.topic])).toEqual([
      ["changed", "items"],
      ["removed", "overseas-transfer"],
    ]);
  });

  it("stylish (Korean): the additions, and nothing marked removed", () => {
    const r = runCli(["diff", OLD, NEW]);
    expect(r.status, r.stderr).toBe(0);
    const facts = r.stdout.split("\n").filter((l) => /^ {4}[+-~] /.test(l) && !/^ {4}[+-~] (?:처리하는|개인정보의)/.test(l));
    expect(facts).toEqual([
      "    + 처리 항목: 생년월일 (추가, L5)",
      "    + 국외 이전받는 자: Amazon Web Services, Inc. (추가, L63)",
      "    + 이전 국가: 미국 (추가, L64)",
    ]);
    expect(r.stdout).toContain("    ~ 처리하는 개인정보의 항목 (변경, L3)");
    expect(r.stdout).toContain("    + 개인정보의 국외 이전 (추가, L61)");
    expect(r.stdout).toContain("  시행일: 2022-08-29 → 2022-08-29 (그대로)");
    expect(r.stdout).toContain("      - 구 L5 이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처 등");
    expect(r.stdout).toContain("      + 신 L5 이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처, 생년월일 등");
    expect(r.stdout).not.toMatch(/^ {6}- 구 L(?!5 )/m);
  });

  it("stylish (English)", () => {
    const r = runCli(["diff", "--locale", "en", OLD, NEW]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("    + item: 생년월일 (added, L5)");
    expect(r.stdout).toContain("    + overseas recipient: Amazon Web Services, Inc. (added, L63)");
    expect(r.stdout).toContain("    + destination country: 미국 (added, L64)");
    expect(r.stdout).toContain("  Content changed: yes");
    expect(r.stdout).not.toContain("removed");
  });

  it("markdown: a facts table with exactly the three additions and the comparison table", () => {
    const r = runCli(["diff", "--format", "markdown", OLD, NEW]);
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => /^\| (?:추가|삭제|연장|단축) \|/.test(l));
    expect(rows).toEqual(["| 추가 | 처리 항목 | 생년월일 | L5 |", "| 추가 | 국외 이전받는 자 | Amazon Web Services, Inc. | L63 |", "| 추가 | 이전 국가 | 미국 | L64 |"]);
    expect(r.stdout).toContain("<details><summary>신·구 대조표</summary>");
    expect(r.stdout).toContain("| 제1조 수집하는 개인정보의 항목 및 수집 방법 | L5 이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처 등 | L5 이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처, 생년월일 등 |");
    expect(r.stdout).toContain("| 제5조의2 개인정보의 국외 이전 |  | L61 제5조의2 개인정보의 국외 이전<br>L62 ");
  });

  it("html: one page without script, the facts and a side-by-side table per changed article", () => {
    const r = runCli(["diff", "--format", "html", OLD, NEW]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(r.stdout).not.toMatch(/<script/i);
    const facts = [...r.stdout.matchAll(/<tr data-kind="([\w-]+)" data-change="(\w+)">.*?<td class="what">([^<]*)<\/td>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(facts).toEqual([
      ["item", "added", "생년월일"],
      ["overseas-recipient", "added", "Amazon Web Services, Inc."],
      ["country", "added", "미국"],
    ]);
    expect([...r.stdout.matchAll(/<div class="article" data-change="(\w+)">/g)].map((m) => m[1])).toEqual(["changed", "added"]);
    expect(r.stdout).toContain("<ins>, 생년월일</ins>");
  });

  it("writes the report to --output-file", () => {
    const repo = makeRepo();
    repos.push(repo);
    const out = `${repo.dir}/report.html`;
    const r = runCli(["diff", "--format", "html", "-o", out, OLD, NEW]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("신·구 대조표");
  });
});

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

describe("what is not a change", () => {
  it("the same file: nothing", () => {
    const [d] = diffJson(OLD, OLD);
    expect(d).toMatchObject({ contentChanged: false, elements: [], facts: [], history: [], articles: [] });
  });

  it("spacing, line breaks, bullets and article numbering only: nothing", async () => {
    const text = readFileSync(OLD, "utf8");
    const reformatted = text
      .replace(/^제(\d+)조 /gm, (_, n: string) => `${n}. `)
      .replace(/^• /gm, "- ")
      .replace(/, /g, ",  ")
      .replace("회원 가입 의사 확인, 회원제 서비스 제공에 따른", "회원 가입 의사 확인,\n회원제 서비스 제공에 따른");
    expect(reformatted).not.toBe(text);
    const d = diffPolicies(await model(text), await model(reformatted));
    expect(d.contentChanged).toBe(false);
    expect(d.facts).toEqual([]);
    expect(d.elements).toEqual([]);
  });

  it("a new effective date with a history entry: only meta passages, no content change", async () => {
    const base = "# 개인정보 처리방침\n\n## 1. 처리 목적\n\n회원 관리를 위하여 처리합니다.\n\n## 2. 처리방침의 변경\n\n이 방침은 2026년 1월 1일부터 시행합니다.\n\n### 변경 이력\n\n- 2026. 1. 1. 제정\n";
    const next = base.replace("2026년 1월 1일", "2026년 3월 1일").replace("- 2026. 1. 1. 제정", "- 2026. 3. 1. 개정\n- 2026. 1. 1. 제정");
    const d = diffPolicies(await model(base, "p.md"), await model(next, "p.md"));
    expect(d.contentChanged).toBe(false);
    expect(d.history.map((h) => [h.date, h.text])).toEqual([["2026-03-01", "2026. 3. 1. 개정"]]);
    expect(d.articles.flatMap((a) => a.passages.map((p) => p.meta))).toEqual([true, true]);
    expect(d.effectiveDate.new?.date).toBe("2026-03-01");
  });
});

describe("what is a change", () => {
  it("renumbered and renamed articles are matched by their topic; a removed article is shown where it stood", async () => {
    const base = "# 개인정보 처리방침\n\n## 1. 처리 목적\n\n회원 관리, 고객 상담\n\n## 2. 개인정보의 제3자 제공\n\n회사는 (주)가나다에 이름을 제공합니다.\n\n## 3. 파기\n\n지체 없이 파기합니다.\n";
    const next = "# 개인정보 처리방침\n\n## 1. 개인정보의 처리 목적\n\n회원 관리, 고객 상담, 마케팅\n\n## 2. 파기\n\n지체 없이 파기합니다.\n";
    const d = diffPolicies(await model(base, "p.md"), await model(next, "p.md"));
    expect(d.articles.map((a) => [a.change, a.title])).toEqual([
      ["changed", "1. 개인정보의 처리 목적"],
      ["removed", "2. 개인정보의 제3자 제공"],
    ]);
    expect(d.facts.map((f) => [f.change, f.kind, f.text])).toEqual([
      ["added", "purpose", "마케팅"],
      ["removed", "recipient", "(주)가나다"],
    ]);
  });

  it("retention periods: longer and shorter, with the periods as written", async () => {
    const base = "# 개인정보 처리방침\n\n## 개인정보의 보유 기간\n\n- 회원 정보: 탈퇴 후 1년\n- 상담 기록: 3년\n";
    const next = base.replace("탈퇴 후 1년", "탈퇴 후 5년").replace("상담 기록: 3년", "상담 기록: 6개월");
    const d = diffPolicies(await model(base, "p.md"), await model(next, "p.md"));
    expect(d.facts.map((f) => [f.change, f.before, f.after])).toEqual([
      ["longer", "1년", "5년"],
      ["shorter", "3년", "6개월"],
    ]);
  });

  it("officer and contacts", async () => {
    const base = "# 개인정보 처리방침\n\n## 개인정보 보호책임자\n\n- 성명: 홍길동\n- 연락처: 02-123-4567, privacy@example.com\n";
    const next = base.replace("홍길동", "김철수").replace("02-123-4567", "02-765-4321");
    const d = diffPolicies(await model(base, "p.md"), await model(next, "p.md"));
    expect(d.facts.map((f) => [f.change, f.kind, f.text])).toEqual([
      ["added", "officer", "김철수"],
      ["added", "contact", "02-765-4321"],
      ["removed", "officer", "홍길동"],
      ["removed", "contact", "02-123-4567"],
    ]);
  });
});

describe("diff --base and bad input", () => {
  it("--base lists the changed files only, and new files as new", () => {
    const repo = makeRepo();
    repos.push(repo);
    const seed = readFileSync(OLD, "utf8");
    repo.commit({ "a/privacy.txt": seed, "a/same.txt": seed }, "2026-11-01");
    writeFileSync(`${repo.dir}/a/privacy.txt`, readFileSync(NEW, "utf8"));
    writeFileSync(`${repo.dir}/a/new.txt`, seed);
    const r = runCli(["diff", "--format", "json", "--base", "HEAD", "a"], { cwd: repo.dir });
    expect(r.status, r.stderr).toBe(0);
    const reports = JSON.parse(r.stdout) as JsonDiff[];
    expect(reports.map((x) => [x.path, x.newFile])).toEqual([
      ["a/new.txt", true],
      ["a/privacy.txt", false],
    ]);
    expect(reports[1].facts.length).toBe(3);
  });

  it.each([
    [["diff", OLD], "policy-lint diff: diff needs two files, OLD and NEW (or --base <git-ref> with files)\n"],
    [["diff", OLD, "missing.txt"], "policy-lint diff: missing.txt: no such file or directory\n"],
    [["diff", "--format", "xml", OLD, NEW], "policy-lint diff: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, markdown, html.\n"],
    [["diff", "--base", "HEAD"], "policy-lint diff: diff --base needs the files to compare (e.g. policy-lint diff --base origin/main privacy.md)\n"],
  ])("%j: one line, exit 2", (args, stderr) => {
    const r = runCli(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });

  it("an unknown ref: one line, exit 2", () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "p.txt": "x" }, "2026-11-01");
    const r = runCli(["diff", "--base", "v9", "p.txt"], { cwd: repo.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint diff: --base v9: unknown revision (not a branch, tag or commit of this repository)\n");
  });
});

describe("comparison helpers", () => {
  it("list parts: enumerations split outside brackets; sentences are not lists", () => {
    expect(listParts("• 전자적 기기 정보(모델명, 디바이스 아이디 등 포함), 쿠키, IP 주소 등", 30)).toEqual(["전자적 기기 정보(모델명, 디바이스 아이디 등 포함)", "쿠키", "IP 주소"]);
    expect(listParts("필수항목: 이름, 이메일", 30)).toEqual(["이름", "이메일"]);
    expect(listParts("실시간 채팅 또는 전화 상담을 할 경우, 상담에 필요한 개인정보를 요청하거나 수집할 수 있습니다.", 30)).toEqual([]);
  });

  it("normalised text ignores markers and spacing, not words", () => {
    expect(normalizeText("① 회원은  언제든지 ·")).toBe(normalizeText("1. 회원은 언제든지 ㆍ"));
    expect(normalizeText("제3조 보유 기간")).toBe(normalizeText("3) 보유기간"));
    expect(normalizeText("이름, 이메일")).not.toBe(normalizeText("이름, 이메일, 주소"));
  });

  it("stays fast on long hostile documents", async () => {
    const long = `# 개인정보 처리방침\n\n## 개인정보의 처리 위탁\n\n${"수탁업체: (주)가 , ".repeat(20_000)}\n\n${"- 이름, 이메일\n".repeat(5_000)}`;
    const other = long.replace(/이메일/g, "주소");
    const [a, b] = [await model(long, "p.md"), await model(other, "p.md")];
    const start = performance.now();
    const d = diffPolicies(a, b);
    expect(d.contentChanged).toBe(true);
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 180_000);
});
