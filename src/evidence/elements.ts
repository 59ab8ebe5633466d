/**
 * What counts as each element's content (../shared/corpus/LABELING.md, spec §1.4). Every judge
 * reads the element's own sections first, then tables whose header names its fields, then
 * statements elsewhere, and gives one of three verdicts. A section named for the element with an
 * on-topic body that lacks the required content is `thin` (a field-level finding), never
 * `missing`; a section holding only frames, placeholders or cross-references is no evidence.
 */
import {
  AUTO_COLLECTION_NONE,
  AUTO_COLLECTION_WORDS,
  CONSIGNMENT_BOILERPLATE,
  CONSIGNMENT_FIELD_RECIPIENT,
  CONSIGNMENT_NONE,
  CONSIGNMENT_NONE_PLAIN,
  CONSIGNMENT_PLAIN,
  CONSIGNMENT_TABLE_HEADER,
  DESTRUCTION_METHOD,
  DESTRUCTION_STATEMENT,
  DESTRUCTION_TIMING,
  IDENTIFIER_ITEMS,
  ITEM_VERB,
  ITEM_WORDS,
  ITEMS_NONE,
  ITEMS_STATEMENT,
  ITEMS_TABLE_HEADER,
  LABELLED_PROCESSOR,
  NAMED_PROCESSOR,
  NOTHING_STORED,
  PROCESSOR_CATEGORY,
  PROCESSOR_TASK,
  PURPOSE_BOILERPLATE,
  PURPOSE_FRAME,
  PURPOSE_STATEMENT,
  RETENTION_BOILERPLATE,
  RETENTION_END_EVENT,
  RETENTION_NONE,
  RETENTION_STATEMENT,
  RETENTION_TABLE_HEADER,
  RIGHT_OF_SUBJECT,
  RIGHTS_WORDS,
  SAFETY_MEASURES,
  SERVICE_TABLE_NAME,
  SERVICE_TABLE_TASK,
  SAFETY_MEASURES_MORE,
  SAFETY_TOPIC,
  THIRD_PARTY_NONE,
  THIRD_PARTY_SHARING,
  THIRD_PARTY_STATEMENT,
  USER_REFUSAL,
  USER_REFUSAL_MORE,
  VAGUE_PERIOD,
} from "../data/element-patterns.js";
import { OTHER_PARTY_FIELD, SAFETY_DISCLAIMER, TRIGGER_OR_SCOPE } from "../data/evidence-shapes.js";
import { findForeignProcessors } from "../data/foreign-processors-match.js";
import { REDRESS_BODY_PATTERN, PIPC_REMEDY } from "../data/redress-match.js";
import { hasSubstance, isPlaceholder } from "../policy/query.js";
import type { Block, Section, TopicId } from "../policy/types.js";
import { attribute, hasPlaceholder, isCrossReference, userActs, type Sentence } from "./attribute.js";
import type { EvidenceCollector } from "./collect.js";
import { holdingAnyWord, wordCounter } from "./prefilter.js";
import type { ElementEvidence, EvidenceKind } from "./types.js";

type Judge = (c: EvidenceCollector) => ElementEvidence;

/** Words of another element's act: a sentence built on them is a lead-in, not a purpose. */
const OTHER_ELEMENT_ACT = /위탁|수탁|제3자에게|제삼자|국외|해외|이전(?:합니다|하며|되는)|쿠키|파기|보관(?:합니다|하며)|보유(?:합니다|하며)/;
/** "원활한 서비스를 위하여 아래 정보를 처리합니다": a lead-in to a list of items. */
const LEAD_IN_TO_LIST = /(?:아래|다음)(?:의|과\s{0,2}같은|와\s{0,2}같은|과\s{0,2}같이|와\s{0,2}같이)?\s{0,2}(?:개인\s{0,2})?(?:정보|항목|데이터)/;
/** Topics whose sections describe another party's processing. */
const OTHER_PARTY_TOPICS: readonly TopicId[] = ["third-party", "consignment", "overseas-transfer"];

const NOUN_LIST_MAX = 120;
const itemCount = wordCounter([...ITEM_WORDS, ...IDENTIFIER_ITEMS]);
const namedMeasures = wordCounter(SAFETY_MEASURES);
/** Read in lower case on both sides. */
const moreMeasures = wordCounter(SAFETY_MEASURES_MORE.map((w) => w.toLowerCase()));
const safetyMeasures = (text: string) => namedMeasures(text) + moreMeasures(text.toLowerCase());

