/**
 * Shapes of the legal-knowledge tables in src/data/. The tables are plain data so that a lawyer can
 * review them against ../shared/spec/pipa.md without reading rule code; every row says where in the
 * spec it comes from.
 */

/** Source keys of pipa.md §0. */
export type SpecKey =
  | "S-LAW1"
  | "S-LAW2"
  | "S-LAW3"
  | "S-LAW3b"
  | "S-LAW3c"
  | "S-LAW4"
  | "S-LAW5"
  | "S-LAW6"
  | "S-LAW7"
  | "S-LAW8"
  | "S-NOTE1"
  | "S-GUIDE1"
  | "S-GUIDE2"
  | "S-GUIDE3"
  | "S-GUIDE4"
  | "S-GUIDE5"
  | "S-EVAL"
  | "S-TOC-PUB"
  | "S-TOC-PRIV"
  | "S-CHK"
  | "S-OLD"
  | "S-DORM"
  | "S-TOS"
  | "S-3P"
  | "S-MED"
  | "S-SAMPLE";

/**
 * Where a row comes from: a §0 key and the spec section it was read in ("S-LAW6 §4 #1"), or
 * "pipa.md §…" when the spec backs the row only with an evidence tag ([SEC], [PRACTICE], [MEM]).
 */
export type SourceKey = `${SpecKey | "pipa.md"} §${string}`;

/**
 * ISO 8601 date. Reduced precision ("2021", "2020-12") where the spec gives only a year or month,
 * so that no day is invented.
 */
export type IsoDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/** An article number without 제/조: "22", "39의3". */
export type ArticleId = `${number}` | `${number}의${number}`;

/**
 * current: in force. obsolete: no longer law since the row's date.
 * unconfirmed: the spec marks the fact [MEM] or UNCONFIRMED, so rules should at most warn on it.
 */
export type Status = "current" | "obsolete" | "unconfirmed";

/**
 * Where a row's fact stands in the law itself: the instrument, the provision down to paragraph and
 * item, the version of the text and when and where it was read. A row whose source text was not
 * read has no `read`: it is not confirmed, and it is reported but never rewritten (docs/knowledge.md).
 */
export interface PrimarySource {
  /** The instrument's official title: "전자상거래 등에서의 소비자보호에 관한 법률 시행령". */
  readonly instrument: string;
  /** Article, paragraph, item as cited: "제6조제1항제1호". */
  readonly provision: string;
  /** The version read: its 시행일 or the amendment it reflects. */
  readonly version?: string;
  readonly read?: { readonly on: IsoDate; readonly at: string };
}

/** How a statutory period binds: exactly, as a minimum ("…이상") or as a maximum ("최장 …"). */
export type PeriodSemantics = "exact" | "atLeast" | "atMost";

/**
 * A period in the unit the statute states it. Years and months compare with each other (1년 =
 * 12개월); days compare only with days, because a statute in months is not a count of days.
 */
export interface StatutoryPeriod {
  readonly amount: number;
  readonly unit: "년" | "개월" | "일";
}

/** §4: a record that a law requires to be kept, and for how long. */
export interface RetentionPeriod {
  readonly id: string;
  /** Canonical name from LAW_NAMES, without 「」. */
  readonly law: string;
  /** Where the duty is, in official citation style ("법 제6조제3항, 시행령 제6조제1항제1호"). */
  readonly article?: string;
  readonly primary: PrimarySource;
  /** The record type as policies write it. */
  readonly recordType: string;
  /**
   * Words that together recognise the record type in a line of a policy: all must occur, with the
   * spacing given, whether or not the line names the law. Rows are ordered so that the first row
   * whose keywords all occur is the right one: a specific row (역외거래 7년) comes before a general
   * row that would also match its lines (장부·증거서류 5년).
   */
  readonly keywords: readonly string[];
  readonly period: StatutoryPeriod;
  readonly semantics: PeriodSemantics;
  /**
   * The statute lets the keeper extend the period once by up to the same length (의료법 시행규칙
   * 제15조제1항 단서), so anything from the period to twice the period agrees with it.
   */
  readonly extensionAllowed?: "once-same-length";
  /** Who the duty binds (§4 "Who the duty binds"). */
  readonly appliesTo?: string;
  readonly status: Status;
  readonly obsoleteSince?: IsoDate;
  readonly note?: string;
  readonly source: SourceKey;
}

/** §4.1: kind of instrument, because a 고시 is cited differently from a 법률. */
export type LawKind = "법률" | "시행령" | "시행규칙" | "고시";

