/**
 * When a document reads as a privacy policy at all. A file reached through a directory, a glob or
 * a hook that is not one (a README, a changelog) is skipped rather than reported missing every
 * element. The test is deliberately generous: a stub that is only a title, or a one-paragraph
 * policy without headings, is still a policy and gets its findings.
 *
 * A document is a policy when any of these holds:
 * - its title, or any heading, is a policy's name: the "title" topic's heading words in topics.ts
 *   (처리방침, 취급방침, 보호정책, …, privacy policy) in at most `maxNameLength` characters
 *   (spaces aside), not on a list item ("- 개인정보 처리방침 링크 추가" in a changelog);
 * - its section headings or table of contents name at least `minElementTopics` distinct elements;
 * - it speaks of 개인정보 often for its length: at least `minSubjectMentions` mentions and one per
 *   `maxCharsPerMention` characters (a headless one-paragraph policy; a README mentions it once).
 */
export interface PolicyDocumentSignals {
  maxNameLength: number;
  minElementTopics: number;
  subject: RegExp;
  minSubjectMentions: number;
  maxCharsPerMention: number;
  source: string;
}

export const POLICY_DOCUMENT: PolicyDocumentSignals = {
  maxNameLength: 40,
  minElementTopics: 2,
  subject: /개인\s{0,2}정보|personal\s{1,2}(?:information|data)/gi,
  minSubjectMentions: 2,
  maxCharsPerMention: 400,
  source: "pipa.md §1.4 (elements), §7 H01 (title); thresholds set on ../shared/corpus, where every file passes",
};