/** True when the section's body, frames aside, says anything at all. */
function substantive(c: EvidenceCollector, blocks: Block[], boilerplate?: RegExp): boolean {
  const lines = c.sentencesIn(blocks).filter((s) => !(boilerplate && boilerplate.test(s.text)) && !isPlaceholder(s.text));
  return hasSubstance(lines.map((s) => s.text).join("\n"));
}

/** Sections of the topic in the document, with their bodies. */
function ownSections(c: EvidenceCollector): { section: Section; body: Block[] }[] {
  return c.sections().map((section) => ({ section, body: c.body(section) }));
}

/**
 * Statements outside the element's sections, skipping other parties' sections; with `may`, only
 * those of the blocks that can hold a sentence the judge takes up.
 */
function elsewhere(c: EvidenceCollector, opts: { skipTopics?: readonly TopicId[]; may?: (block: Block) => boolean } = {}): Sentence[] {
  if (c.promisedButAbsent) return [];
  const skip = (opts.skipTopics ?? []).flatMap((t) => c.sections(t).map((s) => s.span));
  const blocks = c.outside();
  return c.sentencesWhere(skip.length ? blocks.filter((b) => !skip.some((s) => b.span.start >= s.start && b.span.end <= s.end)) : blocks, opts.may);
}

/** The shared three-verdict decision: accepted → present; a thin section → thin; else missing. */
function decide(c: EvidenceCollector, thin: { section: Section; reason: string }[]): ElementEvidence {
  if (c.accepted.length) return c.result("present");
  if (thin.length) {
    for (const t of thin) c.accept(c.headingEvidence(t.section, "thin", t.reason));
    return c.result("thin");
  }
  return c.result("missing");
}

/** A purpose statement elsewhere matches PURPOSE_STATEMENT. */
const MAY_STATE_PURPOSE = holdingAnyWord(PURPOSE_STATEMENT);

const purpose: Judge = (c) => {
  const content = (text: string): EvidenceKind | null => {
    if (PURPOSE_BOILERPLATE.test(text) || PURPOSE_FRAME.test(text) || TRIGGER_OR_SCOPE.test(text)) return null;
    return "disclosure";
  };
  for (const { section, body } of ownSections(c)) {
    const found = c.judge(c.sentencesIn(body).filter((s) => hasSubstance(s.text)), "heading", content, { skipAttribution: true });
    if (!found.length) c.reject(c.headingEvidence(section, PURPOSE_FRAME.test(section.text) ? "frame" : "off-topic"), "the section states no purpose");
  }
  for (const t of c.tablesWithHeader(/목적|용도/)) {
    if (t.header.some((h) => OTHER_PARTY_FIELD.test(h) || /수탁|제공\s{0,2}받는|이전\s{0,2}받는/.test(h))) continue;
    if (t.table.rows.some((r) => r.some((cell) => hasSubstance(cell.text)))) c.accept(c.piece("table", "disclosure", "organisation", t.table.span, t.header.join(" | ")));
  }
  // A purpose article left as the generator's frame is a blank, not a purpose stated elsewhere.
  const framed = c.sections().some((s) => PURPOSE_FRAME.test(s.text));
  if (!c.accepted.length && !framed) {
    const statement = (text: string): EvidenceKind | null => {
      if (!PURPOSE_STATEMENT.test(text)) return null;
      if (PURPOSE_BOILERPLATE.test(text) || TRIGGER_OR_SCOPE.test(text) || OTHER_ELEMENT_ACT.test(text) || LEAD_IN_TO_LIST.test(text)) return null;
      return "disclosure";
    };
    c.judge(elsewhere(c, { skipTopics: OTHER_PARTY_TOPICS, may: MAY_STATE_PURPOSE }), "statement", statement);
  }
  return decide(c, []);
};

/** An items statement elsewhere is a denial, a statement or names an item. */
const MAY_STATE_ITEMS = holdingAnyWord(ITEMS_NONE, ITEMS_STATEMENT, ITEM_WORDS, IDENTIFIER_ITEMS);

