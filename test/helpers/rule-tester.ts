/**
 * A small RuleTester over vitest: each case is inline text (or a fixture path) linted with one
 * rule switched on; invalid cases list the expected findings, and the count must match exactly.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { Registry } from "../../src/config/load.js";
import { applyFixes, lintText } from "../../src/engine/lint.js";
import type { LintMessage, ResolvedConfig, RuleSetting } from "../../src/engine/types.js";
import type { Facts } from "../../src/rule-api.js";

export interface ValidCase {
  name?: string;
  code?: string;
  file?: string;
  filename?: string;
  facts?: Facts;
  today?: string;
}

export interface InvalidCase extends ValidCase {
  errors: { messageId: string; line?: number; column?: number; severity?: 1 | 2 }[];
  /** The text after --fix, when the rule fixes. */
  output?: string;
}

const registry = new Registry(builtInRules);

export function configFor(ruleId: string, facts: Facts = {}, options: Record<string, unknown> = {}): ResolvedConfig {
  const rules = new Map<string, RuleSetting>();
  const rule = registry.get(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  rules.set(ruleId, { severity: "error", options });
  return { rules, facts, locale: "ko" };
}

export async function lintWith(ruleId: string, c: ValidCase): Promise<LintMessage[]> {
  const text = c.code ?? readFileSync(new URL(`../../${c.file}`, import.meta.url), "utf8");
  const filename = c.filename ?? c.file ?? "policy.md";
  const result = await lintText(text, filename, configFor(ruleId, c.facts), registry, { today: c.today ?? "2026-11-30", fragment: true });
  return result.messages;
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe("valid", () => {
      cases.valid.forEach((c, i) => {
        it(c.name ?? `valid #${i + 1}`, async () => {
          const messages = await lintWith(ruleId, c);
          expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.message}`)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}`, async () => {
          const messages = await lintWith(ruleId, c);
          expect(messages.filter((m) => m.fatal)).toEqual([]);
          expect(messages.map((m) => m.messageId)).toEqual(c.errors.map((e) => e.messageId));
          c.errors.forEach((e, k) => {
            if (e.line !== undefined) expect(messages[k].line, `line of ${e.messageId}`).toBe(e.line);
            if (e.column !== undefined) expect(messages[k].column, `column of ${e.messageId}`).toBe(e.column);
            if (e.severity !== undefined) expect(messages[k].severity, `severity of ${e.messageId}`).toBe(e.severity);
          });
          if (c.output !== undefined) {
            const text = c.code ?? readFileSync(new URL(`../../${c.file}`, import.meta.url), "utf8");
            const fixed = applyFixes(text, messages);
            expect(fixed).toBe(c.output);
            const again = await lintWith(ruleId, { ...c, code: fixed });
            expect(again.filter((m) => m.fix)).toEqual([]);
          }
        });
      });
    });
  });
}
