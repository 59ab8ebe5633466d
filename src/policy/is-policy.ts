/**
 * Whether a document reads as a privacy policy (thresholds and vocabulary in
 * src/data/policy-document.ts). Reads only the model's title, headings and table of contents,
 * plus one count over the text, so that it costs nothing next to the rules.
 */
import { POLICY_DOCUMENT } from "../data/policy-document.js";
import { headingTopics } from "./classify.js";
import type { Block, Policy, TopicId } from "./types.js";

const NOT_ELEMENTS: ReadonlySet<TopicId> = new Set(["title", "toc"]);

export function looksLikePolicy(policy: Policy): boolean {
  if (policy.title && isPolicyName(policy, policy.title)) return true;
  const elements = new Set<TopicId>();
  const add = (topics: readonly TopicId[]) => {
    for (const t of topics) if (!NOT_ELEMENTS.has(t)) elements.add(t);
  };
  for (const section of policy.sections) {
    if (section.heading && headingTopics(section.heading.text).includes("title") && isPolicyName(policy, section.heading)) return true;
    add(section.topics);
  }
  for (const entry of policy.toc) add(entry.topics);
  if (elements.size >= POLICY_DOCUMENT.minElementTopics) return true;
  return speaksOfPersonalData(policy.text);
}

/**
 * A heading that names a policy is the document's name when it is short and stands alone: a
 * sentence about policies, or a changelog's "- 개인정보 처리방침 링크 추가", only mentions one.
 */
function isPolicyName(policy: Policy, block: Block): boolean {
  const text = block.text.trim();
  return text.replace(/\s+/g, "").length <= POLICY_DOCUMENT.maxNameLength && !SENTENCE_END.test(text) && !fromListItem(policy, block.span.start);
}

function fromListItem(policy: Policy, offset: number): boolean {
  const lineStart = policy.text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = policy.text.indexOf("\n", offset);
  return LIST_MARKER.test(policy.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
}

/** "See the privacy policy for what we keep." is a sentence, not a name. */
const SENTENCE_END = /(?:[.!?。]|[다요]\.?)$/;

const LIST_MARKER = /^\s{0,8}(?:[-*+•·]|\d{1,3}[.)])\s/;

function speaksOfPersonalData(text: string): boolean {
  const { subject, minSubjectMentions, maxCharsPerMention } = POLICY_DOCUMENT;
  let mentions = 0;
  for (const _ of text.matchAll(subject)) mentions++;
  return mentions >= minSubjectMentions && mentions * maxCharsPerMention >= text.trim().length;
}