const items: Judge = (c) => {
  const content = (text: string): EvidenceKind | null => (ITEMS_NONE.test(text) ? "denial" : itemCount(text) > 0 || /항목\s{0,2}[:：]\s{0,2}\S/.test(text) ? "disclosure" : null);
  for (const { section, body } of ownSections(c)) {
    const found = c.judge(c.sentencesIn(body), "heading", content, { skipAttribution: true });
    if (!found.length) c.reject(c.headingEvidence(section, substantive(c, body) ? "off-topic" : "frame"), "the section names no data item");
  }
  for (const t of c.tablesWithHeader(ITEMS_TABLE_HEADER)) {
    if (t.header.some((h) => /수탁|제공\s{0,2}받는|이전\s{0,2}받는|이전되는|제공\s{0,2}항목/.test(h))) continue;
    if (t.table.rows.some((r) => r.some((cell) => hasSubstance(cell.text) && !isPlaceholder(cell.text)))) c.accept(c.piece("table", "disclosure", "organisation", t.table.span, t.header.join(" | ")));
  }
  if (!c.accepted.length) {
    const statement = (text: string): EvidenceKind | null => {
      if (ITEMS_NONE.test(text)) return "denial";
      if (/(?:이전|제공|위탁)되는\s{0,2}(?:개인정보\s{0,2})?항목|제공\s{0,2}항목/.test(text)) return null;
      if (ITEMS_STATEMENT.test(text) && !LEAD_IN_TO_LIST.test(text)) return "disclosure";
      // A cookie or security sentence names 쿠키 or 비밀번호 as what it handles, not as what is collected.
      if (/쿠키|cookie|암호화/i.test(text)) return null;
      const named = itemCount(text);
      // A bare noun list of items ("이름, 이메일, 접속 로그") is the list itself.
      if (named >= 2 && text.length <= NOUN_LIST_MAX && /[,、·]/.test(text) && !/[다요]\.?$/.test(text)) return "disclosure";
      return named > 0 && ITEM_VERB.test(text) && !/문의|연락|보내\s{0,2}주|알려\s{0,2}드|통지|발송/.test(text) ? "disclosure" : null;
    };
    const otherArticles: TopicId[] = [...OTHER_PARTY_TOPICS, "privacy-officer", "redress", "auto-collection", "safety-measures", "retention", "destruction", "rights", "children"];
    c.judge(elsewhere(c, { skipTopics: otherArticles, may: MAY_STATE_ITEMS }), "statement", statement);
  }
  return decide(c, []);
};

/** A retention statement elsewhere (or the vague one) names retention or an end event, or holds an event duration. */
const MAY_STATE_RETENTION = holdingAnyWord(RETENTION_STATEMENT, RETENTION_END_EVENT);

