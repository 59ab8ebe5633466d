import { defineRule, GUIDELINE, type Span } from "../src/rule-api.js";
import { LEGACY_TERMS } from "../src/data/legacy-terms.js";

export default defineRule({
  meta: {
    id: "legacy-terms",
    defaultSeverity: "warn",
    requirement: "LEGACY",
    description: {
      ko: "정보통신망법 시절의 용어(개인정보취급방침, 개인정보관리책임자, 취급위탁 등)를 현행 용어로 바꾸도록 안내합니다.",
      en: "Flags terms from the pre-2020 ICT Network Act era and offers the current term.",
    },
    legalBasis: [GUIDELINE],
    fixable: true,
    messages: {
      legacy: {
        ko: "'{term}'은(는) 옛 용어입니다({since} 이후). '{replacement}'(으)로 바꾸십시오.",
        en: "'{term}' is a legacy term (since {since}); write '{replacement}' instead.",
      },
    },
  },
  check(policy, ctx) {
    const taken: Span[] = [];
    const titleStart = policy.title?.span.start;
    for (const block of policy.blocks) {
      // The document title is the title rule's business; one finding per place.
      if (block.span.start === titleStart) continue;
      const raw = policy.text.slice(block.span.start, block.span.end);
      for (const term of LEGACY_TERMS) {
        if (term.titleOnly && block.kind !== "heading") continue;
        if (term.near && !term.near.some((w) => raw.includes(w))) continue;
        for (let i = raw.indexOf(term.term); i !== -1; i = raw.indexOf(term.term, i + term.term.length)) {
          const span = { start: block.span.start + i, end: block.span.start + i + term.term.length };
          if (taken.some((t) => span.start < t.end && span.end > t.start)) continue;
          if (term.exceptIn?.some((phrase) => insidePhrase(raw, i, term.term, phrase))) continue;
          taken.push(span);
          ctx.report({
            messageId: "legacy",
            at: span,
            data: { term: term.term, replacement: term.replacement, since: term.since },
            fix: { span, text: term.replacement },
          });
        }
      }
    }
  },
});

/** True when the occurrence at `index` is part of `phrase` (e.g. 영상정보처리기기 inside 고정형 영상정보처리기기). */
function insidePhrase(text: string, index: number, term: string, phrase: string): boolean {
  const offset = phrase.indexOf(term);
  if (offset < 0) return false;
  return text.slice(index - offset, index - offset + phrase.length) === phrase;
}
