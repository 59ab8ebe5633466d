import { defineRule, GUIDELINE } from "../src/rule-api.js";
import { resolveLaw } from "../src/data/law-match.js";

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
        ko: "법령 이름의 띄어쓰기가 공식 제명과 다릅니다: 「{written}」 → 「{canonical}」",
        en: "The law title's spacing differs from the official title: 「{written}」 → 「{canonical}」",
        maxSeverity: "warn",
      },
      informal: {
        ko: "「{written}」은(는) 약칭이거나 공식 제명이 아닙니다. 공식 제명: 「{canonical}」",
        en: "「{written}」 is an abbreviation or not the official title; the official title is 「{canonical}」.",
        maxSeverity: "warn",
      },
    },
  },
  check(_policy, ctx) {
    for (const { span, match } of ctx.query.findAll(BRACKETED)) {
      const written = match[1].trim();
      const law = resolveLaw(written);
      if (!law || written === law.canonical) continue;
      const inner = { start: span.start + 1, end: span.end - 1 };
      if (squash(written) === squash(law.canonical)) {
        ctx.report({ messageId: "spacing", at: inner, data: { written, canonical: law.canonical }, fix: { span: inner, text: law.canonical } });
      } else {
        ctx.report({ messageId: "informal", at: inner, data: { written, canonical: law.canonical } });
      }
    }
  },
});
