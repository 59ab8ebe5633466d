/**
 * Mutation test: every compliant fixture lints clean; deleting any one element's article makes
 * that element `missing` even when its words remain in other articles; gutting a required field
 * gives the field-level finding, never `missing`. Articles are found from the fixtures' own
 * heading lines (one shape per format), not from the model under test.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { Registry } from "../../src/config/load.js";
import { lintText } from "../../src/engine/lint.js";
import type { ResolvedConfig } from "../../src/engine/types.js";

const registry = new Registry(builtInRules);
const config: ResolvedConfig = {
  rules: new Map(registry.all().map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === "off" ? ("off" as const) : r.meta.defaultSeverity, options: {} }])),
  facts: {},
  locale: "ko",
};
const TODAY = "2026-12-05";

/** Which element an article heading announces (the fixtures' own wording). */
const ARTICLE_ELEMENT: [RegExp, string][] = [
  [/처리\s?목적/, "purpose"],
  [/개인정보의 항목/, "items"],
  [/보유\s?기간/, "retention"],
  [/파기/, "destruction"],
  [/제3자/, "third-party"],
  [/위탁/, "consignment"],
  [/국외\s?이전/, "overseas-transfer"],
  [/안전성/, "safety-measures"],
  [/자동 수집/, "auto-collection"],
  [/권리/, "rights"],
  [/보호책임자/, "privacy-officer"],
  [/구제/, "redress"],
  [/처리방침의 변경/, "changes"],
];

interface Fixture {
  file: string;
  /** A line that opens an article. */
  article: RegExp;
  /** Replacements that empty one required field, with the finding they must give. */
  guts: { name: string; from: RegExp; to: string; rule: string; messageId: string }[];
}

