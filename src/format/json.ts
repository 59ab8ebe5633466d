import { basisText, ruleDocsUrl } from "../engine/messages.js";
import type { LintMessage } from "../engine/types.js";
import type { RuleMeta, Locale } from "../rule-api.js";
import type { Formatter } from "./types.js";

/** A finding with its rule's legal basis and docs link, which the terminal leaves out. */
function withReference(m: LintMessage, rules: ReadonlyMap<string, RuleMeta>, locale: Locale) {
  const meta = m.ruleId ? rules.get(m.ruleId) : undefined;
  if (!meta) return m;
  const docsUrl = ruleDocsUrl(meta);
  return { ...m, legalBasis: basisText(meta, locale), ...(docsUrl ? { docsUrl } : {}) };
}

/**
 * ESLint-compatible JSON (suppressedMessages included), plus each element's state: the model and
 * decoding details stay out.
 */
export const json: Formatter = (results, { rules, locale }) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => withReference(m, rules, locale)),
      suppressedMessages: (r.suppressedMessages ?? []).map((m) => withReference(m, rules, locale)),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fatalErrorCount: r.fatalErrorCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.elements ? { elements: r.elements } : {}),
      ...(r.directives?.length ? { directives: r.directives } : {}),
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
