/**
 * change-notice compares a policy with its version at a git ref. Every case is a real repository
 * in a temporary folder: the earlier version committed on 2026-11-01, the working tree holding the
 * new one, linted with --base HEAD on --today 2026-11-30.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLinter, lintFiles } from "../../src/api.js";
import { makeRepo, type TestRepo } from "../helpers/git-repo.js";
import { fixture, runCli } from "../helpers/run-cli.js";

const BASE = readFileSync(fixture("change-notice/base.md"), "utf8");
const TODAY = "2026-11-30";

/** The base policy with its effective date, history entry and a replacement applied. */
function version(options: { date?: string; history?: string; replace?: [string, string][]; append?: string } = {}): string {
  let text = BASE;
  if (options.date) text = text.replace("2026년 1월 1일부터 적용됩니다", `${options.date}부터 적용됩니다`);
  if (options.history) text = text.replace("- 2026. 1. 1. 제정", `- ${options.history}\n- 2026. 1. 1. 제정`);
  for (const [from, to] of options.replace ?? []) {
    expect(text, `fixture contains ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  return text + (options.append ?? "");
}

const OVERSEAS = [
  "",
  "## 5. 개인정보의 국외 이전",
  "",
  "회사는 데이터 보관을 위하여 다음과 같이 개인정보를 국외로 이전합니다.",
  "",
  "- 이전받는 자: Amazon Web Services, Inc. (aws-korea-privacy@amazon.com)",
  "- 이전되는 국가: 미국",
  "- 이전 시기 및 방법: 서비스 이용 시 네트워크를 통한 전송",
  "- 이전 항목: 이름, 이메일",
  "- 보유 기간: 회원 탈퇴 시까지",
  "- 거부 방법: 개인정보 보호책임자에게 이메일로 거부할 수 있으며, 거부하면 서비스를 이용할 수 없습니다.",
  "",
].join("\n");

const repos: TestRepo[] = [];
const temps: string[] = [];
afterAll(() => {
  repos.forEach((r) => r.remove());
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** Commits the base version on 2026-11-01, writes `next` to the working tree and lints with --base HEAD. */
async function lintChange(next: string, base = BASE) {
  const repo = makeRepo();
  repos.push(repo);
  repo.commit({ "privacy.md": base }, "2026-11-01");
  repo.write({ "privacy.md": next });
  const linter = await createLinter({ cwd: repo.dir, config: false, base: "HEAD", today: TODAY });
  const [result] = await lintFiles(["privacy.md"], linter);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === "change-notice");
}

const summary = (messages: Awaited<ReturnType<typeof lintChange>>) => messages.map((m) => ({ messageId: m.messageId, line: m.line, severity: m.severity }));

describe("change-notice with --base in a real repository", () => {
  it("an unchanged policy: no finding", async () => {
    expect(await lintChange(BASE)).toEqual([]);
  });

  it("formatting-only edits (numbering, bullets, spacing, reflow): no finding", async () => {
    const reformatted = BASE.replace(/## (\d)\. /g, "## 제$1조 ")
      .replace("- 필수항목: 이름, 이메일, 휴대전화번호", "* 필수항목:  이름,  이메일,  휴대전화번호")
      .replace("회사는 회원 관리, 서비스 제공을 위하여 개인정보를 처리합니다.", "회사는 회원 관리, 서비스 제공을\n위하여 개인정보를   처리합니다.")
      .replace("| (주)한국결제 | 결제 대행 |", "|   (주)한국결제   |   결제 대행   |");
    expect(reformatted).not.toBe(BASE);
    expect(await lintChange(reformatted)).toEqual([]);
  });

  it("content changed, effective date not: date-not-updated at the date, and no history entry", async () => {
    const messages = await lintChange(version({ replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }));
    expect(summary(messages)).toEqual([
      { messageId: "history-missing", line: 17, severity: 1 },
      { messageId: "date-not-updated", line: 19, severity: 2 },
    ]);
    expect(messages[1].message).toContain("HEAD 이후 내용이 바뀌었지만 시행일(2026-01-01)은 그대로입니다");
  });

  it("a new date 3 days out when the policy promises 7: notice-too-short, an error", async () => {
    const messages = await lintChange(version({ date: "2026년 12월 3일", history: "2026. 12. 3. 개정", replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }));
    expect(summary(messages)).toEqual([{ messageId: "notice-too-short", line: 19, severity: 2 }]);
    expect(messages[0].message).toContain("새 시행일(2026-12-03)이 변경일(2026-11-30)로부터 3일 뒤입니다");
    expect(messages[0].message).toContain("'7일 전'");
  });

  it("a new date 10 days out is enough", async () => {
    expect(await lintChange(version({ date: "2026년 12월 10일", history: "2026. 12. 10. 개정", replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }))).toEqual([]);
  });

  it("a new overseas recipient: significant-change names it and its country; 30 days apply", async () => {
    const messages = await lintChange(version({ date: "2026년 12월 10일", history: "2026. 12. 10. 개정", append: OVERSEAS }));
    expect(summary(messages)).toEqual([
      { messageId: "notice-too-short", line: 19, severity: 2 },
      { messageId: "significant-change", line: 30, severity: 1 },
      { messageId: "significant-change", line: 31, severity: 1 },
    ]);
    expect(messages[0].message).toContain("'30일 전'");
    expect(messages[1].message).toContain("국외 이전받는 자 'Amazon Web Services, Inc.' 추가");
    expect(messages[1].message).toContain("새로 동의를 받아야");
    expect(messages[2].message).toContain("이전 국가 '미국' 추가");
  });

  it("a new overseas recipient announced 46 days ahead: only the significant-change reminders", async () => {
    const messages = await lintChange(version({ date: "2027년 1월 15일", history: "2027. 1. 15. 개정", append: OVERSEAS }));
    expect(messages.map((m) => m.messageId)).toEqual(["significant-change", "significant-change"]);
  });

  it("a new date but no history entry: history-missing, a warning at the changes section", async () => {
    const messages = await lintChange(version({ date: "2026년 12월 10일", replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }));
    expect(summary(messages)).toEqual([{ messageId: "history-missing", line: 17, severity: 1 }]);
  });

  it("a policy that promises no period: 7 days of practice, only a warning", async () => {
    const quiet = BASE.replace(" 내용이 변경되는 경우 시행 7일 전부터 홈페이지 공지사항을 통하여 알리며, 이용자 권리에 중요한 변경이 있는 경우에는 30일 전에 알리겠습니다.", " 변경 시 홈페이지 공지사항을 통하여 알리겠습니다.");
    const next = quiet.replace("2026년 1월 1일부터", "2026년 12월 2일부터").replace("- 2026. 1. 1. 제정", "- 2026. 12. 2. 개정\n- 2026. 1. 1. 제정").replace("| 결제 대행 |", "| 결제 및 환불 대행 |");
    const messages = await lintChange(next, quiet);
    expect(summary(messages)).toEqual([{ messageId: "notice-too-short", line: 19, severity: 1 }]);
    expect(messages[0].message).toContain("법정 기간은 아님");
  });

  it("a longer retention period is a significant change", async () => {
    const base = BASE.replace("- 필수항목: 이름, 이메일, 휴대전화번호", "- 필수항목: 이름, 이메일, 휴대전화번호\n\n## 2-1. 개인정보의 보유 기간\n\n- 회원 정보: 회원 탈퇴 후 1년");
    const next = base.replace("회원 탈퇴 후 1년", "회원 탈퇴 후 3년").replace("2026년 1월 1일부터", "2027년 1월 15일부터").replace("- 2026. 1. 1. 제정", "- 2027. 1. 15. 개정\n- 2026. 1. 1. 제정");
    const messages = await lintChange(next, base);
    expect(messages.map((m) => m.messageId)).toEqual(["significant-change"]);
    expect(messages[0].message).toContain("보유 기간 연장");
    expect(messages[0].message).toContain("1년 → 3년");
  });

  it("a file new at the base is not a change", async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "README.md": "# 안내\n" }, "2026-11-01");
    repo.write({ "privacy.md": BASE });
    const [result] = await lintFiles(["privacy.md"], await createLinter({ cwd: repo.dir, config: false, base: "HEAD", today: TODAY }));
    expect(result.messages.filter((m) => m.ruleId === "change-notice")).toEqual([]);
  });

  it("is silent without --base", async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "privacy.md": BASE }, "2026-11-01");
    repo.write({ "privacy.md": version({ replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }) });
    const [result] = await lintFiles(["privacy.md"], await createLinter({ cwd: repo.dir, config: false, today: TODAY }));
    expect(result.messages.filter((m) => m.ruleId === "change-notice")).toEqual([]);
  });

  it("compares with an older commit by ref, in English", async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "policies/privacy.md": BASE }, "2026-11-01");
    repo.git("tag", "v1");
    repo.commit({ "policies/privacy.md": version({ replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }) }, "2026-11-20");
    const r = runCli(["--format", "json", "--locale", "en", "--base", "v1", "--today", TODAY, "--rule", "change-notice:error", "policies/privacy.md"], { cwd: repo.dir });
    expect(r.status, r.stderr).toBe(1);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; messageId: string; message: string }[] }[];
    const own = file.messages.filter((m) => m.ruleId === "change-notice");
    expect(own.map((m) => m.messageId)).toEqual(["history-missing", "date-not-updated"]);
    expect(own[1].message).toContain("The content changed since v1 but the effective date (2026-01-01) did not");
  });
  it("finds the file's earlier version from a subfolder and for a path outside it", () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "policies/privacy.md": BASE, "other/privacy.md": BASE }, "2026-11-01");
    const changed = version({ replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] });
    repo.write({ "policies/privacy.md": changed, "other/privacy.md": changed });
    const r = runCli(["--format", "json", "--base", "HEAD", "--today", TODAY, "privacy.md", "../other/privacy.md"], { cwd: join(repo.dir, "policies") });
    expect(r.status, r.stderr).toBe(1);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; messageId: string }[] }[];
    expect(files.map((f) => [f.filePath, f.messages.filter((m) => m.ruleId === "change-notice").map((m) => m.messageId)])).toEqual([
      [join(repo.dir, "policies", "privacy.md"), ["history-missing", "date-not-updated"]],
      [join(repo.dir, "other", "privacy.md"), ["history-missing", "date-not-updated"]],
    ]);
  });
});

describe("--base errors: one line, exit 2", () => {
  it("an unknown ref", () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "privacy.md": BASE }, "2026-11-01");
    const r = runCli(["--base", "no-such-branch", "privacy.md"], { cwd: repo.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint: --base no-such-branch: unknown revision (not a branch, tag or commit of this repository)\n");
  });

  it("a folder that is not a repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-no-repo-"));
    temps.push(dir);
    writeFileSync(join(dir, "privacy.md"), BASE);
    const outside = runCli(["--base", "HEAD", "privacy.md"], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/^policy-lint: --base HEAD: .+ is not inside a git repository\n$/);
  });

  it("git missing from PATH", () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ "privacy.md": BASE }, "2026-11-01");
    const r = runCli(["--base", "HEAD", "privacy.md"], { cwd: repo.dir, env: { PATH: "/nonexistent" } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("policy-lint: --base needs git, and git was not found on PATH\n");
  });

  it("a shallow clone that lacks the base commit", () => {
    const origin = makeRepo();
    repos.push(origin);
    const first = origin.commit({ "privacy.md": BASE }, "2026-11-01");
    origin.commit({ "privacy.md": version({ replace: [["| 결제 대행 |", "| 결제 및 환불 대행 |"]] }) }, "2026-11-20");
    const clone = makeRepo();
    repos.push(clone);
    clone.git("fetch", "-q", "--depth=1", `file://${origin.dir}`, "HEAD");
    clone.git("checkout", "-q", "FETCH_HEAD");
    expect(clone.git("rev-parse", "--is-shallow-repository").trim()).toBe("true");
    const r = runCli(["--base", first, "privacy.md"], { cwd: clone.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`policy-lint: --base ${first}: not in this shallow clone; fetch it first (git fetch --depth=1 origin ${first}, or actions/checkout with fetch-depth: 0)\n`);
  });

  it("a bad --today", () => {
    const r = runCli(["--today", "2026-02-30", fixture("change-notice/base.md")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('policy-lint: --today must be a date as YYYY-MM-DD, got "2026-02-30"\n');
  });

  it("the first commit of a new repository: every file is new, nothing to compare", () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.write({ "privacy.md": BASE });
    repo.git("add", "-A");
    const r = runCli(["--format", "json", "--base", "HEAD", "--today", TODAY, "privacy.md"], { cwd: repo.dir });
    expect([0, 1]).toContain(r.status);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(file.messages.filter((m) => m.ruleId === "change-notice")).toEqual([]);
  });
});
