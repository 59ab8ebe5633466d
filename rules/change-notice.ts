import { defineRule, pipa, GUIDELINE, type FactChange, type LegalBasis, type Policy, type PolicyQuery, type Span } from "../src/rule-api.js";
import {
  DEFAULT_NOTICE_DAYS,
  FACT_NAMES,
  IMPORTANT_CHANGE,
  NOTICE_PERIOD,
  NOTICE_SOURCE,
  NOTICE_WORDS,
  SIGNIFICANT_ADDITIONS,
  SIGNIFICANT_NOTICE_DAYS,
} from "../src/data/change-notice.js";

const STANDARD_TERMS: LegalBasis = {
  ko: "공정위 전자상거래 표준약관 제3조(관행이며 법정 기간이 아님)",
  en: "KFTC e-commerce standard terms Art. 3 (practice, not a statutory period)",
  source: NOTICE_SOURCE,
};

export default defineRule({
  meta: {
    id: "change-notice",
    defaultSeverity: "error",
    requirement: "MUST-IF",
    description: {
      ko: "이전 버전(--base)과 비교해 바뀐 처리방침의 시행일, 사전 공지 기간, 중요한 변경, 변경 이력을 확인합니다.",
      en: "Compared with its previous version (--base), a changed policy has a new effective date, the notice period it promises, a flag on significant changes and a change-history entry.",
    },
    legalBasis: [pipa("30", "2"), pipa("15", "2"), pipa("17", "2"), GUIDELINE, STANDARD_TERMS],
    messages: {
      "date-not-updated": {
        ko: "{base} 이후 내용이 바뀌었지만 시행일({date})은 그대로입니다. 변경한 처리방침에는 새 시행일을 적으십시오.",
        en: "The content changed since {base} but the effective date ({date}) did not; give the changed policy a new effective date.",
      },
      "notice-too-short": {
        ko: "새 시행일({date})이 변경일({today})로부터 {gap}입니다. {promise}",
        en: "The new effective date ({date}) is {gap} the change ({today}). {promise}",
      },
      "significant-change": {
        ko: "중요한 변경: {change}. 이용자에게 중요한 변경은 30일 전 공지가 관행이고(법정 기간은 아님), 동의를 받아 처리하는 경우에는 바뀐 내용에 대해 새로 동의를 받아야 합니다.",
        en: "Significant change: {change}. Changes that matter to users are customarily announced 30 days ahead (practice, not statute), and processing based on consent needs new consent for what changed.",
        maxSeverity: "warn",
      },
      "history-missing": {
        ko: "변경 이력(이전 처리방침 목록)에 이번 변경(시행일 {date})의 항목이 없습니다.",
        en: "The change history (list of previous versions) has no entry for this change (effective {date}).",
        maxSeverity: "warn",
      },
    },
  },
  check(policy, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const changes = previous.changes;
    if (!changes.contentChanged) return;
    const q = ctx.query;
    const oldDate = changes.effectiveDate.old?.date ?? null;
    const current = policy.effectiveDate;

    if (current && oldDate === current.value) {
      ctx.report({ messageId: "date-not-updated", at: current.span, data: { base: previous.label, date: current.value } });
    }

    const significant = changes.facts.filter((f) => (f.change === "added" && SIGNIFICANT_ADDITIONS.includes(f.kind)) || (f.kind === "retention" && f.change === "longer"));
    for (const f of significant) ctx.report({ messageId: "significant-change", at: f.place.span, data: { change: describe(f) } });

    if (current && oldDate !== current.value) {
      const promise = promisedNotice(q, significant.length > 0);
      const days = daysBetween(ctx.today, current.value);
      if (days < promise.days) {
        ctx.report({
          messageId: "notice-too-short",
          at: current.span,
          data: { date: current.value, today: ctx.today, gap: gap(days), promise: promise.text },
          advisory: !promise.span,
        });
      }
    }

    const date = current?.value ?? oldDate;
    if (!changes.history.length && date) {
      ctx.report({ messageId: "history-missing", at: historyPlace(q) ?? current?.span ?? "document", data: { date } });
    }
  },
});

function describe(f: FactChange): { ko: string; en: string } {
  const name = FACT_NAMES[f.kind];
  if (f.change === "longer") return { ko: `${name.ko} 연장 '${f.text}' (${f.before} → ${f.after})`, en: `longer ${name.en} '${f.text}' (${f.before} → ${f.after})` };
  return { ko: `${name.ko} '${f.text}' 추가`, en: `new ${name.en} '${f.text}'` };
}

interface NoticePromise {
  days: number;
  span: Span | null;
  text: { ko: string; en: string };
}

/**
 * The notice period the policy promises: the one for important changes when this change is
 * significant and the policy names one, else its general period, else the standard-terms 7 days.
 */
function promisedNotice(q: PolicyQuery, significant: boolean): NoticePromise {
  const general: { days: number; span: Span; quote: string }[] = [];
  const important: { days: number; span: Span; quote: string }[] = [];
  for (const b of q.statements(/변경|개정|수정|change|amend/i)) {
    if (b.kind === "heading" || !NOTICE_WORDS.test(b.text)) continue;
    for (const m of q.findAll(NOTICE_PERIOD, b.span)) {
      const before = q.policy.text.slice(Math.max(b.span.start, m.span.start - 40), m.span.start);
      (IMPORTANT_CHANGE.test(before) ? important : general).push({ days: Number(m.match[1]), span: m.span, quote: m.match[0] });
    }
  }
  const pick = significant && important.length ? important.reduce((a, b) => (b.days > a.days ? b : a)) : general.length ? general.reduce((a, b) => (b.days < a.days ? b : a)) : null;
  if (!pick) {
    return {
      days: DEFAULT_NOTICE_DAYS,
      span: null,
      text: {
        ko: `처리방침이 공지 기간을 정하지 않아 공정위 표준약관의 관행인 ${DEFAULT_NOTICE_DAYS}일 전 공지를 기준으로 했습니다(법정 기간은 아님; 중요한 변경은 ${SIGNIFICANT_NOTICE_DAYS}일).`,
        en: `The policy promises no notice period, so the standard-terms practice of ${DEFAULT_NOTICE_DAYS} days applies (not a statutory period; ${SIGNIFICANT_NOTICE_DAYS} days for significant changes).`,
      },
    };
  }
  const line = lineOf(q.policy, pick.span.start);
  return {
    days: pick.days,
    span: pick.span,
    text: {
      ko: `처리방침은 스스로 '${pick.quote}' 공지를 약속합니다(${line}행). 시행일을 공지일로부터 ${pick.days}일 이후로 정하십시오.`,
      en: `The policy itself promises notice '${pick.quote}' (line ${line}); set the effective date at least ${pick.days} days after the announcement.`,
    },
  };
}

function gap(days: number): { ko: string; en: string } {
  if (days > 0) return { ko: `${days}일 뒤`, en: `${days} day${days === 1 ? "" : "s"} after` };
  if (days === 0) return { ko: "같은 날", en: "the same day as" };
  return { ko: `${-days}일 전(이미 시행)`, en: `${-days} day${days === -1 ? "" : "s"} before` };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function lineOf(policy: Policy, offset: number): number {
  let line = 1;
  for (let i = policy.text.indexOf("\n"); i !== -1 && i < offset; i = policy.text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The heading of the changes section, where a history entry belongs. */
function historyPlace(q: PolicyQuery): Span | null {
  const section = q.sections("changes")[0];
  return section ? q.headingSpan(section) : null;
}
