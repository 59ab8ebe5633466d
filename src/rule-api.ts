/**
 * Everything a rule module needs from the engine. Rules import only this file and src/data.
 */
import type { Policy, Span, TopicId } from "./policy/types.js";
import { PolicyQuery } from "./policy/query.js";
import { deniesProcessing, processingSigns } from "./evidence/conditional.js";

export type { Policy, Section, Span, TopicId, Block, Entity, Table, TableCell } from "./policy/types.js";
export { PolicyQuery };
export { isPlaceholder, hasSubstance } from "./policy/query.js";

export type SeverityName = "off" | "warn" | "error";
export type Locale = "ko" | "en";

export interface Localized {
  ko: string;
  en: string;
}

/** A legal source rendered in messages, e.g. { ko: "개인정보 보호법 제30조제1항제6호", en: "PIPA Art. 30(1)6" }. */
export interface LegalBasis extends Localized {
  /** Spec source key(s), so that every fact can be traced (../shared/spec/pipa.md §0). */
  source: string;
}

export interface MessageMeta extends Localized {
  /** Findings of this kind are never more than a warning (e.g. guideline practice, not law). */
  maxSeverity?: "warn";
}

/** What the organisation declares about itself in config `facts`. */
export interface Facts {
  thirdParty?: boolean;
  consignment?: boolean;
  overseasTransfer?: boolean;
  cookies?: boolean;
  children?: boolean;
  sensitive?: boolean;
  pseudonymous?: boolean;
  automatedDecision?: boolean;
  publicInstitution?: boolean;
  cctv?: boolean;
  domesticAgent?: boolean;
}
export const FACT_KEYS: readonly (keyof Facts)[] = [
  "thirdParty",
  "consignment",
  "overseasTransfer",
  "cookies",
  "children",
  "sensitive",
  "pseudonymous",
  "automatedDecision",
  "publicInstitution",
  "cctv",
  "domesticAgent",
];

export type OptionType = "boolean" | "number" | "string" | "string[]";
export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: SeverityName;
  requirement: "MUST" | "MUST-IF" | "SHOULD" | "SHOULD-IF" | "LEGACY";
  /** The element of pipa.md §1.4 this rule checks, for the checklist report. */
  element?: TopicId;
  description: Localized;
  legalBasis: LegalBasis[];
  messages: Record<string, MessageMeta>;
  fixable?: boolean;
  options?: Record<string, OptionSpec>;
  /** Where the rule is documented; built-in rules point at docs/rules/<id>.md. */
  docsUrl?: string;
}

/** A text replacement on `Policy.text`. */
export interface Edit {
  span: Span;
  text: string;
}

export interface Suggestion {
  desc: Localized;
  text: string;
}

export interface ReportDescriptor {
  messageId: string;
  /** Values for the message's {placeholders}; a Localized value is rendered in the run's locale. */
  data?: Record<string, string | number | Localized>;
  /** Where: a span of `Policy.text`, or "document" for an absent element (title line, else 1:1). */
  at: Span | "document";
  fix?: Edit | Edit[];
  suggestions?: Suggestion[];
  /** The element is not required here (no fact or trigger makes it so): report as a warning at most. */
  advisory?: boolean;
}

export interface RuleContext {
  readonly options: Readonly<Record<string, unknown>>;
  readonly facts: Readonly<Facts>;
  /** The date the lint runs on (date-aware checks), ISO yyyy-mm-dd. */
  readonly today: string;
  readonly query: PolicyQuery;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(policy: Policy, context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Renders "개인정보 보호법 제30조제1항제6호" style references from article numbers. */
export function pipa(article: string, paragraph?: string, item?: string): LegalBasis {
  const ko = `개인정보 보호법 제${article.replace("의", "조의").replace(/^(\d+)$/, "$1조")}${paragraph ? `제${paragraph}항` : ""}${item ? `제${item.replace("의", "호의").replace(/^(\d+)$/, "$1호")}` : ""}`;
  const en = `PIPA Art. ${article.replace("의", "-")}${paragraph ? `(${paragraph})` : ""}${item ? ` item ${item.replace("의", "-")}` : ""}`;
  return { ko, en, source: "S-LAW1" };
}

export function decree(article: string, paragraph?: string, item?: string): LegalBasis {
  const ko = `개인정보 보호법 시행령 제${article.replace("의", "조의").replace(/^(\d+)$/, "$1조")}${paragraph ? `제${paragraph}항` : ""}${item ? `제${item}호` : ""}`;
  const en = `PIPA Enforcement Decree Art. ${article.replace("의", "-")}${paragraph ? `(${paragraph})` : ""}${item ? ` item ${item}` : ""}`;
  return { ko, en, source: "S-LAW2" };
}

export const GUIDELINE: LegalBasis = {
  ko: "개인정보 보호위원회 「개인정보 처리방침 작성지침」",
  en: "PIPC Privacy Policy Writing Guideline",
  source: "S-GUIDE1",
};

/** An element required only when the processing happens (spec level MUST-IF). */
export interface ConditionalElement {
  id: string;
  element: TopicId;
  description: Localized;
  legalBasis: LegalBasis[];
  missing: Localized;
  /** The config fact that declares the processing. */
  fact: keyof Facts;
  /** Text that shows the processing happens. */
  trigger: RegExp;
  /** Text that says it does not happen ("가명정보를 처리하지 않습니다"). */
  denial: RegExp;
  /** Sentences that address the element without a heading of their own. */
  addressedBy?: RegExp;
}

/**
 * Reports `missing` when the text (or a declared fact) shows the processing but no section
 * addresses it. Only a declared fact makes it an error; a trigger found in the text warns.
 */
export function defineConditionalRule(spec: ConditionalElement): Rule {
  return defineRule({
    meta: {
      id: spec.id,
      defaultSeverity: "error",
      requirement: "MUST-IF",
      element: spec.element,
      description: spec.description,
      legalBasis: spec.legalBasis,
      messages: { missing: spec.missing },
    },
    check(policy, ctx) {
      const q = ctx.query;
      const declared = ctx.facts[spec.fact] === true;
      if (ctx.facts[spec.fact] === false) return;
      if (q.sections(spec.element).length) return;
      const triggers = processingSigns(q, spec.element, spec.trigger, spec.denial);
      if (!declared && !triggers.length) return;
      if (spec.addressedBy && q.statements(spec.addressedBy).length) return;
      if (deniesProcessing(q, spec.trigger, spec.denial) && !declared) return;
      const where = triggers[0];
      ctx.report({
        messageId: "missing",
        at: "document",
        data: { where: where ? `L${q.policy.text.slice(0, where.span.start).split("\n").length}` : { ko: "설정의 facts", en: "config facts" } },
        advisory: !declared,
      });
    },
  });
}
