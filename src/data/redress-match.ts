/**
 * Finds redress bodies, outdated references to them and contacts attached to the wrong body in a
 * policy's text, from the REDRESS_AGENCIES table. Matching is literal (escaped alternations).
 */
import type { Localized } from "../rule-api.js";
import type { Span } from "../policy/types.js";
import { REDRESS_AGENCIES } from "./redress-agencies.js";
import { wasRead } from "./statute-texts.js";
import type { OutdatedRef, RedressAgency } from "./types.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const spaced = (s: string) => escape(s).replace(/\s+/g, "\\s{0,2}");

const GENERIC_BODIES = ["분쟁조정위원회", "침해신고센터", "침해 신고센터", "사이버수사", "사이버안전", "사이버테러", "사이버범죄", "행정심판", "대검찰청", "검찰청", "경찰청", "privacy.kisa.or.kr", "kopico", "1833-6972"];

function namesOf(a: RedressAgency): string[] {
  return [a.name, ...a.aliases, ...a.outdated.names.map((n) => n.text)];
}

/** Any redress body, current or outdated, by name or well-known contact. */
export const REDRESS_BODY_PATTERN = new RegExp(
  [...new Set([...GENERIC_BODIES, ...REDRESS_AGENCIES.flatMap((a) => [...namesOf(a), ...a.urls, ...a.outdated.urls.map((u) => u.text)])])]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join("|"),
  "i",
);

/** The PIPC itself, named as a place to complain (the supervisory authority). */
export const PIPC_REMEDY =
  /개인정보\s{0,2}보호\s{0,2}위원회[^\n]{0,60}(?:신고|구제|상담|민원|침해|분쟁)|(?:신고|구제|상담|민원|침해|분쟁)[^\n]{0,60}개인정보\s{0,2}보호\s{0,2}위원회/;

export interface OutdatedAgencyRef {
  span: Span;
  text: string;
  why: Localized;
  replacement?: Localized;
  /** Replacement text for --fix, only where the current equivalent is confirmed. */
  fix?: string;
}

const URL_CHAR = /[A-Za-z0-9.-]/;
const DIGIT_OR_DASH = /[\d-]/;

interface Needle {
  text: string;
  kind: "name" | "url" | "phone";
  agency: RedressAgency;
  ref?: OutdatedRef;
}

