/**
 * Every regular expression that runs on document text must be linear (design §8; the list and the
 * reasoning are in docs/regex-audit.md). Rather than trusting a hand-kept list, this test times
 * every RegExp execution — RegExp.prototype.exec is what match, matchAll, replace, split, search and
 * test all call — while the whole engine and the pattern-heavy helpers run on long runs of the
 * characters the patterns look for. A backtracking pattern takes seconds on such input; a linear
 * one, milliseconds. The budget is generous because speed is the benchmark's job, not this test's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { Registry } from "../../src/config/load.js";
import * as patterns from "../../src/data/element-patterns.js";
import { findForeignProcessors } from "../../src/data/foreign-processors-match.js";
import { findOutdatedAgencyRefs, findWrongContacts, PIPC_REMEDY, REDRESS_BODY_PATTERN } from "../../src/data/redress-match.js";
import { sanitize } from "../../src/engine/messages.js";
import { lintText } from "../../src/engine/lint.js";
import type { ResolvedConfig } from "../../src/engine/types.js";
import { detectFormat } from "../../src/parse/index.js";
import { bodySignalCount, headingTopics, normalizeHeading } from "../../src/policy/classify.js";
import { extractEntities } from "../../src/policy/entities.js";
import { headingMarker, stripEmphasis } from "../../src/policy/heading-shape.js";
import { hasSubstance, isPlaceholder } from "../../src/policy/query.js";
import type { TopicId } from "../../src/policy/types.js";

/** One execution of one pattern may take this long on 100k characters; linear ones take < 20 ms. */
const BUDGET_MS = 1500;
const N = 100_000;

/** Units whose long runs make badly written patterns backtrack: digits, 제, ①, dots, brackets… */
const UNITS = ["0", "1-", "010-", "제", "제1", "①", ".", "·", "[", "]", "(", ")", "「", "」", ",", "\"", "<", "@", "a@", "-", "_", " ", "\u3000", "\t", "가", "나 ", "A", "Aa ", "www.", "a.", "http://", "년", "1년", "2024.", "보호", "개인정보 ", "**", "#", "|", ">", "\\"];
const run = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** A run, then the same run with a character that makes the match fail at the very end. */
const hostile = (unit: string, n = N) => `${run(unit, n / 2)}\u0001${run(unit, n / 2)}!`;

const slowest = new Map<string, number>();
const exec = RegExp.prototype.exec;
beforeAll(() => {
  RegExp.prototype.exec = function timed(this: RegExp, input: string) {
    const start = performance.now();
    try {
      return exec.call(this, input);
    } finally {
      const ms = performance.now() - start;
      const key = `/${this.source.slice(0, 120)}/${this.flags}`;
      if (ms > (slowest.get(key) ?? 0)) slowest.set(key, ms);
    }
  };
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

function expectLinear(): void {
  const over = [...slowest].filter(([, ms]) => ms > BUDGET_MS).map(([re, ms]) => `${ms.toFixed(0)} ms ${re}`);
  expect(over).toEqual([]);
}

const TOPICS: TopicId[] = ["purpose", "items", "retention", "destruction", "third-party", "consignment", "overseas-transfer", "safety-measures", "auto-collection", "rights", "privacy-officer", "redress", "changes", "sensitive-info", "pseudonymous", "children", "cctv"];

describe("regular expressions on pathological text", () => {
  it("pattern-heavy helpers", () => {
    for (const unit of UNITS) {
      for (const text of [run(unit), hostile(unit)]) {
        extractEntities(text);
        normalizeHeading(text);
        headingTopics(text);
        for (const topic of TOPICS) bodySignalCount(topic, text);
        headingMarker(text);
        stripEmphasis(text);
        findForeignProcessors(text);
        findOutdatedAgencyRefs(text, { start: 0, end: text.length }, "2025-06-01");
        findWrongContacts(text, [{ text, span: { start: 0, end: text.length } }]);
        isPlaceholder(text);
        hasSubstance(text);
        detectFormat("policy.txt", text);
        sanitize(text);
        REDRESS_BODY_PATTERN.test(text);
        PIPC_REMEDY.test(text);
        for (const value of Object.values(patterns)) if (value instanceof RegExp) value.test(text);
      }
    }
    expectLinear();
  }, 300_000);

  it("the whole engine (text and HTML parsers, model, every rule)", async () => {
    const registry = new Registry(builtInRules);
    const config: ResolvedConfig = { rules: new Map(registry.all().map((r) => [r.meta.id, { severity: "error" as const, options: {} }])), facts: {}, locale: "ko" };
    for (const unit of UNITS) {
      // Runs inside lines and as whole lines, under a heading so that section rules look at them.
      const body = `개인정보 처리방침\n\n제1조(${run(unit, 2000)})\n${hostile(unit, 30_000)}\n${Array.from({ length: 200 }, () => run(unit, 100)).join("\n")}\n`;
      await lintText(body, "policy.txt", config, registry, { today: "2025-06-01", fragment: true });
      await lintText(`<h1>개인정보 처리방침</h1><p>${body.replaceAll("<", "&lt;")}</p>`, "policy.html", config, registry, { today: "2025-06-01", fragment: true });
    }
    expectLinear();
  }, 300_000);
});
