import { defineRule, GUIDELINE } from "../src/rule-api.js";
import { findLegacyTerms, mayHoldLegacyTerm } from "../src/data/legacy-terms-match.js";

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
      role: {
        ko: "'{term}'이(가) {role}을(를) 가리킨다면 {since} 이후에는 '{replacement}'입니다. 기관·부서나 계약 상대방을 가리키면 그대로 두십시오.",
        en: "If '{term}' names the {role}, it has been '{replacement}' since {since}; leave it where it names the organisation, a department or a contract party.",
      },
      typo: {
        ko: "'{term}'은(는) '{replacement}'의 오기입니다.",
        en: "'{term}' is a misspelling of '{replacement}'.",
      },
      misstatement: {
        ko: "'{term}'은(는) 한국 법과 다릅니다: {why}.",
        en: "'{term}' is not what Korean law says: {why}.",
      },
    },
  },
  check(policy, ctx) {
    const titleStart = policy.title?.span.start;
    // Blocks may nest (a list and its items): one finding per place.
    const reported = new Set<number>();
    for (const block of policy.blocks) {
      // The document title is the title rule's business; one finding per place.
      if (block.span.start === titleStart) continue;
      const raw = policy.text.slice(block.span.start, block.span.end);
      if (!mayHoldLegacyTerm(raw)) continue;
      const heading = ctx.query.sectionAt(block.span.start)?.heading?.text ?? "";
      for (const { row, index, fixable } of findLegacyTerms(raw, block.kind === "heading", heading)) {
        const span = { start: block.span.start + index, end: block.span.start + index + row.term.length };
        if (reported.has(span.start)) continue;
        reported.add(span.start);
        ctx.report({
          messageId: row.kind ?? "legacy",
          at: span,
          data: { term: row.term, replacement: row.replacement, since: row.since ?? "", role: row.role ?? "", why: row.why ?? "" },
          ...(fixable ? { fix: { span, text: row.replacement } } : {}),
        });
      }
    }
  },
});