const retention: Judge = (c) => {
  const q = c.q;
  const periodIn = (s: Sentence) => q.entities("duration", s.block.span).some((d) => !/이내$/.test(d.text) && s.text.includes(d.text.trim()));
  const concrete = (s: Sentence) => periodIn(s) || RETENTION_NONE.test(s.text) || RETENTION_END_EVENT.test(s.text) || NOTHING_STORED.test(s.text);
  const thin: { section: Section; reason: string }[] = [];
  for (const { section, body } of ownSections(c)) {
    const sentences = c.sentencesIn(body).filter((s) => !RETENTION_BOILERPLATE.test(s.text) || concrete(s));
    let found = 0;
    for (const s of sentences) {
      if (!concrete(s)) continue;
      const a = OTHER_PARTY_FIELD.test(s.text) ? attribute(s.text) : null;
      const e = c.piece("heading", RETENTION_NONE.test(s.text) || NOTHING_STORED.test(s.text) ? "denial" : "disclosure", "organisation", s.block.span, s.text);
      if (a && a.kind !== "disclosure") c.reject({ ...e, kind: a.kind, party: a.party }, a.reason ?? a.kind);
      else if (hasPlaceholder(s.text) && !periodIn(s)) c.reject({ ...e, kind: "placeholder" }, "unfilled template field");
      else {
        c.accept(e);
        found++;
      }
    }
    if (!found) {
      if (substantive(c, body, RETENTION_BOILERPLATE)) thin.push({ section, reason: "no concrete period or end event" });
      else c.reject(c.headingEvidence(section, "frame"), "only the generator's framing");
    }
  }
  if (!c.accepted.length) {
    for (const t of c.tablesWithHeader(RETENTION_TABLE_HEADER)) {
      if (t.header.some((h) => /수탁|위탁|제공\s{0,2}받는|이전\s{0,2}받는|제공처|업체/.test(h))) {
        c.reject(c.piece("table", "field-label", "processor", t.table.span, t.header.join(" | ")), "another party's period");
        continue;
      }
      const inOther = OTHER_PARTY_TOPICS.some((topic) => c.sections(topic).some((s) => t.table.span.start >= s.span.start && t.table.span.end <= s.span.end));
      if (inOther) continue;
      const col = t.header.findIndex((h) => RETENTION_TABLE_HEADER.test(h));
      if (t.table.rows.some((r) => r[col] && hasSubstance(r[col].text) && !isPlaceholder(r[col].text))) c.accept(c.piece("table", "disclosure", "organisation", t.table.span, t.header.join(" | ")));
    }
  }
  if (!c.accepted.length) {
    const safety = c.sections("safety-measures").map((s) => s.span);
    const anyEvent = q.entities("duration").some((d) => d.value === "event");
    const may = (b: Block) => MAY_STATE_RETENTION(b) || (anyEvent && q.entities("duration", b.span).some((d) => d.value === "event"));
    const sentences = elsewhere(c, { skipTopics: [...OTHER_PARTY_TOPICS, "destruction"], may }).filter(
      (s) => !safety.some((sp) => s.block.span.start >= sp.start && s.block.span.end <= sp.end) && !/접속\s{0,2}기록|로그/.test(s.text),
    );
    const statement = (text: string, s: Sentence): EvidenceKind | null => {
      const event = q.entities("duration", s.block.span).some((d) => d.value === "event" && s.text.includes(d.text.trim()));
      if (!RETENTION_STATEMENT.test(text) && !RETENTION_END_EVENT.test(text) && !event) return null;
      if (RETENTION_NONE.test(text) || NOTHING_STORED.test(text)) return "denial";
      return periodIn(s) || RETENTION_END_EVENT.test(text) ? "disclosure" : null;
    };
    c.judge(sentences, "statement", statement);
    if (!c.accepted.length && !thin.length) {
      const vague = sentences.find((s) => RETENTION_STATEMENT.test(s.text) && VAGUE_PERIOD.test(s.text) && attribute(s.text).kind === "disclosure");
      if (vague) {
        c.accept(c.piece("statement", "thin", "organisation", vague.block.span, vague.text, "no concrete period or end event"));
        return c.result("thin");
      }
    }
  }
  return decide(c, thin);
};

/** Destruction content elsewhere says nothing is stored, or names destruction or its method. */
const MAY_STATE_DESTRUCTION = holdingAnyWord(NOTHING_STORED, DESTRUCTION_STATEMENT, DESTRUCTION_METHOD);

const destruction: Judge = (c) => {
  const rights = c.sections("rights").map((s) => s.span);
  const content = (text: string): EvidenceKind | null => {
    if (NOTHING_STORED.test(text) && !DESTRUCTION_STATEMENT.test(text)) return "denial";
    if (!DESTRUCTION_STATEMENT.test(text) && !DESTRUCTION_METHOD.test(text)) return null;
    if (userActs(text)) return null;
    return DESTRUCTION_TIMING.test(text) || DESTRUCTION_METHOD.test(text) ? "disclosure" : "thin";
  };
  const thin: { section: Section; reason: string }[] = [];
  for (const { section, body } of ownSections(c)) {
    const sentences = c.sentencesIn(body);
    const kinds = sentences.map((s) => ({ s, kind: content(s.text) }));
    const good = kinds.filter((k) => k.kind === "disclosure" || k.kind === "denial");
    const crossOnly = kinds.filter((k) => k.kind).every((k) => isCrossReference(k.s.text));
    if (good.length && !crossOnly) {
      for (const k of good) if (!isCrossReference(k.s.text)) c.accept(c.piece("heading", k.kind!, "organisation", k.s.block.span, k.s.text));
    } else if (kinds.some((k) => k.kind === "thin" && !isCrossReference(k.s.text)) || (substantive(c, body) && !crossOnly && !userActsOnly(sentences))) {
      thin.push({ section, reason: "no timing, procedure or method" });
    } else c.reject(c.headingEvidence(section, crossOnly && kinds.some((k) => k.kind) ? "cross-reference" : "off-topic"), "no destruction by the organisation");
  }
  if (!c.accepted.length && !thin.length) {
    const sentences = elsewhere(c, { skipTopics: OTHER_PARTY_TOPICS, may: MAY_STATE_DESTRUCTION }).filter((s) => !rights.some((sp) => s.block.span.start >= sp.start && s.block.span.end <= sp.end));
    const statement = (text: string): EvidenceKind | null => {
      const kind = content(text);
      // A bare "…파기합니다" elsewhere is no destruction article, unless it points to one: then it is judged (and rejected) as a reference.
      if (kind === "thin") return isCrossReference(text) ? "disclosure" : null;
      return kind;
    };
    c.judge(sentences, "statement", statement);
  }
  return decide(c, thin);
};

