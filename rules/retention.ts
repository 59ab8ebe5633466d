import { defineRule, hasSubstance, pipa, type Block, type Span } from "../src/rule-api.js";
import { RETENTION_BOILERPLATE, RETENTION_NONE, RETENTION_STATEMENT, VAGUE_PERIOD } from "../src/data/element-patterns.js";
import { RETENTION_PERIODS } from "../src/data/retention-periods.js";

export default defineRule({
  meta: {
    id: "retention",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "retention",
    description: { ko: "개인정보의 처리 및 보유 기간을 밝혔는지 확인합니다.", en: "The policy states how long personal data is kept." },
    legalBasis: [pipa("30", "1", "2")],
    messages: {
      missing: {
        ko: "개인정보의 처리 및 보유 기간이 없습니다. 항목별 보유 기간이나 파기 시점을 적으십시오.",
        en: "The retention period of personal data is not stated. Give the period or the end event for each kind of data.",
      },
      "vague-period": {
        ko: "보유 기간이 구체적이지 않습니다. '3년' 같은 기간이나 '회원 탈퇴 시까지' 같은 종료 시점을 적으십시오.",
        en: "The retention period is vague. Give a concrete period (e.g. 3 years) or end event (e.g. until the account is closed).",
      },
      "statutory-period": {
        ko: "'{record}'의 법정 보존 기간은 {expected}입니다({law}). 이 방침은 {found}(으)로 적었습니다. 보존 기간을 고치십시오.",
        en: "The statutory retention period for '{record}' is {expected} ({law}); the policy says {found}. Correct the period.",
      },
    },
  },
  check(policy, ctx) {
    const q = ctx.query;
    // "종료일로부터 5일 이내" is a destruction deadline, not how long data is kept.
    const periods = (span: Span) => q.entities("duration", span).filter((d) => !/이내$/.test(d.text));
    // Timing inside a destruction article ("목적 달성 후 … 파기") says when data goes, not how long it stays.
    const inDestruction = (b: Block) => {
      const topics = q.sectionAt(b.span.start)?.topics ?? [];
      return topics.includes("destruction") && !topics.includes("retention");
    };
    const prose = new Set(q.prose());
    const own = (b: Block) => b.kind !== "heading" && prose.has(b) && !inDestruction(b);
    const answers = (b: Block) => periods(b.span).length > 0 || RETENTION_NONE.test(b.text);
    // A section holding only the generator's framing sentences says nothing yet.
    const sections = q.sections("retention").filter((s) => s.blocks.some((b) => own(b) && !RETENTION_BOILERPLATE.test(b.text) && hasSubstance(b.text)));
    const stated = policy.blocks.filter((b) => own(b) && (RETENTION_STATEMENT.test(b.text) || periods(b.span).some((d) => d.value === "event")));
    const concrete = sections.some((s) => s.blocks.some((b) => own(b) && answers(b))) || stated.some(answers);
    if (!concrete) {
      const vague = stated.find((b) => VAGUE_PERIOD.test(b.text));
      if (sections.length) ctx.report({ messageId: "vague-period", at: q.headingSpan(sections[0]) });
      else if (vague) ctx.report({ messageId: "vague-period", at: vague.span });
      else ctx.report({ messageId: "missing", at: "document" });
    }
    checkStatutoryPeriods(policy.blocks, ctx);
  },
});

type Ctx = Parameters<Parameters<typeof defineRule>[0]["check"]>[1];

/** "1년 이상" rows accept longer periods, "최장 5년" rows shorter ones. */
function agrees(days: number, row: (typeof RETENTION_PERIODS)[number]): boolean {
  if (row.limit === "atLeast") return days >= row.periodDays;
  if (row.limit === "atMost") return days <= row.periodDays;
  return days === row.periodDays;
}


/** A line naming a statutory record type with a period that differs from the statute (spec §4). */
function checkStatutoryPeriods(blocks: { text: string; span: Span }[], ctx: Ctx): void {
  const q = ctx.query;
  for (const block of blocks) {
    const found = q.entities("duration", block.span).filter((d) => d.value !== "event");
    if (!found.length) continue;
    const squashed = block.text.replace(/\s+/g, "");
    for (const row of RETENTION_PERIODS) {
      if (row.status !== "current") continue;
      if (!row.keywords.every((k) => squashed.includes(k.replace(/\s+/g, "")))) continue;
      if (found.some((d) => agrees(Number(d.value), row))) break;
      const d = found[0];
      ctx.report({
        messageId: "statutory-period",
        at: d.span,
        data: { record: row.recordType, expected: row.periodText, law: `「${row.law}」${row.article ? ` ${row.article}` : ""}`, found: d.text },
      });
      break;
    }
  }
}
