import { decree, defineRule, pipa, type Span } from "../src/rule-api.js";
import { PROCESSING_CONTEXT } from "../src/data/element-patterns.js";
import { findOverseasProcessors } from "../src/data/foreign-processors-match.js";

/** The six items of 제28조의8제2항 as policies label them (spec §1.5 R09). */
const FIELDS: { ko: string; en: string; pattern: RegExp }[] = [
  { ko: "이전되는 개인정보 항목", en: "items transferred", pattern: /항목|이전되는\s{0,2}(?:개인)?정보/ },
  { ko: "이전되는 국가", en: "destination country", pattern: /국가|미국|일본|싱가포르|아일랜드|독일|홍콩|중국|영국|프랑스|캐나다|호주|인도|네덜란드|스웨덴|USA|United States/ },
  { ko: "이전 시기 및 방법", en: "time and method of transfer", pattern: /시기|일시|방법|네트워크|전송|수시로|실시간/ },
  { ko: "이전받는 자의 성명(명칭) 및 연락처", en: "recipient name and contact", pattern: /@|연락처|전화|privacy|https?:\/\// },
  { ko: "이전받는 자의 이용 목적 및 보유·이용 기간", en: "purpose and retention", pattern: /기간|까지|목적/ },
  { ko: "이전을 거부하는 방법·절차 및 거부의 효과", en: "how to refuse and its effect", pattern: /거부|원하지\s{0,2}않|동의하지\s{0,2}않/ },
];

export default defineRule({
  meta: {
    id: "overseas-transfer",
    defaultSeverity: "error",
    requirement: "MUST-IF",
    element: "overseas-transfer",
    description: {
      ko: "개인정보를 국외로 이전(국외 클라우드·결제·분석 서비스 포함)하는 경우 그 사항을 밝혔는지 확인합니다.",
      en: "When personal data goes abroad (including foreign cloud, payment or analytics services), the policy discloses the transfer.",
    },
    legalBasis: [decree("31", "1", "2"), pipa("28의8", "2")],
    messages: {
      missing: {
        ko: "개인정보의 국외 이전 고지가 없습니다. 국외 이전을 보여 주는 부분: {processors}. 이전받는 자, 이전되는 국가·항목, 시기·방법, 목적·보유기간, 거부 방법을 적으십시오.",
        en: "No overseas-transfer disclosure, though personal data appears to go abroad: {processors}. State the recipient, country, items, time and method, purpose and retention, and how to refuse.",
      },
      fields: {
        ko: "국외 이전 고지에 {fields}이(가) 없습니다. 빠진 사항을 적으십시오.",
        en: "The overseas-transfer disclosure lacks: {fields}. Add them.",
      },
    },
  },
  check(policy, ctx) {
    if (ctx.facts.overseasTransfer === false) return;
    const q = ctx.query;
    const evidence = q.evidence("overseas-transfer");
    const reportFields = (text: string, at: Span) => {
      const missing = FIELDS.filter((f) => !f.pattern.test(text));
      if (missing.length) ctx.report({ messageId: "fields", at, data: { fields: { ko: missing.map((f) => f.ko).join(", "), en: missing.map((f) => f.en).join(", ") } } });
    };
    if (evidence.verdict === "present") {
      const sections = evidence.accepted.filter((e) => e.source === "heading" && e.kind === "disclosure");
      for (const e of sections) reportFields(policy.sections[e.section!].text, e.span);
      const statement = evidence.accepted.find((e) => e.kind === "disclosure");
      if (!sections.length && statement) {
        // A disclosure sentence without a section of its own: the items may stand around it in its section.
        const around = q.sectionAt(statement.span.start);
        reportFields(around ? around.text : statement.text, statement.span);
      }
      if (sections.length || statement || !ctx.facts.overseasTransfer) return;
    }
    if (evidence.verdict === "not-needed" && !ctx.facts.overseasTransfer) return;
    const mentions = findOverseasProcessors(policy.text).filter((m) => !inToc(q, m.index) && PROCESSING_CONTEXT.test(lineAt(policy.text, m.index)));
    const abroad = q.find(/(?:해외|국외)[^\n]{0,20}(?:서버|보관|저장|클라우드)/);
    const firstLine = new Map<string, number>();
    for (const m of mentions) if (!firstLine.has(m.processor.name)) firstLine.set(m.processor.name, lineOf(policy.text, m.index));
    const named = [...firstLine].map(([name, line]) => `${name} (L${line})`);
    if (abroad && !named.length) named.push(`'${policy.text.slice(abroad.start, abroad.end)}' (L${lineOf(policy.text, abroad.start)})`);
    const shown = named.length ? named.join(", ") : { ko: "설정의 facts.overseasTransfer", en: "config facts.overseasTransfer" };
    const recipients = [...new Map(mentions.map((m) => [m.processor.name, m.processor])).values()];
    ctx.report({
      messageId: "missing",
      at: "document",
      data: { processors: shown },
      suggestions: [{ desc: { ko: "국외 이전 고지 표 추가 (빈칸을 채우십시오)", en: "Add an overseas-transfer table (fill in the blanks)" }, text: suggestionTable(recipients) }],
    });
  },
});

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function inToc(q: { policy: { toc: { span: Span }[] } }, index: number): boolean {
  return q.policy.toc.some((t) => index >= t.span.start && index < t.span.end);
}

/** A 제28조의8제2항 disclosure frame with one row per recipient; the facts only the company knows stay blank. */
function suggestionTable(recipients: { name: string; country: string }[]): string {
  const rows = recipients.length ? recipients : [{ name: "", country: "" }];
  return [
    "## 개인정보의 국외 이전",
    "",
    "회사는 「개인정보 보호법」 제28조의8제1항제3호에 따라 다음과 같이 개인정보를 국외로 이전합니다.",
    "",
    "| 이전받는 자(연락처) | 이전되는 국가 | 이전 시기 및 방법 | 이전되는 개인정보 항목 | 이용 목적 및 보유·이용 기간 |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.name} ( ) | ${r.country} | | | |`),
    "",
    "정보주체는 개인정보 보호책임자에게 연락하여 국외 이전을 거부할 수 있으며, 거부하는 경우 ( ) 서비스 이용이 제한될 수 있습니다.",
  ].join("\n");
}