function userActsOnly(sentences: Sentence[]): boolean {
  const relevant = sentences.filter((s) => DESTRUCTION_STATEMENT.test(s.text));
  return relevant.length > 0 && relevant.every((s) => userActs(s.text));
}

/** Who data would go to; a denial elsewhere must name one ("정정을 완료할 때까지 이용하거나 제공하지 않습니다" is a rights duty). */
const THIRD_PARTY_RECIPIENT = /제\s{0,2}3\s{0,2}자|제삼자|외부|타인|다른\s{0,2}(?:회사|기관|사람|업체)|제휴|third/i;

/** A provision statement elsewhere is a denial, a statement or a sharing. */
const MAY_STATE_PROVISION = holdingAnyWord(THIRD_PARTY_NONE, THIRD_PARTY_STATEMENT, THIRD_PARTY_SHARING);

const thirdParty: Judge = (c) => {
  const content = (text: string): EvidenceKind | null => {
    if (THIRD_PARTY_NONE.test(text)) return "denial";
    return THIRD_PARTY_STATEMENT.test(text) || THIRD_PARTY_SHARING.test(text) || /제공|공유/.test(text) ? "disclosure" : null;
  };
  for (const { section, body } of ownSections(c)) {
    const found = c.judge(c.sentencesIn(body).filter((s) => hasSubstance(s.text)), "heading", content, { skipAttribution: true });
    if (!found.length) c.reject(c.headingEvidence(section, "off-topic"), "the section says nothing about provision");
  }
  for (const t of c.tablesWithHeader(/제공\s{0,2}받는|제공처|제공\s{0,2}(?:목적|항목)/)) {
    if (t.table.rows.some((r) => r.some((cell) => hasSubstance(cell.text) && !isPlaceholder(cell.text)))) c.accept(c.piece("table", "disclosure", "recipient", t.table.span, t.header.join(" | ")));
  }
  if (!c.accepted.length) {
    const statement = (text: string): EvidenceKind | null => {
      if (THIRD_PARTY_NONE.test(text)) return THIRD_PARTY_RECIPIENT.test(text) ? "denial" : null;
      if (/위탁|수탁/.test(text) && !/제\s{0,2}3\s{0,2}자|제삼자/.test(text)) return null;
      return THIRD_PARTY_STATEMENT.test(text) || THIRD_PARTY_SHARING.test(text) ? "disclosure" : null;
    };
    const sentences = elsewhere(c, { skipTopics: ["rights"], may: MAY_STATE_PROVISION });
    // A recipient's own field ("제공받는 자의 보유기간") still shows the organisation provides data.
    for (const s of sentences) {
      const kind = statement(s.text);
      if (!kind) continue;
      const e = c.piece("statement", kind, "organisation", s.block.span, s.text);
      if (hasPlaceholder(s.text) && !hasSubstance(s.text.replace(/[(\[<][^)\]>]{0,30}[)\]>]/g, ""))) c.reject({ ...e, kind: "placeholder" }, "unfilled template field");
      else if (kind === "denial") c.accept(e);
      else {
        const a = attribute(s.text);
        if (a.kind === "disclosure" || (a.kind === "field-label" && a.party === "recipient")) c.accept(e);
        else c.reject({ ...e, kind: a.kind, party: a.party }, a.reason ?? a.kind);
      }
    }
  }
  return decide(c, []);
};

