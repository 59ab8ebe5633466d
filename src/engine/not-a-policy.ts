/**
 * The one finding on a document that does not read as a privacy policy (see
 * src/policy/is-policy.ts): an engine message, not a rule's, since it replaces every rule's.
 */
import type { Locale } from "../rule-api.js";
import type { LintMessage, LintResult } from "./types.js";

export const NOT_A_POLICY = "not-a-policy";

const TEXT: Record<Locale, string> = {
  ko: "개인정보 처리방침으로 보이지 않습니다: 처리방침 제목이 없고 처리방침의 항목을 다루는 절도 거의 없습니다. 처리방침이 아니면 린트 대상에서 빼 주세요.",
  en: "This does not look like a privacy policy (개인정보 처리방침): no policy title and almost none of the policy's sections. Leave it out of the files to lint if it is not one.",
};

export function notAPolicyMessage(locale: Locale): LintMessage {
  return { ruleId: null, messageId: NOT_A_POLICY, severity: 2, message: TEXT[locale], line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** True when the document was not linted because it does not read as a privacy policy. */
export function isNotAPolicy(result: LintResult): boolean {
  return result.messages.length === 1 && result.messages[0].messageId === NOT_A_POLICY;
}
