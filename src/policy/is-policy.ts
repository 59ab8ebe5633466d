/**
 * Whether a document reads as a privacy policy (thresholds and vocabulary in
 * src/data/policy-document.ts). Reads only the model's title, headings and table of contents,
 * plus one count over the text, so that it costs nothing next to the rules.
 */
import { POLICY_DOCUMENT } from "../data/policy-document.js";
import { headingTopics } from "./classify.js";
import type { Policy, TopicId } from "./types.js";

const NOT_ELEMENTS: ReadonlySet<TopicId> = new Set(["title", "toc"]);

export function looksLikePolicy(policy: Policy): boolean {
  if (policy.title && !fromListItem(policy, policy.title.span.start)) return true;
  const elements = new Set<TopicId>();
  const add = (topics: readonly TopicId[]) => {
    for (const t of topics) if (!NOT_ELEMENTS.has(t)) elements.add(t);
  };
  for (const section of policy.sections) {
    // "…아래와 같은 개인정보취급방침을 가지고 있습니다" under a site's navigation still names the document.
    const heading = section.heading;
    if (heading && headingTopics(heading.text).includes("title") && !fromListItem(policy, heading.span.start)) return true;
    add(section.topics);
  }
  for (const entry of policy.toc) add(entry.topics);
  if (elements.size >= POLICY_DOCUMENT.minElementTopics) return true;
  return speaksOfPersonalData(policy.text);
}

/** "- 개인정보 처리방침 링크 추가" in a changelog mentions a policy; it does not name this document. */
function fromListItem(policy: Policy, offset: number): boolean {
  const lineStart = policy.text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = policy.text.indexOf("\n", offset);
  return LIST_MARKER.test(policy.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
}

const LIST_MARKER = /^\s{0,8}(?:[-*+•·]|\d{1,3}[.)])\s/;

function speaksOfPersonalData(text: string): boolean {
  const { subject, minSubjectMentions, maxCharsPerMention } = POLICY_DOCUMENT;
  let mentions = 0;
  for (const _ of text.matchAll(subject)) mentions++;
  return mentions >= minSubjectMentions && mentions * maxCharsPerMention >= text.trim().length;
}