/** True when a line names an actual company rather than a category of processor. */
function namesCompany(text: string): boolean {
  return NAMED_PROCESSOR.test(text) || findForeignProcessors(text).length > 0 || (LABELLED_PROCESSOR.test(text) && !PROCESSOR_CATEGORY.test(text.replace(LABELLED_PROCESSOR, "")));
}

/** True when a line names a processor: a company shape, a category, a labelled value or a known foreign service. */
function namesProcessor(text: string): boolean {
  if (hasPlaceholder(text) && !NAMED_PROCESSOR.test(text.replace(/[(\[<][^)\]>]{0,30}[)\]>]/g, ""))) return false;
  return (
    NAMED_PROCESSOR.test(text) ||
    PROCESSOR_CATEGORY.test(text) ||
    (LABELLED_PROCESSOR.test(text) && !isPlaceholder(text.replace(LABELLED_PROCESSOR, ""))) ||
    findForeignProcessors(text).length > 0
  );
}

/** Consignment named without a section: 위탁 or 수탁, or handing over said plainly. */
const CONSIGNMENT_WORD = /위탁|수탁/;
const MAY_DENY_CONSIGNMENT = holdingAnyWord(CONSIGNMENT_NONE, CONSIGNMENT_NONE_PLAIN);
const MAY_STATE_CONSIGNMENT = holdingAnyWord(CONSIGNMENT_NONE, CONSIGNMENT_NONE_PLAIN, CONSIGNMENT_WORD, CONSIGNMENT_PLAIN);

const consignment: Judge = (c) => {
  const none = (text: string) => CONSIGNMENT_NONE.test(text) || CONSIGNMENT_NONE_PLAIN.test(text);
  const thin: { section: Section; reason: string }[] = [];
  const tableRows = (blocks: Block[]) => blocks.filter((b) => b.kind === "tableRow");
  for (const { section, body } of ownSections(c)) {
    const denial = c.sentencesIn(body).find((s) => none(s.text));
    if (denial) {
      c.accept(c.piece("heading", "denial", "organisation", denial.block.span, denial.text));
      continue;
    }
    const lines = c.sentencesIn(body.filter((b) => b.kind !== "tableRow")).filter((s) => !CONSIGNMENT_BOILERPLATE.test(s.text));
    const named = [...lines, ...c.sentencesIn(tableRows(body))].filter((s) => namesProcessor(s.text) && !hasPlaceholder(s.text));
    const tables = [...new Set(tableRows(body).map((b) => b.table!))].map((i) => c.policy.tables[i]);
    const filled = tables.some((t) => t.rows.some((r) => r.length > 1 && r.filter((cell) => hasSubstance(cell.text) && !isPlaceholder(cell.text)).length >= 2));
    if (named.length || filled) {
      for (const s of named.slice(0, 3)) c.accept(c.piece("heading", "disclosure", "processor", s.block.span, s.text));
      if (!named.length) c.accept(c.headingEvidence(section, "disclosure"));
      // Categories ("결제대행사", "클라우드 사업자") stand in for the processors the law asks to name.
      if (named.length && !filled && named.every((s) => PROCESSOR_CATEGORY.test(s.text) && !namesCompany(s.text))) c.gaps.push({ id: "processor", span: c.q.headingSpan(section) });
    } else if (lines.some((s) => hasSubstance(s.text) && !isPlaceholder(s.text) && /위탁|맡기|대행|업무|처리/.test(s.text) && !hasPlaceholder(s.text))) {
      thin.push({ section, reason: "no processor named" });
    } else c.reject(c.headingEvidence(section, lines.some((s) => hasPlaceholder(s.text)) ? "placeholder" : "frame"), "only the generator's frame or blanks");
  }
  for (const t of c.tablesWithHeader(CONSIGNMENT_TABLE_HEADER)) {
    const inSection = c.sections().some((s) => t.table.span.start >= s.span.start && t.table.span.end <= s.span.end);
    if (inSection) continue;
    const col = t.header.findIndex((h) => CONSIGNMENT_FIELD_RECIPIENT.test(h));
    const rows = t.table.rows.filter((r) => r.some((cell) => hasSubstance(cell.text)));
    if (rows.some((r) => (col < 0 || (r[col] && hasSubstance(r[col].text) && !isPlaceholder(r[col].text))) && !r.some((cell) => hasPlaceholder(cell.text)))) {
      c.accept(c.piece("table", "disclosure", "processor", t.table.span, t.header.join(" | ")));
    }
  }
  // Substance over form: a table of services with what each does, naming real processors.
  for (const t of c.tablesWithHeader(SERVICE_TABLE_NAME)) {
    if (c.accepted.length || !t.header.some((h) => SERVICE_TABLE_TASK.test(h))) continue;
    const col = t.header.findIndex((h) => SERVICE_TABLE_NAME.test(h));
    const named = t.table.rows.filter((r) => r[col] && namesProcessor(r[col].text) && !hasPlaceholder(r[col].text));
    if (named.length) c.accept(c.piece("table", "disclosure", "processor", t.table.span, t.header.join(" | ")));
  }
  if (!c.accepted.length && !thin.length) {
    const statement = (text: string): EvidenceKind | null => {
      if (none(text)) return "denial";
      if (CONSIGNMENT_WORD.test(text) || CONSIGNMENT_PLAIN.test(text)) return namesProcessor(text) && PROCESSOR_TASK.test(text) ? "disclosure" : null;
      return null;
    };
    const denials = elsewhere(c, { may: MAY_DENY_CONSIGNMENT }).filter((s) => none(s.text));
    c.judge(elsewhere(c, { skipTopics: ["third-party"], may: MAY_STATE_CONSIGNMENT }).concat(denials), "statement", statement);
  }
  return decide(c, thin);
};

