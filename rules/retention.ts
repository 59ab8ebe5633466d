import { defineRule, pipa, type Span } from "../src/rule-api.js";
import { statutoryMismatches, statutoryPeriodText } from "../src/data/retention-match.js";

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
    const evidence = ctx.query.evidence("retention");
    if (evidence.verdict === "missing") ctx.report({ messageId: "missing", at: "document" });
    else if (evidence.verdict === "thin") ctx.report({ messageId: "vague-period", at: evidence.accepted[0].span });
    checkStatutoryPeriods(policy.text, policy.blocks, ctx);
  },
});

type Ctx = Parameters<Parameters<typeof defineRule>[0]["check"]>[1];

/** A line naming a statutory record type with a period that contradicts the statute (spec §4). */
function checkStatutoryPeriods(text: string, blocks: { span: Span }[], ctx: Ctx): void {
  for (const { row, found } of statutoryMismatches(text, blocks.map((b) => b.span))) {
    ctx.report({
      messageId: "statutory-period",
      at: found.span,
      data: { record: row.recordType, expected: statutoryPeriodText(row), law: `「${row.law}」${row.article ? ` ${row.article}` : ""}`, found: found.text },
    });
  }
}
