/** Renders a finding's text: localised message with its data and Korean particles. */
import type { Locale, Localized, RuleMeta } from "../rule-api.js";
import { particleAfter, PARTICLE_PATTERN } from "./particles.js";

export const DOCS_BASE = "https://github.com/policy-lint/policy-lint/blob/main/docs/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Where a rule is documented: its own URL (plugins), else the built-in page. Empty when none. */
export function ruleDocsUrl(meta: Pick<RuleMeta, "id" | "docsUrl">): string {
  return meta.docsUrl ?? docsUrl(meta.id);
}

/** C0/C1 controls and the escape character can rewrite a terminal; documents must not reach it raw. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, "\ufffd").replace(/[\t\n]/g, " ");
}

export type MessageData = Record<string, string | number | Localized>;

const TOKEN = new RegExp(`\\{(\\w{1,40})\\}|${PARTICLE_PATTERN.source}`, "g");

/**
 * Fills {placeholders} from data. A particle pair the template writes after a value ("{term}은(는)",
 * "'{term}'을(를)") becomes the form that value takes; pairs in the data itself are left alone.
 */
export function interpolate(template: string, data: MessageData = {}, locale: Locale = "ko"): string {
  let out = "";
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const key = m[1];
    if (key === undefined) {
      out += particleAfter(out, m[0]);
      continue;
    }
    if (!(key in data)) {
      out += m[0];
      continue;
    }
    const value = data[key];
    out += sanitize(typeof value === "object" ? value[locale] : String(value));
  }
  return out + template.slice(last);
}

export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, locale: Locale): string {
  const template = meta.messages[messageId]?.[locale] ?? messageId;
  return interpolate(template, data, locale).trimEnd();
}

/** The legal basis of a rule as one line of text, e.g. "개인정보 보호법 제30조제1항, 개인정보 보호위원회 「…」". */
export function basisText(meta: Pick<RuleMeta, "legalBasis">, locale: Locale): string {
  return meta.legalBasis.map((b) => b[locale]).join(", ");
}