/** "안전성 확보에 필요한 … 조치를 하고 있습니다": the lead-in to a list of measures. */
const SAFETY_INTRO = /안전성\s{0,2}확보|보호\s{0,2}조치|보안\s{0,2}조치|기술적[^\n]{0,10}관리적/;
const SAFETY_LIST_REACH = 4;
/** What a statement of measures elsewhere must be about. */
const SAFETY_CONTEXT = /보호|보안|안전|유출|침해/;
const MAY_STATE_SAFETY = holdingAnyWord(SAFETY_CONTEXT);

const safetyMeasuresJudge: Judge = (c) => {
  const thin: { section: Section; reason: string }[] = [];
  for (const { section, body } of ownSections(c)) {
    const sentences = c.sentencesIn(body);
    const measured = sentences.filter((s) => safetyMeasures(s.text) > 0 && !(SAFETY_DISCLAIMER.test(s.text) && safetyMeasures(s.text) === 0));
    if (measured.length) {
      for (const s of measured.slice(0, 3)) c.accept(c.piece("heading", "disclosure", "organisation", s.block.span, s.text));
      continue;
    }
    const onTopic = sentences.filter((s) => SAFETY_TOPIC.test(s.text) && hasSubstance(s.text) && !SAFETY_DISCLAIMER.test(s.text) && !isPlaceholder(s.text));
    if (onTopic.length) thin.push({ section, reason: "no concrete measure" });
    else c.reject(c.headingEvidence(section, sentences.some((s) => SAFETY_DISCLAIMER.test(s.text)) ? "frame" : "off-topic"), "a disclaimer or an unrelated paragraph");
  }
  if (!c.accepted.length && !thin.length) {
    c.judge(elsewhere(c, { may: MAY_STATE_SAFETY }), "statement", (text) => (SAFETY_CONTEXT.test(text) && safetyMeasures(text) >= 2 ? "disclosure" : null));
  }
  if (!c.accepted.length && !thin.length) {
    // An unheaded article: the sentence that introduces the measures, then the measures listed below it.
    const prose = c.q.prose();
    prose.forEach((b, i) => {
      if (c.accepted.length || !SAFETY_INTRO.test(b.text)) return;
      const next = prose.slice(i + 1, i + 1 + SAFETY_LIST_REACH).filter((x) => x.kind !== "heading");
      const listed = next.find((x) => safetyMeasures(x.text) > 0 && !SAFETY_DISCLAIMER.test(x.text));
      if (listed) c.accept(c.piece("body", "disclosure", "organisation", { start: b.span.start, end: listed.span.end }, `${b.text} … ${listed.text}`));
    });
  }
  return decide(c, thin);
};

/** An auto-collection statement elsewhere is a denial or names the technology. */
const MAY_STATE_AUTO_COLLECTION = holdingAnyWord(AUTO_COLLECTION_NONE, AUTO_COLLECTION_WORDS);

