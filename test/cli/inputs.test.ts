/**
 * What gets linted, through the real binary: policies and not every document, .gitignore and
 * ignorePatterns, paths that match nothing, report files in new folders, and config files that
 * cannot be parsed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

const POLICY = readFileSync(fixture("seeds/004_2bead2da7e852597.txt"));
const GOOD = readFileSync(fixture("compliant/school-policy.txt"));
const CHANGELOG = "# Changelog\n\n## 0.2.0\n\n- 개인정보 처리방침 링크를 바닥글에 추가\n- 로그인 오류 수정\n";
const SKIPPED = "개인정보 처리방침으로 보이지 않아 건너뜁니다";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-lint-inputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string, files: Record<string, string | Buffer>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function lintedFiles(stdout: string, root: string): string[] {
  return (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(root.length + 1)).sort();
}

describe("documents that are not privacy policies", () => {
  const files = { "README.md": readFileSync(join(ROOT, "README.md")), "CHANGELOG.md": CHANGELOG, "docs/privacy.txt": GOOD };

  it("are skipped with one note each when a directory brings them in", () => {
    const root = project("walk", files);
    const run = runCli(["--format", "json", "."], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(lintedFiles(run.stdout, root)).toEqual(["docs/privacy.txt"]);
    expect(run.stderr).toBe(`policy-lint: CHANGELOG.md: ${SKIPPED}\npolicy-lint: README.md: ${SKIPPED}\n`);
  });

  it("are skipped when a glob brings them in", () => {
    const root = project("glob", files);
    const run = runCli(["--locale", "en", "**/*.md"], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("policy-lint: CHANGELOG.md: skipped: does not look like a privacy policy\npolicy-lint: README.md: skipped: does not look like a privacy policy\n");
  });

  it("get one finding of their own when named", () => {
    const root = project("named", files);
    const run = runCli(["--format", "json", "CHANGELOG.md", "docs/privacy.txt"], { cwd: root });
    expect(run.status).toBe(1);
    const [changelog, policy] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; messageId: string; message: string; severity: number }[] }[];
    expect(changelog.messages).toHaveLength(1);
    expect(changelog.messages[0]).toMatchObject({ ruleId: null, messageId: "not-a-policy", severity: 2 });
    expect(changelog.messages[0].message).toMatch(/^개인정보 처리방침으로 보이지 않습니다/);
    expect(policy.messages.every((m) => m.messageId !== "not-a-policy")).toBe(true);
    expect(run.stderr).toBe("");
  });

  it("are skipped even when named under --skip-non-policies (the pre-commit hook)", () => {
    const root = project("hook", files);
    const run = runCli(["--skip-non-policies", "README.md", "CHANGELOG.md"], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split("\n")).toHaveLength(2);
  });

  it("are never a policy that is short: a title-only stub is linted", () => {
    const root = project("stub", { "stub.md": "# 개인정보 처리방침\n" });
    const run = runCli(["--format", "json", "."], { cwd: root });
    expect(run.status).toBe(1);
    const [stub] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    expect(stub.messages.filter((m) => m.ruleId === "purpose")).toHaveLength(1);
  });
});

describe("directory walks and globs", () => {
  it("leave out what .gitignore files ignore, nested ones and negations included", () => {
    const root = project("gitignore", {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".gitignore": "build/\n*.draft.md\n",
      "policy.md": POLICY,
      "build/policy.md": POLICY,
      "old.draft.md": POLICY,
      "docs/.gitignore": "archive/\n!keep.draft.md\n",
      "docs/archive/2019.md": POLICY,
      "docs/keep.draft.md": POLICY,
      "docs/current.md": POLICY,
    });
    const walked = runCli(["--format", "json", "."], { cwd: root });
    expect(lintedFiles(walked.stdout, root)).toEqual(["docs/current.md", "docs/keep.draft.md", "policy.md"]);
    const globbed = runCli(["--format", "json", "**/*.md"], { cwd: root });
    expect(lintedFiles(globbed.stdout, root)).toEqual(["docs/current.md", "docs/keep.draft.md", "policy.md"]);
    // Walked from a subfolder, the repository root's .gitignore still applies.
    const sub = runCli(["--format", "json", "."], { cwd: join(root, "docs") });
    expect(lintedFiles(sub.stdout, join(root, "docs"))).toEqual(["current.md", "keep.draft.md"]);
    // A file named on the command line is linted even when ignored.
    expect(lintedFiles(runCli(["--format", "json", "build/policy.md"], { cwd: root }).stdout, root)).toEqual(["build/policy.md"]);
  });

  it("leave out ignorePatterns", () => {
    const root = project("ignore-patterns", {
      ".policy-lintrc.json": JSON.stringify({ ignorePatterns: ["drafts/**"] }),
      "policy.md": POLICY,
      "drafts/next.md": POLICY,
    });
    expect(lintedFiles(runCli(["--format", "json", "."], { cwd: root }).stdout, root)).toEqual(["policy.md"]);
  });

  it("exit 2 naming a glob or a folder that matches no policy file; the other paths are still linted", () => {
    const root = project("no-match", { "policy.md": POLICY, "empty/notes.pdf": "x" });
    const run = runCli(["--format", "json", "policy.md", "privcy/*.md", "empty"], { cwd: root });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([
      "policy-lint: privcy/*.md: 이 경로나 패턴에 맞는 방침 파일(.md .markdown .txt .html .htm)이 없습니다 (.gitignore와 ignorePatterns 적용)",
      "policy-lint: empty: 이 경로나 패턴에 맞는 방침 파일(.md .markdown .txt .html .htm)이 없습니다 (.gitignore와 ignorePatterns 적용)",
    ]);
    const results = JSON.parse(run.stdout) as { fatalErrorCount: number; messages: unknown[] }[];
    expect(results.map((r) => r.fatalErrorCount)).toEqual([0, 1, 1]);
    expect(results[0].messages.length).toBeGreaterThan(0);
  });
});

