import { defineRule, GUIDELINE, type Span } from "../src/rule-api.js";
import { PLACEHOLDER_SHAPES } from "../src/data/evidence-shapes.js";

/** Generator marks that stand for an unfilled field wherever they appear. */
const TEMPLATE_MARKS = /☞|\(예시\)|\[예시\]|<예시>/g;
const PATTERNS = [TEMPLATE_MARKS, ...PLACEHOLDER_SHAPES.map((s) => s.pattern)];
/**
 * Joins the blocks' text so that each pattern runs once over the document, not once per block. No
 * pattern matches U+0000, so no match runs from one block into the next.
 */
const SEPARATOR = "\n\u0000\n";

interface Hit {
  text: string;
  /** Offset in the block's text. */
  index: number;
}

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
    const starts: number[] = [];
    let offset = 0;
    for (const block of policy.blocks) {
      starts.push(offset);
      offset += block.text.length + SEPARATOR.length;
    }
    const joined = policy.blocks.map((b) => b.text).join(SEPARATOR);
    // By block, in pattern order and then text order.
    const hits = new Map<number, Hit[]>();
    for (const pattern of PATTERNS) {
      for (const m of joined.matchAll(pattern)) {
        const i = blockAt(starts, m.index);
        let list = hits.get(i);
        if (!list) hits.set(i, (list = []));
        list.push({ text: m[0], index: m.index - starts[i] });
      }
    }
    for (const i of [...hits.keys()].sort((a, b) => a - b)) {
      const block = policy.blocks[i];
      if (q.isTocBlock(block)) continue;
      const raw = policy.text.slice(block.span.start, block.span.end);
      const found: { span: Span; text: string }[] = [];
      const searchFrom = new Map<string, number>();
      for (const hit of hits.get(i)!) {
        // Findings point at the blank as written; markup can move it, so fall back to the block.
        const at = raw.indexOf(hit.text, searchFrom.get(hit.text) ?? 0);
        if (at >= 0) searchFrom.set(hit.text, at + hit.text.length);
        found.push({ span: at >= 0 ? { start: block.span.start + at, end: block.span.start + at + hit.text.length } : block.span, text: hit.text.trim() });
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

/** The block whose text holds `offset` of the joined text. */
function blockAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
