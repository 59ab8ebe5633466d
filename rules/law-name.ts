import { defineRule, GUIDELINE } from "../src/rule-api.js";
import { lookupLaw } from "../src/data/law-match.js";
import { wasRead } from "../src/data/statute-texts.js";

const BRACKETED = /「([^」\n]{1,80})」/g;
const squash = (s: string) => s.replace(/\s+/g, "");

export default defineRule({
  meta: {
    id: "law-name",
    defaultSeverity: "warn",
    requirement: "SHOULD",
    description: {
      ko: "「」 안의 법령 이름이 공식 제명과 같은지 확인합니다(띄어쓰기는 자동으로 고칩니다).",
      en: "Law titles in 「」 match the official title (spacing is fixed automatically).",
    },
    legalBasis: [GUIDELINE],
    fixable: true,
    messages: {
      spacing: {
        ko: "법령 이름의 띄어쓰기가 공식 제명과 다릅니다. 「{written}」을(를) 「{canonical}」(으)로 고치십시오.",
        en: "The law title's spacing differs from the official title: write 「{canonical}」 instead of 「{written}」.",
        maxSeverity: "warn",
      },
      "wrong-name": {
        ko: "「{written}」: {why} 「{canonical}」(으)로 고치십시오.",
        en: "「{written}」 is not the right title here; the official title is 「{canonical}」.",
        maxSeverity: "warn",
      },
      repealed: {
        ko: "「{written}」은(는) {on}에 폐지된 법률입니다. 현행: 「{current}」",
        en: "「{written}」 was repealed on {on}; the law in force is 「{current}」.",
        maxSeverity: "warn",
      },
      informal: {
        ko: "「{written}」은(는) 약칭이거나 공식 제명이 아닙니다. 공식 제명 「{canonical}」을(를) 쓰십시오.",
        en: "「{written}」 is an abbreviation or not the official title; write 「{canonical}」.",
        maxSeverity: "warn",
      },
    },
  },
  check(_policy, ctx) {
    const q = ctx.query;
    for (const { span, match } of q.findAll(BRACKETED)) {
      const written = match[1].trim();
      const form = lookupLaw(written);
      if (!form || (written === form.law.canonical && !form.law.repealed)) continue;
      const { law, wrong } = form;
      const inner = { start: span.start + 1, end: span.end - 1 };
      if (law.repealed) {
        ctx.report({ messageId: "repealed", at: inner, data: { written, on: law.repealed.on, current: law.repealed.replacedBy ?? "—" } });
        continue;
      }
      if (wrong && wrong.kind !== "spacing" && wrong.kind !== "informal") {
        // 「소비자기본법」 is a real law: wrong only where it is given as the source of retention periods.
        const line = q.policy.blocks.find((b) => b.span.start <= span.start && b.span.end >= span.end);
        if (wrong.kind === "wrong-law" && !(line && q.entities("duration", line.span).length)) continue;
        ctx.report({ messageId: "wrong-name", at: inner, data: { written, why: wrong.why, canonical: law.canonical } });
      } else if (squash(written) === squash(law.canonical)) {
        // Only a title read in the statute's own text is written into a policy.
        const fix = wasRead(law.primary) ? { fix: { span: inner, text: law.canonical } } : {};
        ctx.report({ messageId: "spacing", at: inner, data: { written, canonical: law.canonical }, ...fix });
      } else {
        ctx.report({ messageId: "informal", at: inner, data: { written, canonical: law.canonical } });
      }
    }
  },
});
