import { defineRule, pipa, GUIDELINE } from "../src/rule-api.js";
import { CHANGE_NOTICE } from "../src/data/element-patterns.js";

/** 법률 제19234호: the unified rules for all processors took effect (spec §0.1). */
const AMENDMENT_2023 = "2023-09-15";
const ADVANCE_NOTICE = /(\d{1,3})\s{0,2}일\s{0,2}(?:전|이전|前)/g;

export default defineRule({
  meta: {
    id: "changes",
    defaultSeverity: "error",
    requirement: "MUST",
    element: "changes",
    description: {
      ko: "처리방침의 시행일과 변경 시 알리는 방법을 밝혔는지 확인합니다.",
      en: "The policy states its effective date and how changes are announced.",
    },
    legalBasis: [pipa("30", "2"), GUIDELINE],
    messages: {
      missing: {
        ko: "처리방침의 시행일이 없습니다. '2025년 1월 1일부터 시행합니다'처럼 시행일을 적으십시오.",
        en: "The policy has no effective date. State the date from which it applies.",
      },
      "no-notice": {
        ko: "처리방침을 변경할 때 어떻게 알리는지가 없습니다. 공지사항 게시 등 알리는 방법을 적으십시오.",
        en: "The policy does not say how changes will be announced. State how (e.g. a notice on the website).",
        maxSeverity: "warn",
      },
      "pre-amendment": {
        ko: "시행일({date})이 2023년 9월 15일 개정 「개인정보 보호법」 시행 전입니다. 국외 이전, 파기 등 개정 내용을 반영했는지 확인하십시오.",
        en: "The effective date ({date}) predates the 2023-09-15 PIPA amendment; check overseas transfer, destruction and other changed items.",
        maxSeverity: "warn",
      },
      "not-yet-in-force": {
        ko: "시행일({date})이 아직 오지 않았습니다. 이 방침은 그날부터 효력이 있으니, 그때까지 시행 중인 방침도 함께 공개하십시오.",
        en: "The effective date ({date}) is in the future: this policy is not yet in force, so keep the policy in force until then published too.",
        maxSeverity: "warn",
      },
      "short-notice": {
        ko: "변경 사전 공지 기간이 {days}일입니다. 7일 전 공지는 법이 아니라 공정거래위원회 표준약관의 관행이지만, 공지 기간을 7일 이상으로 정하십시오.",
        en: "Changes are announced {days} days in advance. The 7-day notice is standard-terms practice (not PIPA); allow at least 7 days.",
        maxSeverity: "warn",
      },
    },
  },
  check(policy, ctx) {
    const q = ctx.query;
    if (!policy.effectiveDate) ctx.report({ messageId: "missing", at: "document" });
    else if (policy.effectiveDate.value < AMENDMENT_2023) {
      ctx.report({ messageId: "pre-amendment", at: policy.effectiveDate.span, data: { date: policy.effectiveDate.value } });
    } else if (policy.effectiveDate.value > ctx.today) {
      ctx.report({ messageId: "not-yet-in-force", at: policy.effectiveDate.span, data: { date: policy.effectiveDate.value } });
    }
    const changeBlocks = q.statements(/변경|개정/).filter((b) => b.kind !== "heading");
    const sections = q.sections("changes");
    const noticeText = [...sections.map((s) => s.text), ...changeBlocks.map((b) => b.text)];
    if (!noticeText.some((t) => CHANGE_NOTICE.test(t)) && (sections.length || policy.effectiveDate)) {
      ctx.report({ messageId: "no-notice", at: sections[0] ? q.headingSpan(sections[0]) : "document" });
    }
    for (const b of changeBlocks) {
      if (!CHANGE_NOTICE.test(b.text)) continue;
      for (const m of q.findAll(ADVANCE_NOTICE, b.span)) {
        const days = Number(m.match[1]);
        if (days < 7) ctx.report({ messageId: "short-notice", at: m.span, data: { days } });
      }
    }
  },
});
