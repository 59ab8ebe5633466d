import { defineRule, pipa, type Span } from "../src/rule-api.js";
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
      missing: { ko: "개인정보의 처리 및 보유 기간이 없습니다.", en: "The retention period of personal data is not stated." },
      "vague-period": {
        ko: "보유 기간이 구체적이지 않습니다: 기간(예: 3년)이나 종료 시점(예: 회원 탈퇴 시까지)이 없습니다.",
        en: "The retention period is vague: no concrete period (e.g. 3 years) or end event (e.g. until withdrawal).",
      },
      "statutory-period": {
        ko: "'{record}'의 법정 보존 기간은 {expected}입니다({law}). 이 방침은 {found}(으)로 적었습니다.",
        en: "The statutory retention period for '{record}' is {expected} ({law}); the policy says {found}.",
      },
    },
  },
  check(policy, ctx) {
    const evidence = ctx.query.evidence("retention");
    if (evidence.verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
    else if (evidence.verdict === "thin") ctx.report({ messageId: "vague-period", at: evidence.accepted[0].span });
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
