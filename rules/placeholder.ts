import { defineRule, GUIDELINE, type Span } from "../src/rule-api.js";
import { PLACEHOLDER_SHAPES } from "../src/data/evidence-shapes.js";

/** Generator marks that stand for an unfilled field wherever they appear. */
const TEMPLATE_MARKS = /☞|\(예시\)|\[예시\]|<예시>/g;
const PATTERNS = [TEMPLATE_MARKS, ...PLACEHOLDER_SHAPES.map((s) => s.pattern)];
/** Any of them, tested once per block: most blocks have no blank, and a document may have a million blocks. */
const ANY_PATTERN = new RegExp(PATTERNS.map((p) => p.source).join("|"));

export default defineRule({
  meta: {
    id: "placeholder",
    defaultSeverity: "warn",
    requirement: "SHOULD",
    description: {
      ko: "채우지 않은 양식 빈칸((위탁업체명), [월] [일], OOO, <개인정보처리자명>, 20XX. X. X …)이 남아 있는지 확인합니다.",
      en: "Reports template fields left unfilled ((위탁업체명), [월] [일], OOO, <개인정보처리자명>, 20XX. X. X …).",
    },
    legalBasis: [GUIDELINE],
    messages: {
      placeholder: {
        ko: "채우지 않은 빈칸 '{text}'이(가) 남아 있습니다: 실제 내용으로 바꾸거나 해당 문장을 지우십시오.",
        en: "Unfilled template field '{text}': replace it with the real value or remove the sentence.",
      },
    },
  },
  check(policy, ctx) {
    const q = ctx.query;
    for (const block of policy.blocks) {
      if (!ANY_PATTERN.test(block.text) || q.isTocBlock(block)) continue;
      const raw = policy.text.slice(block.span.start, block.span.end);
      const found: { span: Span; text: string }[] = [];
      const searchFrom = new Map<string, number>();
      for (const pattern of PATTERNS) {
        for (const m of block.text.matchAll(pattern)) {
          // Findings point at the blank as written; markup can move it, so fall back to the block.
          const at = raw.indexOf(m[0], searchFrom.get(m[0]) ?? 0);
          if (at >= 0) searchFrom.set(m[0], at + m[0].length);
          found.push({ span: at >= 0 ? { start: block.span.start + at, end: block.span.start + at + m[0].length } : block.span, text: m[0].trim() });
        }
      }
      found.sort((a, b) => a.span.start - b.span.start);
      let reached = -1;
      for (const f of found) {
        if (f.span.start < reached) continue;
        reached = f.span.end;
        ctx.report({ messageId: "placeholder", at: f.span, data: { text: f.text } });
      }
    }
  },
});
