import { defineRule, pipa } from "../src/rule-api.js";
import { deletedProvision, findCitations } from "../src/data/law-match.js";
import { ABOLISHED_DUTIES } from "../src/data/outdated-provisions.js";

export default defineRule({
  meta: {
    id: "outdated-law",
    defaultSeverity: "warn",
    requirement: "LEGACY",
    description: {
      ko: "삭제되거나 옮겨진 조문, 폐지된 의무를 현행 법인 것처럼 적었는지 확인합니다.",
      en: "Flags citations of deleted or moved provisions and repealed duties stated as law.",
    },
    legalBasis: [pipa("30", "1")],
    messages: {
      "deleted-provision": {
        ko: "「{law}」 {article}은(는) {deletedOn}에 삭제되었습니다({topic}). 현행 근거({current})로 인용을 고치십시오.",
        en: "「{law}」 {article} was deleted on {deletedOn} ({topic}). Cite the current provision instead: {current}.",
      },
      "abolished-duty": {
        ko: "{description}은(는) {abolishedOn}에 폐지되었습니다. {replacement}",
        en: "This duty was abolished on {abolishedOn}: {description}. Do not present it as a legal obligation.",
      },
    },
  },
  check(policy, ctx) {
    for (const c of findCitations(policy.text)) {
      const row = deletedProvision(c);
      if (!row || row.nowMeans || ctx.today < row.deletedOn) continue;
      ctx.report({
        messageId: "deleted-provision",
        at: c.span,
        data: {
          law: row.law,
          article: articleText(c.article),
          deletedOn: row.deletedOn,
          topic: { ko: row.topic, en: row.topicEn },
          current: row.current ? { ko: row.current, en: row.currentEn ?? row.current } : { ko: "폐지(대체 조문 없음)", en: "none (abolished without a successor)" },
        },
      });
    }
    for (const block of policy.blocks) {
      let split: string[] | undefined;
      for (const duty of ABOLISHED_DUTIES) {
        if (ctx.today < duty.abolishedOn) continue;
        const named = duty.names.some((n) => block.text.includes(n)) && !/폐지/.test(block.text);
        const holdsKeywords = (text: string) => duty.keywords.every((group) => group.some((w) => text.includes(w)));
        // Keywords must meet in one sentence: a citation of PIPA in the sentence before is no claim of duty.
        // A sentence is a piece of the block, so a block without every keyword group has no such sentence.
        const stated = () => holdsKeywords(block.text) && (split ??= sentences(block.text)).some((s) => !/폐지/.test(s) && holdsKeywords(s));
        if (!named && !stated()) continue;
        ctx.report({
          messageId: "abolished-duty",
          at: block.span,
          data: { description: { ko: duty.description, en: duty.descriptionEn }, abolishedOn: duty.abolishedOn, replacement: duty.replacement ?? "" },
        });
        break;
      }
    }
  },
});

/** "39의3" → "제39조의3", as statutes are cited. */
function articleText(article: string): string {
  const [main, sub] = article.split("의");
  return sub ? `제${main}조의${sub}` : `제${main}조`;
}

function sentences(text: string): string[] {
  return text.split(/(?<=다\.|[.!?])\s+/);
}