function bounded(text: string, start: number, end: number, kind: Needle["kind"]): boolean {
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  if (kind === "url") {
    const wwwPrefixed = text.slice(Math.max(0, start - 4), start).toLowerCase() === "www.";
    return (wwwPrefixed || !URL_CHAR.test(before)) && !/[A-Za-z0-9-]/.test(after);
  }
  if (kind === "phone") return !DIGIT_OR_DASH.test(before) && !/\d/.test(after) && !(after === "-" && /\d/.test(text[end + 1] ?? ""));
  return true;
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

/** Finds every needle once, longest first, without overlaps (so "ecrm.cyber.go.kr" is not also "cyber.go.kr"). */
function scan(text: string, span: Span, needles: Needle[]): { needle: Needle; span: Span }[] {
  const hits: { needle: Needle; span: Span }[] = [];
  const taken: Span[] = [];
  const slice = text.slice(span.start, span.end);
  const lower = slice.toLowerCase();
  for (const needle of [...needles].sort((a, b) => b.text.length - a.text.length)) {
    const key = needle.text.toLowerCase();
    for (let i = lower.indexOf(key); i !== -1; i = lower.indexOf(key, i + key.length)) {
      const start = span.start + i;
      const end = start + key.length;
      if (!bounded(text, start, end, needle.kind)) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (needle.kind === "phone" && !/국번|전화|tel|☎|\d{3}|센터|위원회|청/i.test(lineAround(text, start))) continue;
      taken.push({ start, end });
      hits.push({ needle, span: { start, end } });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

function outdatedNeedles(): Needle[] {
  const needles: Needle[] = [];
  for (const agency of REDRESS_AGENCIES) {
    for (const ref of agency.outdated.names) needles.push({ text: ref.text, kind: "name", agency, ref });
    for (const ref of agency.outdated.urls) needles.push({ text: ref.text, kind: "url", agency, ref });
    for (const ref of agency.outdated.phones) needles.push({ text: ref.text, kind: "phone", agency, ref });
  }
  return needles;
}

function abolishedNeedles(today: string): Needle[] {
  const needles: Needle[] = [];
  for (const agency of REDRESS_AGENCIES) {
    if (agency.status !== "abolished" || !agency.abolishedSince || today < agency.abolishedSince) continue;
    needles.push({ text: agency.name, kind: "name", agency });
  }
  return needles;
}

/** Drops the words of a replacement that the text already has right before the match ("경찰청 사이버테러대응센터"). */
function fixText(text: string, start: number, replacement: string): string {
  const before = text.slice(Math.max(0, start - 20), start);
  const words = replacement.split(" ");
  for (let n = words.length - 1; n > 0; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (before.trimEnd().endsWith(prefix)) return words.slice(n).join(" ");
  }
  return replacement;
}

const URL_TOKEN = /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.(?:go\.kr|or\.kr|co\.kr|kr|com|net|org)(?![a-z0-9-])(?:\/[^\s<>"'()\[\]{}]{0,300})?/gi;
const PHONE_TOKEN = /(?<![\d-])(?:0\d{1,2}-\d{3,4}-\d{4}|1\d{3}-\d{4}|1\d{2,3})(?![\d-]|년)/g;

/** A whole URL around a matched host: scheme, "www." and path are replaced with it, never the host alone. */
function wholeUrl(text: string, at: Span): Span {
  URL_TOKEN.lastIndex = 0;
  const lineStart = text.lastIndexOf("\n", at.start) + 1;
  const lineEnd = text.indexOf("\n", at.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  for (const m of line.matchAll(URL_TOKEN)) {
    const start = lineStart + m.index;
    const raw = m[0].replace(/[.,;:]+$/, "");
    if (start <= at.start && start + raw.length >= at.end) return { start, end: start + raw.length };
  }
  return at;
}

const normalUrl = (u: string) => u.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");

/**
 * Entries of a redress list: a line naming a body starts one, and up to three following lines that
 * name none ("인터넷 신고 : …", "전화 : …") belong to it. Returns each entry's [start, end).
 */
function entryOf(text: string, offset: number): [number, number] {
  const named = (line: string) => REDRESS_AGENCIES.some((a) => namesOf(a).some((n) => line.includes(n)));
  const lineStart = (i: number) => text.lastIndexOf("\n", i - 1) + 1;
  let start = lineStart(offset);
  for (let k = 0; k < 3 && start > 0 && !named(text.slice(start, text.indexOf("\n", start))); k++) start = lineStart(start - 1);
  if (!named(text.slice(start, Math.max(start, text.indexOf("\n", start))))) start = lineStart(offset);
  let end = text.indexOf("\n", offset);
  for (let k = 0; k < 3 && end !== -1; k++) {
    const next = text.indexOf("\n", end + 1);
    const line = text.slice(end + 1, next === -1 ? text.length : next);
    if (named(line) || !line.trim()) break;
    end = next;
  }
  return [start, end === -1 ? text.length : end];
}

/**
 * A fix rewrites one entry completely or not at all: every outdated reference in it must have a
 * confirmed replacement, and every other number or address in it must be a current contact of a
 * body named there. Otherwise a current name would stand beside a defunct number, or a current
 * address beside a name that no longer exists.
 */
function entryComplete(text: string, refs: OutdatedAgencyRef[], [start, end]: [number, number]): boolean {
  const entry = text.slice(start, end);
  if (refs.some((r) => r.fix === undefined)) return false;
  const covered = (from: number, to: number) => refs.some((r) => r.span.start <= from && r.span.end >= to);
  const named = REDRESS_AGENCIES.filter((a) => namesOf(a).some((n) => entry.includes(n)));
  const agencies = named.length ? named : REDRESS_AGENCIES;
  for (const m of entry.matchAll(URL_TOKEN)) {
    const raw = m[0].replace(/[.,;:]+$/, "");
    if (covered(start + m.index, start + m.index + raw.length)) continue;
    const url = normalUrl(raw);
    if (!agencies.some((a) => a.urls.some((u) => url === u || url.startsWith(`${u}/`)))) return false;
  }
  for (const m of entry.matchAll(PHONE_TOKEN)) {
    if (covered(start + m.index, start + m.index + m[0].length)) continue;
    if (!agencies.some((a) => a.phones.includes(m[0]))) return false;
  }
  return true;
}

/**
 * A replacement name is backed by the provision that sets the body up; a replacement address or
 * number only by the body's own contact page. Unread, the replacement is suggested but not written.
 */
function replacementRead(agency: RedressAgency, kind: "name" | "url" | "phone"): boolean {
  return wasRead(kind === "name" ? agency.primary : agency.contactPage);
}

export function findOutdatedAgencyRefs(text: string, span: Span, today: string): OutdatedAgencyRef[] {
  const out: OutdatedAgencyRef[] = [];
  for (const { needle, span: matched } of scan(text, span, [...outdatedNeedles(), ...abolishedNeedles(today)])) {
    const { agency, ref } = needle;
    const at = needle.kind === "url" ? wholeUrl(text, matched) : matched;
    const found = text.slice(at.start, at.end);
    if (!ref) {
      out.push({
        span: at,
        text: found,
        why: { ko: `${agency.abolishedSince}에 폐지되었습니다(검찰청 폐지, 공소청법). 대체 연락처는 확인되지 않았으므로 현재 안내를 확인해 고치십시오`, en: `abolished on ${agency.abolishedSince} (공소청법); no confirmed replacement, check the current guidance` },
      });
      continue;
    }
    const since = ref.since ? ` (${ref.since}~)` : "";
    const notBody = agency.status === "not-a-redress-body";
    const why: Localized = notBody
      ? { ko: "권익침해 구제기관이 아닙니다", en: "not a redress body" }
      : { ko: `더 이상 쓰이지 않는 ${needle.kind === "url" ? "주소" : needle.kind === "phone" ? "번호" : "명칭"}입니다${since}`, en: `an outdated ${needle.kind === "url" ? "address" : needle.kind === "phone" ? "number" : "name"}${since}` };
    const replacement = ref.replacement
      ? { ko: `현재: ${ref.replacement}`, en: `Current: ${ref.replacement}` }
      : notBody
        ? { ko: "목록에서 빼십시오.", en: "Remove it from the list." }
        : { ko: "확인된 현재 명칭·연락처가 없으니 기관의 현재 안내를 확인해 고치십시오.", en: "No current equivalent is confirmed: check the body's current guidance." };
    const canFix = ref.replacement !== undefined && !ref.unconfirmed && agency.status !== "abolished" && replacementRead(agency, needle.kind);
    const fix = !canFix
      ? undefined
      : needle.kind === "url"
        ? `${/^https?:\/\//i.test(found) ? "https://" : ""}${ref.replacement}`
        : fixText(text, at.start, ref.replacement!);
    out.push({ span: at, text: found, why, replacement, ...(fix !== undefined ? { fix } : {}) });
  }
  const byEntry = new Map<string, { bounds: [number, number]; refs: OutdatedAgencyRef[] }>();
  for (const r of out) {
    const bounds = entryOf(text, r.span.start);
    const key = bounds.join(":");
    byEntry.set(key, { bounds, refs: [...(byEntry.get(key)?.refs ?? []), r] });
  }
  for (const { bounds, refs } of byEntry.values()) {
    if (refs.every((r) => r.fix === undefined) || entryComplete(text, refs, bounds)) continue;
    for (const r of refs) delete r.fix;
  }
  return out;
}

export interface WrongContact {
  span: Span;
  contact: string;
  agency: string;
  owner: string;
}

function contactNeedles(): Needle[] {
  const needles: Needle[] = [];
  for (const agency of REDRESS_AGENCIES) {
    for (const p of agency.phones) needles.push({ text: p, kind: "phone", agency });
    for (const u of agency.urls) needles.push({ text: u, kind: "url", agency });
  }
  return needles;
}

function agenciesNamedIn(line: string): Set<RedressAgency> {
  const named = new Set<RedressAgency>();
  for (const a of REDRESS_AGENCIES) if (namesOf(a).some((n) => line.includes(n))) named.add(a);
  return named;
}

/**
 * An entry that names exactly one body but gives another body's number or site. An entry is a
 * block naming one body plus the blocks right after it that name none ("개인정보침해신고센터" on one
 * line, "전화: 1301" on the next); a heading or another body's name ends it.
 */
export function findWrongContacts(text: string, lines: { text: string; span: Span; kind?: string }[]): WrongContact[] {
  const out: WrongContact[] = [];
  const needles = contactNeedles();
  let current: RedressAgency | undefined;
  let carried = 0;
  for (const line of lines) {
    const named = agenciesNamedIn(line.text);
    if (line.kind === "heading" || named.size > 1) current = undefined;
    else if (named.size === 1) {
      [current] = named;
      carried = 0;
    } else if (current && ++carried > 2) current = undefined;
    if (!current) continue;
    for (const { needle, span } of scan(text, line.span, needles)) {
      if (needle.agency === current) continue;
      out.push({ span, contact: needle.text, agency: current.name, owner: needle.agency.name });
    }
  }
  return out;
}

const AGENCY_HOSTS = REDRESS_AGENCIES.flatMap((a) => [...a.urls, ...a.outdated.urls.map((u) => u.text)]).map((u) => u.split("/")[0]);

/** An e-mail address or site of a redress body (e.g. privacyclean@kisa.or.kr), not the processor's own. */
export function isRedressContact(value: string): boolean {
  const host = value.toLowerCase().replace(/^.*@/, "").split("/")[0];
  return AGENCY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`) || h.endsWith(`.${host}`));
}