const FIXTURES: Fixture[] = [
  {
    file: "compliant/shop-policy.md",
    article: /^## /,
    guts: [
      { name: "retention periods replaced by a vague phrase", from: /- 회원 정보: 회원 탈퇴 시까지\n[\s\S]*?접속지의 추적자료: 3개월\n/, to: "- 회원 정보: 서비스 제공에 필요한 기간 동안\n", rule: "retention", messageId: "vague-period" },
      { name: "processor column emptied", from: /\| 주식회사 빠른택배 \| 물품 배송 \|\n\| 한국결제 주식회사 \| 전자 결제 대행 \|/, to: "|  | 물품 배송 |\n|  | 전자 결제 대행 |", rule: "consignment", messageId: "fields" },
      { name: "no way to exercise rights", from: / 권리 행사는 서면, 전화, 전자우편 등을 통하여[^\n]*/, to: "", rule: "rights", messageId: "no-method" },
      { name: "measures replaced by categories only", from: /회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다\.\n\n- 관리적[\s\S]*?출입통제\n/, to: "회사는 개인정보보호법 제29조에 따라 관리적·기술적·물리적 조치를 하고 있습니다.\n", rule: "safety-measures", messageId: "vague" },
      { name: "overseas recipient's contact and refusal removed", from: / \(aws-korea-privacy@amazon\.com\)|\n\| 거부 방법 및 효과 \|[^\n]*/g, to: "", rule: "overseas-transfer", messageId: "fields" },
      { name: "destruction method removed", from: /- 파기 방법:[^\n]*\n/, to: "", rule: "destruction", messageId: "no-method" },
      { name: "officer phone numbers removed", from: /, 전화번호 02-123-456\d/g, to: "", rule: "privacy-officer", messageId: "no-phone" },
    ],
  },
  {
    file: "compliant/school-policy.txt",
    article: /^제\d+조\(/,
    guts: [
      { name: "retention periods replaced by a vague phrase", from: /① 회원 정보는 회원 탈퇴 시까지 보유합니다\.\n[\s\S]*?로그기록자료: 3개월\n/, to: "① 회원 정보는 필요한 기간 동안 보유합니다.\n", rule: "retention", messageId: "vague-period" },
      { name: "no way to exercise rights", from: /② 권리 행사는 서면, 전화, 전자우편으로[^\n]*\n/, to: "", rule: "rights", messageId: "no-method" },
      { name: "destruction method removed", from: /② 전자적 파일 형태의 정보는[^\n]*\n/, to: "", rule: "destruction", messageId: "no-method" },
      { name: "officer phone removed", from: /031-987-6543, /, to: "", rule: "privacy-officer", messageId: "no-phone" },
    ],
  },
  {
    file: "compliant/foundation-policy.html",
    article: /^<h2>/,
    guts: [
      { name: "processor column emptied", from: /<td>주식회사 빠른택배<\/td>|<td>한국결제 주식회사<\/td>|<td>Amazon Web Services, Inc\.<\/td>/g, to: "<td></td>", rule: "consignment", messageId: "fields" },
      { name: "destruction method removed", from: /<li>파기 방법:[^\n]*\n/, to: "", rule: "destruction", messageId: "no-method" },
      { name: "measures replaced by categories only", from: /<ul>\n<li>관리적 조치[\s\S]*?<\/ul>/, to: "<p>재단은 관리적·기술적·물리적 조치를 하고 있습니다.</p>", rule: "safety-measures", messageId: "vague" },
    ],
  },
];

const read = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8");

async function findings(text: string, file: string) {
  const result = await lintText(text, file, config, registry, { today: TODAY });
  return result.messages;
}

/** The fixture cut into the text before the first article and one piece per article. */
function articles(text: string, opener: RegExp): { heading: string; start: number; end: number }[] {
  const lines = text.split("\n");
  const out: { heading: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const line of lines) {
    if (opener.test(line)) {
      if (out.length) out[out.length - 1].end = offset;
      out.push({ heading: line, start: offset, end: text.length });
    }
    offset += line.length + 1;
  }
  // The last article ends where the document's closing markup starts.
  const last = out[out.length - 1];
  const close = text.indexOf("</main>", last?.start ?? 0);
  if (last && close > 0) last.end = close;
  return out;
}

for (const fx of FIXTURES) {
  describe(`mutations of ${fx.file}`, () => {
    const text = read(fx.file);

    it("lints clean as written", async () => {
      const messages = await findings(text, fx.file);
      expect(messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual([]);
    });

    const cut = articles(text, fx.article);
    it("has an article for each element the test deletes", () => {
      expect(cut.length).toBeGreaterThanOrEqual(12);
    });

    for (const a of cut) {
      const element = ARTICLE_ELEMENT.find(([pattern]) => pattern.test(a.heading))?.[1];
      if (!element) continue;
      const mutant = text.slice(0, a.start) + text.slice(a.end);
      // Without its article, a policy that names no foreign processor shows no transfer abroad at all.
      const signAbroad = element !== "overseas-transfer" || /Amazon|Google|AWS/.test(mutant);
      it.skipIf(!signAbroad)(`deleting "${a.heading.replace(/<[^>]+>/g, "")}" makes ${element} missing`, async () => {
        const messages = await findings(mutant, fx.file);
        expect(messages.filter((m) => m.ruleId === element).map((m) => m.messageId)).toContain("missing");
      });
    }

    it("deleting the title line makes the title missing", async () => {
      const mutant = text.replace(/^# [^\n]*\n|^[^\n]*처리방침\n|<title>[^<]*<\/title>|<h1>[^<]*<\/h1>/gm, "");
      const messages = await findings(mutant, fx.file);
      expect(messages.filter((m) => m.ruleId === "title").map((m) => m.messageId)).toContain("missing");
    });

    for (const gut of fx.guts) {
      it(`${gut.name}: ${gut.rule} reports ${gut.messageId}, not missing`, async () => {
        const mutant = text.replace(gut.from, gut.to);
        expect(mutant).not.toBe(text);
        const ids = (await findings(mutant, fx.file)).filter((m) => m.ruleId === gut.rule).map((m) => m.messageId);
        expect(ids).toContain(gut.messageId);
        expect(ids).not.toContain("missing");
      });
    }
  });
}
