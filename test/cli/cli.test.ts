import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { lintJson, ROOT, runCli } from "../helpers/run-cli.js";

const SEED = "fixtures/seeds/004_2bead2da7e852597.txt";
const seedText = readFileSync(join(ROOT, SEED), "utf8");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "policy-lint-cli-"));
}

describe("exit codes and output", () => {
  it("exits 1 with located findings on a policy with errors", () => {
    const run = runCli([SEED]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\s+2:1\s+오류\s+개인정보의 국외 이전 고지가 없습니다/m);
    expect(run.stdout).toContain("overseas-transfer");
    expect(run.stdout).toMatch(/✖ 문제 \d+건 \(오류 1, 경고 \d+\)/);
  });

  it("exits 0 on a compliant policy and prints nothing", () => {
    const run = runCli(["fixtures/compliant/school-policy.txt"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
  });

  it("prints English messages with --locale en", () => {
    const run = runCli(["--locale", "en", SEED]);
    expect(run.stdout).toContain("No overseas-transfer disclosure");
    expect(run.stdout).not.toContain("PIPA Enforcement Decree Art. 31(1) item 2");
    const verbose = runCli(["--locale", "en", "--verbose", SEED]);
    expect(verbose.stdout).toContain("Basis: PIPA Enforcement Decree Art. 31(1) item 2");
  });

  it("JSON output is ESLint-compatible", () => {
    const results = lintJson([SEED]);
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r.filePath).toBe(SEED);
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
    for (const m of r.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(["ruleId", "messageId", "severity", "message", "line", "column", "endLine", "endColumn"]));
    }
  });

  it("--max-warnings turns warnings into a failing exit", () => {
    const dir = tempDir();
    const file = join(dir, "p.txt");
    writeFileSync(file, readFileSync(join(ROOT, "fixtures/compliant/school-policy.txt"), "utf8").replace(/권익침해 구제방법[\s\S]*?제13조/, "제13조"));
    expect(runCli([file]).status).toBe(0);
    const run = runCli(["--max-warnings", "0", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("too many warnings");
  });

  it("--quiet hides warnings", () => {
    const run = runCli(["--quiet", "--format", "json", SEED]);
    const [r] = JSON.parse(run.stdout);
    expect(r.messages.every((m: { severity: number }) => m.severity === 2)).toBe(true);
  });

  it("--rule overrides a severity from the command line", () => {
    const [r] = lintJson(["--rule", "overseas-transfer:off", SEED]);
    expect(r.messages.some((m) => m.ruleId === "overseas-transfer")).toBe(false);
    expect(runCli(["--rule", "overseas-transfer:off", SEED]).status).toBe(0);
  });

  it.each([
    [["--format", "nope", SEED], /unknown format "nope"/],
    [["--rule", "no-such-rule:error", SEED], /no-such-rule.*not a known rule/],
    [["--rule", "title:loud", SEED], /invalid severity/],
    [["--max-warnings", "x", SEED], /--max-warnings/],
    [["--bogus", SEED], /unknown option/],
    [[], /no files given/],
  ])("usage error %j exits 2 with one line on stderr", (args, pattern) => {
    const run = runCli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("a missing file is a fatal error for that file only; the others are still linted", () => {
    const run = runCli(["--format", "json", "nope.txt", SEED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nope.txt: no such file or directory");
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(2);
    expect(results[1].messages.length).toBeGreaterThan(0);
  });

  it("lints stdin with --stdin-filename", () => {
    const run = runCli(["--stdin", "--stdin-filename", "policy.txt", "--format", "json"], { input: seedText });
    const [r] = JSON.parse(run.stdout);
    expect(r.filePath).toBe("policy.txt");
    expect(r.messages.some((m: { ruleId: string }) => m.ruleId === "overseas-transfer")).toBe(true);
  });

  it("--version and --help exit 0", () => {
    expect(runCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--print-outline");
  });

  it("--list-rules lists every rule with its legal basis", () => {
    const run = runCli(["--list-rules"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("privacy-officer");
    expect(run.stdout).toContain("개인정보 보호법 제30조제1항제6호");
  });
});

describe("--print-outline", () => {
  it("shows every article of seed 004 with a topic and the consignment table split into columns", () => {
    const run = runCli(["--print-outline", SEED]);
    expect(run.status).toBe(0);
    for (let n = 1; n <= 14; n++) expect(run.stdout).toMatch(new RegExp(`제${n}조 `));
    expect(run.stdout).toContain("제5조 개인정보의 처리위탁  [consignment]");
    expect(run.stdout).toContain("table 1 at line 54: 5 rows × 3 columns");
    expect(run.stdout).toContain("수탁업체 | 위탁업무 내용 | 위탁 기간");
    expect(run.stdout).toContain("Microsoft Azure | 정보시스템(서버, DB, 네트워크) | 회원 탈퇴시 혹은 위탁 계약 종료 및 서비스 종료 시까지");
  });

  it("shows seed 000's headings and its table of contents", () => {
    const run = runCli(["--print-outline", "fixtures/seeds/000_178a53fb2025d18c.txt"]);
    expect(run.stdout).toContain("table of contents:");
    expect(run.stdout).toMatch(/18\s+· 개인정보에 대한 회원의 권리 및 행사방법\s+\[rights\]/);
    expect(run.stdout).toMatch(/개인정보보호 관리담당자\s+\[privacy-officer\]/);
  });
});

describe("encodings and line endings", () => {
  const variants: [string, Buffer][] = [
    ["utf8", Buffer.from(seedText, "utf8")],
    ["utf8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, "utf8")])],
    ["utf16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")])],
    ["cp949", iconv.encode(seedText, "cp949")],
    ["crlf", Buffer.from(seedText.replace(/\n/g, "\r\n"), "utf8")],
  ];
  it("gives identical findings whatever the encoding or line endings", () => {
    const dir = tempDir();
    const outputs = variants.map(([name, bytes]) => {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, bytes);
      const [r] = lintJson([file]);
      return JSON.stringify(r.messages.map(({ fix: _fix, ...m }) => m));
    });
    for (const out of outputs) expect(out).toBe(outputs[0]);
  });
});

describe("--fix", () => {
  it("leaves a heading about another subject alone although it was taken for the title (seed 000)", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    copyFileSync(join(ROOT, "fixtures/seeds/000_178a53fb2025d18c.txt"), file);
    const before = readFileSync(file, "utf8");
    const run = runCli(["--fix", "--rule", "legacy-terms:off", file]);
    expect(run.status).toBe(1);
    // "인터넷 개인정보 보호정책의 기본방향" is about a policy direction, not this document's name.
    expect(readFileSync(file, "utf8")).toBe(before);
    const [r] = lintJson([file]);
    expect(r.messages.filter((m) => m.ruleId === "title").map((m) => m.fix)).toEqual([undefined]);
  });

  it("fixes law-name spacing in seed 004 but not an agency entry it cannot fix whole; re-linting offers no fix", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    copyFileSync(join(ROOT, SEED), file);
    runCli(["--fix", file]);
    const fixed = readFileSync(file, "utf8");
    expect(fixed).not.toContain("「개인정보보호법」");
    // cyber.go.kr has no confirmed successor, so the renamed body is not put beside it.
    expect(fixed).toContain("• 경찰청 사이버테러대응센터 (https://cyber.go.kr/, 국번없이 182)");
    // No confirmed replacement: 대검찰청 stays for a person to decide.
    expect(fixed).toContain("대검찰청");
    const [r] = lintJson([file]);
    expect(r.messages.filter((m) => m.fix)).toEqual([]);
    expect(r.messages.some((m) => m.message.includes("사이버테러대응센터"))).toBe(true);
  });

  it("--fix-dry-run prints a unified diff and leaves the file alone", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    copyFileSync(join(ROOT, SEED), file);
    const run = runCli(["--fix-dry-run", file]);
    expect(run.stdout).toMatch(/^--- a\/.*policy\.txt/m);
    expect(run.stdout).toMatch(/^-.*「개인정보보호법」/m);
    expect(run.stdout).toMatch(/^\+.*「개인정보 보호법」/m);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("keeps CP949 encoding and CRLF line endings when writing fixes", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    const crlf = seedText.replace(/\n/g, "\r\n");
    writeFileSync(file, iconv.encode(crlf, "cp949"));
    runCli(["--fix", file]);
    const written = iconv.decode(readFileSync(file), "cp949");
    expect(written).toContain("「개인정보 보호법」");
    expect(written.split("\r\n").length).toBe(crlf.split("\r\n").length);
    expect(written.replace(/\r\n/g, "")).not.toContain("\n");
  });
});

describe("configuration", () => {
  it.each([
    [".policy-lintrc.json", "{ broken", /\.policy-lintrc\.json: cannot be parsed/],
    [".policy-lintrc.json", JSON.stringify({ rules: { nope: "error" } }), /\.policy-lintrc\.json: "rules\.nope" is not a known rule/],
    [".policy-lintrc.json", JSON.stringify({ rules: { title: "loud" } }), /"rules\.title" has invalid severity/],
    [".policy-lintrc.json", JSON.stringify({ rules: { title: ["warn", { x: 1 }] } }), /"rules\.title" has unknown option "x"/],
    [".policy-lintrc.json", JSON.stringify({ facts: { thirdparty: true } }), /"facts\.thirdparty" is not a known fact/],
    [".policy-lintrc.json", JSON.stringify({ extends: "eslint:recommended" }), /unknown preset "eslint:recommended"/],
    [".policy-lintrc.yaml", "rules:\n  title: [warn\n", /\.policy-lintrc\.yaml: cannot be parsed/],
    [".policy-lintrc.json", JSON.stringify({ color: true }), /unknown key "color"/],
  ])("%s with %j exits 2 naming the file and key", (name, content, pattern) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    copyFileSync(join(ROOT, SEED), join(dir, "p.txt"));
    const run = runCli(["p.txt"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("facts make a conditional element an error, and rules and overrides apply per file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.txt"), "개인정보 처리방침\n제1조(개인정보의 처리 목적)\n회원 관리를 위하여 이메일을 수집·이용합니다.\n");
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "x", "policy-lint": { facts: { thirdParty: true }, rules: { redress: "off" }, overrides: [{ files: ["p.txt"], rules: { "safety-measures": "warn" } }] } }),
    );
    const [r] = lintJson(["p.txt"], { cwd: dir });
    const sev = (rule: string) => r.messages.find((m) => m.ruleId === rule)?.severity;
    expect(sev("third-party")).toBe(2);
    expect(sev("consignment")).toBe(1);
    expect(sev("redress")).toBeUndefined();
    expect(sev("safety-measures")).toBe(1);
    const printed = JSON.parse(runCli(["--print-config", "p.txt"], { cwd: dir }).stdout);
    expect(printed.facts).toEqual({ thirdParty: true });
    expect(printed.rules.redress).toBe("off");
  });

  it("loads rules from a plugin package, named <plugin>/<rule>, configurable like built-in ones", () => {
    const dir = tempDir();
    const pkg = join(dir, "node_modules", "policy-lint-plugin-acme");
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "policy-lint-plugin-acme", type: "module", main: "index.js" }));
    writeFileSync(
      join(pkg, "index.js"),
      `export default { rules: { "customer-center": {
        meta: { id: "customer-center", defaultSeverity: "warn", requirement: "SHOULD", legalBasis: [], docsUrl: "https://acme.example/rules/customer-center",
          description: { ko: "고객센터 번호", en: "customer centre number" },
          messages: { missing: { ko: "고객센터 번호가 없습니다.", en: "No customer centre number." } } },
        check(policy, ctx) { if (!policy.text.includes("1588-0000")) ctx.report({ messageId: "missing", at: "document" }); },
      } } };`,
    );
    writeFileSync(join(dir, ".policy-lintrc.json"), JSON.stringify({ plugins: ["policy-lint-plugin-acme"], rules: { "acme/customer-center": "error" } }));
    copyFileSync(join(ROOT, "fixtures/compliant/school-policy.txt"), join(dir, "p.txt"));
    const run = runCli(["--format", "json", "p.txt"], { cwd: dir });
    expect(run.status).toBe(1);
    const [r] = JSON.parse(run.stdout);
    expect(r.messages).toEqual([
      expect.objectContaining({ ruleId: "acme/customer-center", messageId: "missing", severity: 2, message: "고객센터 번호가 없습니다.", docsUrl: "https://acme.example/rules/customer-center" }),
    ]);
  });

  it("inline directives disable rules", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.md"), "<!-- policy-lint-disable redress, title -->\n# 개인정보 보호정책\n\n본문\n");
    const [r] = lintJson(["p.md"], { cwd: dir });
    expect(r.messages.some((m) => m.ruleId === "redress" || m.ruleId === "title")).toBe(false);
    expect(r.messages.some((m) => m.ruleId === "purpose")).toBe(true);
  });
});
