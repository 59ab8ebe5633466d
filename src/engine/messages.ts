/** Renders a finding's text: localised message, data, legal basis, docs link. */
import { ruleDocsUrl } from "../project.js";
import type { Locale, Localized, RuleMeta } from "../rule-api.js";

export const docsUrl = ruleDocsUrl;

/** C0/C1 controls and the escape character can rewrite a terminal; documents must not reach it raw. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, "\ufffd").replace(/[\t\n]/g, " ");
}

export type MessageData = Record<string, string | number | Localized>;

export function interpolate(template: string, data: MessageData = {}, locale: Locale = "ko"): string {
  return template.replace(/\{(\w{1,40})\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    return sanitize(typeof value === "object" ? value[locale] : String(value));
  });
}

export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, locale: Locale): string {
  const template = meta.messages[messageId]?.[locale] ?? messageId;
  const basis = meta.legalBasis.map((b) => b[locale]).join(", ");
  const label = locale === "ko" ? "근거" : "basis";
  const link = meta.docsUrl ?? docsUrl(meta.id);
  return `${interpolate(template, data, locale).trimEnd()}${basis ? ` (${label}: ${basis})` : ""}${link ? ` ${link}` : ""}`;
}
