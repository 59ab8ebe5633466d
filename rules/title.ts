import { defineRule, pipa, GUIDELINE, type Span } from "../src/rule-api.js";
import { wasRead } from "../src/data/statute-texts.js";
import { LEGACY_TITLE_NAMES, namesTheDocument } from "../src/data/titles.js";

export default defineRule({
  meta: {
    id: "title",
    defaultSeverity: "warn",
    requirement: "SHOULD",
    element: "title",
    description: { ko: "문서 제목이 '개인정보 처리방침'인지 확인합니다.", en: "The document is titled 개인정보 처리방침." },
    legalBasis: [pipa("30", "1"), GUIDELINE],
    fixable: true,
    messages: {
      missing: {
        ko: "문서 제목이 '개인정보 처리방침'이 아닙니다{found}. 제목을 '개인정보 처리방침'으로 고치십시오.",
        en: "The document is not titled '개인정보 처리방침' (privacy policy){found}. Use that title.",
      },
    },
  },
  check(policy, ctx) {
    const title = policy.title;
    if (!title) {
      ctx.report({ messageId: "missing", at: "document", data: { found: "" } });
      return;
    }
    if (/처리\s*방침/.test(title.text)) return;
    // "처리(취급)방침" keeps the legacy name in brackets: reported below with a fix.
    const raw = policy.text.slice(title.span.start, title.span.end);
    for (const legacy of LEGACY_TITLE_NAMES) {
      const i = raw.search(legacy.pattern);
      if (i < 0) continue;
      const length = raw.match(legacy.pattern)![0].length;
      const span: Span = { start: title.span.start + i, end: title.span.start + i + length };
      ctx.report({
        messageId: "missing",
        at: span,
        data: { found: ` ('${raw.slice(i, i + length)}' → '개인정보 처리방침')` },
        ...(namesTheDocument(raw.slice(i + length)) && wasRead(legacy.primary) ? { fix: { span, text: "개인정보 처리방침" } } : {}),
      });
      return;
    }
    ctx.report({ messageId: "missing", at: title.span, data: { found: "" } });
  },
});
