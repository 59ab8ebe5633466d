/** The CLI's own lines about inputs, in the run's language. */
import type { InputProblem } from "../input/files.js";
import type { Locale } from "../rule-api.js";

const INPUT_PROBLEMS: Record<Exclude<InputProblem, "unreadable">, Record<Locale, string>> = {
  missing: { ko: "파일이나 폴더가 없습니다", en: "no such file or directory" },
  "no-match": {
    ko: "이 경로나 패턴에 맞는 방침 파일(.md .markdown .txt .html .htm)이 없습니다 (.gitignore와 ignorePatterns 적용)",
    en: "no policy files (.md .markdown .txt .html .htm) match this path or pattern (.gitignore and ignorePatterns apply)",
  },
  "dangling-link": { ko: "가리키는 대상이 없는 심볼릭 링크입니다", en: "dangling symbolic link" },
};

/** The localised reason, or the original text where the reason carries a system error code. */
export function inputProblem(kind: InputProblem, locale: Locale, original: string): string {
  return kind === "unreadable" ? original : INPUT_PROBLEMS[kind][locale];
}

export function skippedNote(locale: Locale): string {
  return locale === "ko" ? "개인정보 처리방침으로 보이지 않아 건너뜁니다" : "skipped: does not look like a privacy policy";
}
