import { defineRule, isPlaceholder, pipa, type Section } from "../src/rule-api.js";
import { CONSIGNMENT_NONE } from "../src/data/element-patterns.js";
import { findForeignProcessors } from "../src/data/foreign-processors-match.js";

const NAMED_PROCESSOR = /\(주\)|주식회사|㈜|Inc\.?|Ltd\.?|Corp\.?|LLC|[가-힣A-Za-z]{2,}(?:페이먼츠|페이|택배|통운|로지스|시스템즈|커뮤니케이션즈|클라우드|텔레콤|뱅크|카드)/;
const TASK = /업무|본인\s{0,2}확인|결제|배송|발송|상담|서버|호스팅|보관|인증|분석|대행|운영|고객센터|문자|SMS|클라우드/i;
/** "수탁자 : ○○택배" — a labelled value names the processor. */
const LABELLED_RECIPIENT = /^[^:：\n]{0,10}(?:수탁|위탁)\s{0,2}(?:자|업체|사|기관|대상자|받는\s{0,2}자|업체명)\s{0,2}[:：]\s{0,4}/;
const FIELD_RECIPIENT = /수탁\s{0,2}(?:자|업체|사|기관)|위탁\s{0,2}(?:받는|업체|기관|처)/;
const FIELD_TASK = /위탁\s{0,2}(?:업무|하는\s{0,2}업무|내용)|업무\s{0,2}내용/;

export default defineRule({
  meta: {
    id: "consignment",
    defaultSeverity: "error",
    requirement: "MUST-IF",
    element: "consignment",
    description: {
      ko: "개인정보 처리업무의 위탁(수탁자와 위탁업무 내용, 또는 위탁하지 않는다는 사실)을 밝혔는지 확인합니다.",
      en: "The policy addresses outsourcing: processors and tasks, or a statement that none is used.",
    },
    legalBasis: [pipa("30", "1", "4"), pipa("26", "2")],
    messages: {
      missing: {
        ko: "개인정보 처리업무의 위탁에 관한 사항이 없습니다. 수탁자와 위탁업무를 적거나, 위탁하지 않는다고 밝히십시오.",
        en: "Outsourcing is not addressed. Name the processors and their tasks, or state that none is used.",
      },
      fields: { ko: "위탁 내역에 {fields}이(가) 없습니다. 빠진 사항을 적으십시오.", en: "The outsourcing disclosure lacks: {fields}. Add them." },
    },
  },
  check(policy, ctx) {
    if (ctx.facts.consignment === false) return;
    const q = ctx.query;
    const sections = q.sections("consignment");
    const tablesOf = (s: Section) => [...new Set(s.blocks.filter((b) => b.kind === "tableRow").map((b) => policy.tables[b.table!]))];
    const filledTable = (s: Section) => tablesOf(s).some((t) => t.rows.some((r) => r.some((c) => c.text.trim() && !isPlaceholder(c.text))));
    const namesProcessor = (s: Section) =>
      s.blocks.some((b) => NAMED_PROCESSOR.test(b.text) || (LABELLED_RECIPIENT.test(b.text) && !isPlaceholder(b.text.replace(LABELLED_RECIPIENT, "")))) ||
      findForeignProcessors(s.text).length > 0 ||
      tablesOf(s).some((t) => t.header.some((c) => FIELD_RECIPIENT.test(c.text)) && t.rows.some((r) => r.some((c) => c.text.trim())));
    const discloses = (s: Section) => (namesProcessor(s) && TASK.test(s.text)) || filledTable(s) || s.blocks.some((b) => LABELLED_RECIPIENT.test(b.text) && !isPlaceholder(b.text.replace(LABELLED_RECIPIENT, "")));
    const declared = sections.filter((s) => CONSIGNMENT_NONE.test(s.text) || discloses(s));
    if (!declared.length && !q.statements(CONSIGNMENT_NONE).length) {
      ctx.report({ messageId: "missing", at: "document", advisory: !ctx.facts.consignment });
      return;
    }
    for (const s of declared) {
      if (CONSIGNMENT_NONE.test(s.text)) continue;
      const missing: { ko: string; en: string }[] = [];
      if (!namesProcessor(s)) missing.push({ ko: "수탁자", en: "processor" });
      if (!FIELD_TASK.test(s.text) && !TASK.test(s.text)) missing.push({ ko: "위탁업무 내용", en: "outsourced task" });
      if (missing.length) {
        const fields = { ko: missing.map((m) => m.ko).join(", "), en: missing.map((m) => m.en).join(", ") };
        ctx.report({ messageId: "fields", at: q.headingSpan(s), data: { fields } });
      }
    }
  },
});
