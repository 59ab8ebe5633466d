import { defineRule, isPlaceholder, pipa, type Section, type Span, type Table } from "../src/rule-api.js";

const TASK = /업무|본인\s{0,2}확인|결제|배송|발송|상담|서버|호스팅|보관|인증|분석|대행|운영|고객센터|문자|SMS|클라우드|전송|저장|로그인|알림|통계/i;
const FIELD_RECIPIENT = /수탁\s{0,2}(?:자|업체|사|기관)|위탁\s{0,2}(?:받는|업체|기관|처)|업체|회사|서비스\s{0,2}제공|제공\s{0,2}(?:업체|사)|^서비스$|수탁|(?:^|\s)(?:업체명|회사명|상호)/;
const FIELD_TASK = /위탁\s{0,2}(?:업무|하는\s{0,2}업무|내용)|업무|목적|용도|내용|역할/;
const FIELD_NAMES: Record<string, { ko: string; en: string }> = {
  processor: { ko: "수탁자", en: "processor" },
  task: { ko: "위탁업무 내용", en: "outsourced task" },
};

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
    const evidence = q.evidence("consignment");
    if (evidence.verdict === "missing") {
      ctx.report({ messageId: "missing", at: "document", advisory: !ctx.facts.consignment });
      return;
    }
    if (evidence.accepted.some((e) => e.kind === "denial")) return;
    for (const gap of evidence.gaps) reportFields(gap.span, [gap.id]);
    for (const e of evidence.accepted) {
      if (e.kind === "thin") {
        reportFields(e.span, ["processor", ...(TASK.test(sectionText(e.section)) ? [] : ["task"])]);
        continue;
      }
      if (e.source === "table") {
        const table = policy.tables.find((t) => t.span.start === e.span.start);
        if (table) checkTable(table, e.span);
      }
    }
    for (const s of q.sections("consignment")) {
      for (const table of tablesIn(s)) checkTable(table, q.headingSpan(s));
    }

    function sectionText(index?: number): string {
      return index === undefined ? "" : policy.sections[index].text;
    }
    function tablesIn(s: Section): Table[] {
      return [...new Set(s.blocks.filter((b) => b.kind === "tableRow").map((b) => b.table!))].map((i) => policy.tables[i]);
    }
    /** Fields are checked on the disclosure unit: the table's header, with filled cells under it. */
    function checkTable(table: Table, at: Span): void {
      let header = table.header.map((c) => c.text);
      let rows = table.rows;
      if (!header.some((h) => h.trim()) && rows.length) [header, rows] = [rows[0].map((c) => c.text), rows.slice(1)];
      if (!rows.length) return;
      const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
      const filled = (i: number) => i >= 0 && rows.some((r) => r[i] && r[i].text.trim() && !isPlaceholder(r[i].text));
      // A two-column "구분 | 내용" table carries its field names in the first column.
      if (header.length === 2 && rows.every((r) => r.length === 2)) {
        const labels = rows.map((r) => r[0].text).join(" ");
        const missing: string[] = [];
        if (!FIELD_RECIPIENT.test(labels)) missing.push("processor");
        if (!FIELD_TASK.test(labels) && !TASK.test(labels)) missing.push("task");
        if (missing.length && FIELD_RECIPIENT.test(header.join(" ") + labels)) reportFields(at, missing);
        if (FIELD_RECIPIENT.test(header.join(" ")) || FIELD_RECIPIENT.test(labels)) return;
      }
      const missing: string[] = [];
      if (!filled(column(FIELD_RECIPIENT))) missing.push("processor");
      if (!filled(column(FIELD_TASK))) missing.push("task");
      if (missing.length) reportFields(at, missing);
    }
    function reportFields(at: Span, ids: string[]): void {
      const names = ids.map((id) => FIELD_NAMES[id]);
      ctx.report({ messageId: "fields", at, data: { fields: { ko: names.map((n) => n.ko).join(", "), en: names.map((n) => n.en).join(", ") } } });
    }
  },

});