describe("small things a newcomer hits", () => {
  it("a missing input file is one line in the run's language, and nothing else", () => {
    const root = project("missing", { "policy.md": GOOD });
    const ko = runCli(["nope.md"], { cwd: root });
    expect(ko.status).toBe(2);
    expect(ko.stderr).toBe("policy-lint: nope.md: 파일이나 폴더가 없습니다\n");
    expect(ko.stdout).toBe("");
    const en = runCli(["--locale", "en", "nope.md"], { cwd: root });
    expect(en.stderr).toBe("policy-lint: nope.md: no such file or directory\n");
    expect(en.stdout).toBe("");
  });

  it("-o and --sarif-file create the folders they write into; one lint gives both reports", () => {
    const root = project("output", { "policy.md": POLICY });
    const run = runCli(["policy.md", "-o", "reports/lint/out.txt", "--sarif-file", "reports/sarif/out.sarif"], { cwd: root });
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(join(root, "reports/lint/out.txt"), "utf8")).toContain("overseas-transfer");
    const sarif = JSON.parse(readFileSync(join(root, "reports/sarif/out.sarif"), "utf8"));
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === "overseas-transfer")).toBe(true);
  });

  it("JSON output gives absolute file paths, as ESLint does", () => {
    const root = project("absolute", { "docs/policy.md": POLICY });
    const [result] = JSON.parse(runCli(["--format", "json", "docs/policy.md"], { cwd: root }).stdout) as { filePath: string }[];
    expect(result.filePath).toBe(join(root, "docs", "policy.md"));
  });

  it.each([
    [".policy-lintrc.json", '{\n  "rules": {\n    "title": "error",\n  }\n}\n', "line 4, column 3: expected double-quoted property name"],
    [".policy-lintrc", '{ "rules": { "title" "error" } }', "line 1, column 22: expected ':' after property name"],
    ["package.json", '{ "name": "site",\n  "policy-lint": { "rules": { "title": "error" }\n', "line 3, column 1: expected ',' or '}' after property value"],
  ])("a JSON syntax error in %s names the line, the column and the reason", (name, text, reason) => {
    const root = project(`syntax-${name}`, { [name]: text, "policy.md": GOOD });
    const run = runCli(["policy.md"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`policy-lint: ${name}: cannot be parsed: ${reason}\n`);
  });
});

describe("explain", () => {
  it("honours --locale before or after the rule id", () => {
    const before = runCli(["--locale", "en", "explain", "privacy-officer"]);
    const after = runCli(["explain", "privacy-officer", "--locale", "en"]);
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toContain("What it checks");
    expect(before.stdout).not.toContain("무엇을 검사하나요");
    const ko = runCli(["explain", "privacy-officer"]);
    expect(ko.stdout).toContain("무엇을 검사하나요");
    expect(ko.stdout).not.toContain("What it checks");
  });

  it.each(["ko", "en"])("renders for a terminal (%s): no Markdown tables, no source keys, no links into unshipped files", (locale) => {
    for (const id of ["privacy-officer", "retention", "title", "overseas-transfer"]) {
      const run = runCli(["explain", id, "--locale", locale]);
      expect(run.status).toBe(0);
      const prose = run.stdout.split("\n").filter((l) => !l.startsWith("    "));
      for (const line of prose) {
        expect(line, id).not.toMatch(/^\s*\|.*\|\s*$|^\|?\s*-{3,}\s*\|/);
        expect(line, id).not.toMatch(/\bS-[A-Z]+\d*\b|spec §|pipa\.md/);
        expect(line, id).not.toMatch(/\]\(|\.\.\/|rules\/[a-z-]+\.ts/);
        expect(line, id).not.toMatch(/\*\*|<!--(?! policy-lint)/);
      }
    }
  });
});