export interface WrongLawName {
  readonly text: string;
  /**
   * spacing: the official words with wrong spacing (INFO). misquote: not the official title.
   * informal: an understandable nickname (INFO at most). wrong-law: names a different law.
   * outdated: a former title or issuer.
   */
  readonly kind: "spacing" | "misquote" | "informal" | "wrong-law" | "outdated";
  readonly why: string;
  readonly since?: IsoDate;
  readonly unconfirmed?: true;
}

/** §4.1: the official title of a law cited in policies, and the other ways policies write it. */
export interface LawName {
  /** Official title without 「」. */
  readonly canonical: string;
  readonly kind: LawKind;
  /** Accepted abbreviations and informal forms; never worth more than INFO. */
  readonly shortForms: readonly string[];
  readonly wrongForms?: readonly WrongLawName[];
  /** The law no longer exists; citing it as law in force is outdated. */
  readonly repealed?: { readonly on: IsoDate; readonly replacedBy?: string };
  /** The statute itself (its 제명 in the text read), or for a repealed law the act that repealed it. */
  readonly primary: PrimarySource;
  /** The spec takes the spelling from memory, not from a statute mirror. */
  readonly unconfirmed?: true;
  readonly note?: string;
  readonly source: SourceKey;
}

/** A name, address or number that no longer reaches the body, with what replaced it when known. */
export interface OutdatedRef {
  readonly text: string;
  readonly since?: IsoDate;
  readonly replacement?: string;
  readonly unconfirmed?: true;
  readonly note?: string;
}

/** §3: a body that policies list under 권익침해 구제방법. */
export interface RedressAgency {
  readonly id: string;
  /** Current name of the body. */
  readonly name: string;
  /** Other names that refer to the same body today. */
  readonly aliases: readonly string[];
  /** Digits with hyphens as written ("1833-6972", "118"); "(국번없이)" is left to the matcher. */
  readonly phones: readonly string[];
  /** Lower-case host[/path], without scheme or a leading "www.". */
  readonly urls: readonly string[];
  readonly outdated: {
    readonly names: readonly OutdatedRef[];
    readonly urls: readonly OutdatedRef[];
    readonly phones: readonly OutdatedRef[];
  };
  /** not-a-redress-body: listed in old policies as if it were one; everything about it is outdated. */
  readonly status: "current" | "abolished" | "not-a-redress-body";
  readonly abolishedSince?: IsoDate;
  /** Only public bodies' policies need it (행정심판). */
  readonly publicSectorOnly?: true;
  /**
   * The provision that sets the body up (PIPA 제40조 분쟁조정위원회, 제62조 침해 신고센터 …). A
   * replacement name is rewritten only when this was read and names the body as the replacement does.
   */
  readonly primary: PrimarySource;
  /**
   * The body's own contact page. A replacement address or number is rewritten only when this was
   * read; the statute that sets a body up names no address or number.
   */
  readonly contactPage?: PrimarySource;
  readonly note?: string;
  readonly source: SourceKey;
}

/** from..to inclusive in article order (22 < 22의2 < 23); a single article when `to` is absent. */
export interface ArticleRange {
  readonly from: ArticleId;
  readonly to?: ArticleId;
  /** Articles inside the range that were not deleted. */
  readonly except?: readonly ArticleId[];
}

/**
 * §5.1–5.3: provisions that were deleted or moved. A range row states the deletion; the single
 * article rows inside it give the fix, and win when a citation falls in both.
 */
export interface DeletedProvision {
  readonly id: string;
  /** Canonical name from LAW_NAMES. */
  readonly law: string;
  readonly articles: readonly ArticleRange[];
  /** Effective date of the deletion. */
  readonly deletedOn: IsoDate;
  /** What the old article was about. */
  readonly topic: string;
  /** The same in English, for English messages. */
  readonly topicEn: string;
  /** The provision that covers the topic today; absent when the duty was abolished outright. */
  readonly current?: string;
  /** `current` in English, where it carries more than a citation. */
  readonly currentEn?: string;
  /** What the same article number means today, when the number was reused: cite it only in that sense. */
  readonly nowMeans?: string;
  /** The deletion in the current text ("삭제 <2020.2.4>") or the amending act that made it. */
  readonly primary: PrimarySource;
  readonly unconfirmed?: true;
  readonly note?: string;
  readonly source: SourceKey;
}

