/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding. GitHub shows
 * at most 10 error and 10 warning annotations per step and drops the rest without a word, so the
 * rest are printed as log lines, a notice says how many, and the full list goes to the job summary.
 */
import { appendFile } from "node:fs/promises";
import { relative, sep } from "node:path";
import { sanitize } from "../engine/messages.js";
import type { LintMessage, LintResult } from "../engine/types.js";
import type { Locale } from "../rule-api.js";
import type { Formatter } from "./types.js";

export const ANNOTATION_LIMIT = 10;

/** Controls other than CR and LF (which are escaped) must not reach the log raw. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes the message part of a workflow command (GitHub's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/\t/g, " ").replace(CONTROL, "\ufffd");
}

/** Escapes a property value of a workflow command (GitHub's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function displayPath(cwd: string, filePath: string): string {
  return (relative(cwd, filePath) || filePath).split(sep).join("/");
}

interface Finding {
  file: string;
  message: LintMessage;
}

function command(f: Finding): string {
  const m = f.message;
  const kind = m.severity === 2 ? "error" : "warning";
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${m.line}`,
    `col=${m.column}`,
    `endLine=${m.endLine}`,
    `endColumn=${m.endColumn}`,
    `title=${escapeProperty(m.ruleId ? `policy-lint(${m.ruleId})` : "policy-lint")}`,
  ];
  return `::${kind} ${props.join(",")}::${escapeData(m.message)}`;
}

/** A plain log line, indented so that no document text can start a workflow command. */
function logLine(f: Finding): string {
  const m = f.message;
  return `  ${sanitize(`${f.file}:${m.line}:${m.column}: ${m.severity === 2 ? "error" : "warning"} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`)}`;
}

function hiddenNotice(errors: number, warnings: number, locale: Locale): string {
  const text =
    locale === "ko"
      ? `GitHub는 한 단계에 오류와 경고 주석을 각각 ${ANNOTATION_LIMIT}개까지만 표시합니다. 표시되지 않은 오류 ${errors}건, 경고 ${warnings}건은 위 로그와 작업 요약(job summary)에 있습니다.`
      : `GitHub shows at most ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step: ${errors} more error(s) and ${warnings} more warning(s) are in the log above and in the job summary.`;
  return `::notice title=${escapeProperty("policy-lint")}::${escapeData(text)}`;
}

/** A Markdown table cell: no line breaks, no table pipes, no HTML (GitHub renders the summary). */
function cell(text: string): string {
  return text
    .replace(/[\r\n\t]/g, " ")
    .replace(CONTROL, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|");
}

export function summaryMarkdown(findings: Finding[], files: number, locale: Locale): string {
  const errors = findings.filter((f) => f.message.severity === 2).length;
  const warnings = findings.length - errors;
  const ko = locale === "ko";
  const out = [`### policy-lint`, ""];
  if (!findings.length) {
    out.push(ko ? `파일 ${files}개에서 문제가 없습니다.` : `No problems in ${files} file(s).`, "");
    return out.join("\n");
  }
  out.push(ko ? `파일 ${files}개: 오류 ${errors}건, 경고 ${warnings}건` : `${files} file(s): ${errors} error(s), ${warnings} warning(s)`, "");
  out.push(ko ? "| 파일 | 위치 | 수준 | 규칙 | 내용 |" : "| File | Location | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |");
  for (const f of findings) {
    const m = f.message;
    const severity = m.severity === 2 ? (ko ? "오류" : "error") : ko ? "경고" : "warning";
    out.push(`| ${cell(f.file)} | ${m.line}:${m.column} | ${severity} | ${cell(m.ruleId ?? "")} | ${cell(m.message)} |`);
  }
  return out.join("\n") + "\n\n";
}

export const github: Formatter = async (results: LintResult[], { cwd, locale, env }) => {
  const findings = results.flatMap((r) => r.messages.map((message) => ({ file: displayPath(cwd, r.filePath), message })));
  const shown = { 1: 0, 2: 0 };
  const hidden = { 1: 0, 2: 0 };
  const out: string[] = [];
  for (const f of findings) {
    const s = f.message.severity;
    if (shown[s] < ANNOTATION_LIMIT) {
      shown[s]++;
      out.push(command(f));
    } else {
      hidden[s]++;
      out.push(logLine(f));
    }
  }
  if (hidden[1] || hidden[2]) out.push(hiddenNotice(hidden[2], hidden[1], locale));
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await appendFile(summaryFile, summaryMarkdown(findings, results.length, locale));
  return out.length ? out.join("\n") + "\n" : "";
};