const autoCollection: Judge = (c) => {
  for (const { section, body } of ownSections(c)) {
    const sentences = c.sentencesIn(body).filter((s) => hasSubstance(s.text));
    const denial = sentences.find((s) => AUTO_COLLECTION_NONE.test(s.text));
    if (denial) c.accept(c.piece("heading", "denial", "organisation", denial.block.span, denial.text));
    else if (sentences.length && !sentences.every((s) => isPlaceholder(s.text))) c.accept(c.headingEvidence(section, "disclosure"));
    else c.reject(c.headingEvidence(section, "frame"), "empty section");
  }
  if (!c.accepted.length) {
    c.judge(
      elsewhere(c, { may: MAY_STATE_AUTO_COLLECTION }),
      "statement",
      (text) => (AUTO_COLLECTION_NONE.test(text) ? "denial" : AUTO_COLLECTION_WORDS.test(text) && (REFUSAL_ANY.test(text)) ? "disclosure" : null),
      { skipAttribution: true },
    );
  }
  return decide(c, []);
};

/** The user's own way to refuse (who refuses, and how). */
const REFUSAL_ANY = { test: (t: string) => USER_REFUSAL.test(t) || USER_REFUSAL_MORE.test(t) };

/** What the data subject can do with their own data: one is enough when they are the one acting. */
const USER_RIGHT_ACT = /(?<!(?:방침|정책|약관)(?:을|를)?\s{0,2})(?:삭제|지울|지우|탈퇴|정정|수정|열람|철회|파기|처리\s{0,2}정지)/;

const EXERCISE_OF_RIGHTS = /권리를\s{0,2}행사할\s{0,2}수/;
/** A rights statement elsewhere names a right of the subject, its exercise or the subject's own act. */
const MAY_STATE_RIGHTS = holdingAnyWord(RIGHT_OF_SUBJECT, EXERCISE_OF_RIGHTS, USER_RIGHT_ACT);
const rightsNamed = wordCounter(RIGHTS_WORDS);

const rights: Judge = (c) => {
  for (const { section, body } of ownSections(c)) {
    const sentences = c.sentencesIn(body).filter((s) => rightsNamed(s.text) > 0 || /권리/.test(s.text));
    if (sentences.length) {
      for (const s of sentences.slice(0, 3)) c.accept(c.piece("heading", "disclosure", "organisation", s.block.span, s.text));
    } else c.reject(c.headingEvidence(section, "off-topic"), "duties only, no right of the data subject");
  }
  if (!c.accepted.length) {
    const agencyEntry = (text: string) => REDRESS_BODY_PATTERN.test(text) && (/\d{3,4}/.test(text) || /\.go\.kr|\.or\.kr/.test(text)) && !/권리|열람|정정/.test(text);
    c.judge(
      elsewhere(c, { skipTopics: ["auto-collection"], may: MAY_STATE_RIGHTS }),
      "statement",
      (text) =>
        (RIGHT_OF_SUBJECT.test(text) || EXERCISE_OF_RIGHTS.test(text) || (userActs(text) && USER_RIGHT_ACT.test(text))) && !agencyEntry(text) ? "disclosure" : null,
      { skipAttribution: true },
    );
  }
  return decide(c, []);
};

/** Redress is offered by naming a body or the PIPC. */
const MAY_OFFER_REDRESS = holdingAnyWord(REDRESS_BODY_PATTERN, PIPC_REMEDY);

const redress: Judge = (c) => {
  const offered = (text: string): EvidenceKind | null => (REDRESS_BODY_PATTERN.test(text) || PIPC_REMEDY.test(text) ? "disclosure" : null);
  for (const { body } of ownSections(c)) c.judge(c.sentencesIn(body), "heading", offered);
  if (!c.accepted.length) c.judge(c.sentencesWhere(c.outside(), MAY_OFFER_REDRESS), "statement", offered);
  return decide(c, []);
};

export const JUDGES: Partial<Record<TopicId, Judge>> = {
  purpose,
  items,
  retention,
  destruction,
  "third-party": thirdParty,
  consignment,
  "safety-measures": safetyMeasuresJudge,
  "auto-collection": autoCollection,
  rights,
  redress,
};

