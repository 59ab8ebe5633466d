import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { LintMessage, LintResult } from "../../src/engine/types.js";
import { escapeData, escapeProperty, github } from "../../src/format/github.js";
import { fixture, runCli } from "../helpers/run-cli.js";

function message(severity: 1 | 2, line: number, text = `finding ${line}`): LintMessage {
  return { ruleId: "privacy-officer", messageId: "missing", severity, message: text, line, column: 1, endLine: line, endColumn: 5 };
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath, messages, errorCount, warningCount: messages.length - errorCount, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

const context = (env: Record<string, string | undefined> = {}) => ({ cwd: "/repo", color: false, locale: "en" as const, rules: new Map(), env });

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

describe("workflow command escaping", () => {
  it("escapes %, CR and LF in data", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
  });

  it("also escapes : and , in properties", () => {
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("escapes % before the sequences it introduces, so %0A in text stays literal", () => {
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("replaces other control characters", () => {
    expect(escapeData("a\u001b[31mb\u0007")).toBe("a\ufffd[31mb\ufffd");
  });
});

describe("github formatter", () => {
  it("prints one annotation per finding with position, title and escaped file and message", async () => {
    const out = await github([result("/repo/docs/a,b:c.md", [{ ...message(2, 3, "line1\nline2 50%"), column: 2, endLine: 4, endColumn: 7 }, message(1, 9)])], context());
    expect(out.split("\n").filter(Boolean)).toEqual([
      "::error file=docs/a%2Cb%3Ac.md,line=3,col=2,endLine=4,endColumn=7,title=policy-lint(privacy-officer)::line1%0Aline2 50%25",
      "::warning file=docs/a%2Cb%3Ac.md,line=9,col=1,endLine=9,endColumn=5,title=policy-lint(privacy-officer)::finding 9",
    ]);
  });

  it("annotates 10 errors and 10 warnings, logs the rest and says how many were hidden", async () => {
    const messages = [...Array.from({ length: 13 }, (_, i) => message(2, i + 1)), ...Array.from({ length: 11 }, (_, i) => message(1, i + 100))];
    const lines = (await github([result("/repo/p.md", messages)], context())).split("\n").filter(Boolean);
    expect(lines.filter((l) => l.startsWith("::error ")).length).toBe(10);
    expect(lines.filter((l) => l.startsWith("::warning ")).length).toBe(10);
    expect(lines.filter((l) => l.startsWith("  p.md:")).length).toBe(4);
    const notice = lines.filter((l) => l.startsWith("::notice "));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain("3 more error(s) and 1 more warning(s)");
  });

  it("prints no notice when nothing was hidden", async () => {
    const out = await github([result("/repo/p.md", Array.from({ length: 10 }, (_, i) => message(2, i + 1)))], context());
    expect(out).not.toContain("::notice");
  });

  it("appends a Markdown table of every finding to $GITHUB_STEP_SUMMARY", async () => {
    temp = mkdtempSync(join(tmpdir(), "pl-summary-"));
    const summary = join(temp, "summary.md");
    const messages = [...Array.from({ length: 12 }, (_, i) => message(2, i + 1)), message(1, 50, "a | pipe <b>html</b>\nnext")];
    await github([result("/repo/p.md", messages)], context({ GITHUB_STEP_SUMMARY: summary }));
    await github([result("/repo/q.md", [])], context({ GITHUB_STEP_SUMMARY: summary }));
    const text = readFileSync(summary, "utf8");
    const rows = text.split("\n").filter((l) => l.startsWith("| p.md"));
    expect(rows).toHaveLength(13);
    expect(rows[12]).toBe("| p.md | 50:1 | warning | privacy-officer | a \\| pipe &lt;b&gt;html&lt;/b&gt; next |");
    expect(text).toContain("1 file(s): 12 error(s), 1 warning(s)");
    expect(text).toContain("No problems in 1 file(s).");
  });
});

describe("--format github from the CLI", () => {
  it("annotates the seed's findings and exits 1", () => {
    const r = runCli(["--format", "github", fixture("seeds/004_2bead2da7e852597.txt")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/seeds\/004_2bead2da7e852597\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=policy-lint\(overseas-transfer\)::/m);
    for (const line of r.stdout.trim().split("\n")) expect(line).toMatch(/^::(error|warning|notice) |^ {2}\S/);
  });
});