/** §5.1: a duty that no longer exists, which old policies still state as law. */
export interface AbolishedDuty {
  readonly id: string;
  readonly description: string;
  /** The same in English, for English messages. */
  readonly descriptionEn: string;
  /** Names of the abolished scheme; any one in a sentence shows it is invoked. */
  readonly names: readonly string[];
  /**
   * A sentence states the duty when every group has at least one of its words in it. A sentence
   * that says the duty was abolished ("폐지") does not state it.
   */
  readonly keywords: readonly (readonly string[])[];
  readonly abolishedOn: IsoDate;
  /** What a policy should say instead; absent when the statement should simply go. */
  readonly replacement?: string;
  /** The deletion of the duty in the current text, or the act that abolished it. */
  readonly primary: PrimarySource;
  readonly source: SourceKey;
}

/**
 * The context in which replacing a term is certain, as data. A row without one is reported but
 * never rewritten: the user decides.
 */
export interface FixContext {
  /** Why the replacement keeps the sentence's meaning here (for the reviewer). */
  readonly why: string;
  /** Fix only when one of these directly precedes the term (spaces ignored). */
  readonly precededBy?: readonly string[];
  /** Fix only when one of these directly follows the term (spaces ignored). */
  readonly followedBy?: readonly string[];
  /** Never fix when one of these directly precedes the term ("구 개인정보취급방침" names the old name on purpose). */
  readonly notAfter?: readonly string[];
  /** Never fix in a sentence that matches: a dated instrument ("고시 제2011-43호") keeps its historical issuer. */
  readonly blockedBy?: RegExp;
}

/** §5.4 and §5.1: wording from an older law or guideline, with the current wording. */
export interface LegacyTerm {
  readonly id: string;
  /** As written in policies; spacing variants are separate rows. */
  readonly term: string;
  readonly replacement: string;
  /**
   * legacy (default): was right once; role: outdated only in the role named by `role` (a ministry
   * as privacy regulator); typo: a misspelling of the statutory term; misstatement: wrong under
   * Korean law (`why` says why).
   */
  readonly kind?: "legacy" | "role" | "typo" | "misstatement";
  /** For kind "role": the role in which the name changed ("개인정보 보호 감독기관"). */
  readonly role?: string;
  /** For kind "misstatement": what the law says instead, in the message languages. */
  readonly why?: { readonly ko: string; readonly en: string };
  /** When the term became outdated; legacy and role rows only. */
  readonly since?: IsoDate;
  /** Legacy only as the title of the document or of a section. */
  readonly titleOnly?: true;
  /** Reported only when one of these words is in the same sentence. */
  readonly near?: readonly string[];
  /** Not reported when one of these words is in the same sentence (an umbrella term, another country's law). */
  readonly notNear?: readonly string[];
  /** Current phrases that contain `term`; the term inside them is not legacy. */
  readonly exceptIn?: readonly string[];
  /** The provision that introduced the current term (`replacement`), or that moved the role. */
  readonly primary: PrimarySource;
  /**
   * Where the fix is certain; absent: reported only. Never applied to an unconfirmed row, nor to one
   * whose primary source was not read.
   */
  readonly fix?: FixContext;
  readonly unconfirmed?: true;
  readonly note?: string;
  readonly source: SourceKey;
}

export type ProcessorCategory =
  | "cloud"
  | "payments"
  | "analytics"
  | "ads"
  | "email"
  | "support"
  | "ai"
  | "messaging"
  | "crash-reporting"
  | "auth"
  | "collaboration"
  | "crm"
  | "video";

/** A foreign company whose use signals an overseas transfer (R09) or third-party behavioural data (R15). */
export interface ForeignProcessor {
  readonly id: string;
  readonly name: string;
  /**
   * How policies write the company or product, in Latin and Korean script. Latin aliases match as
   * whole words, Korean ones as substrings, so no Korean alias may be part of an ordinary word.
   */
  readonly aliases: readonly string[];
  /** Main use; a company with several uses is filed under the one that policies name it for. */
  readonly category: ProcessorCategory;
  /** Headquarters or usual processing country, in Korean as policies write it. */
  readonly country: string;
  /** Some Latin alias is also an ordinary English word: match Latin aliases only with the exact capitalisation given. */
  readonly caseSensitive?: true;
  /** Where `country` comes from: the vendor's own legal or privacy page when one was read. */
  readonly basis: ProcessorBasis;
  readonly source: SourceKey | "common knowledge";
}

/**
 * "common knowledge": the country is where the company is known to be based; no page of the vendor
 * was read. A page: the vendor's terms or privacy notice naming its contracting entity or country.
 */
export type ProcessorBasis = "common knowledge" | { readonly page: string; readonly read?: { readonly on: IsoDate; readonly at: string } };
