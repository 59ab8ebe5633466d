import { cite, STATUTE_TEXTS } from "./statute-texts.js";
import type { RedressAgency } from "./types.js";

// Entries with this note are not in pipa.md §3; they were asked for when this table was written and
// appear as printed contact details in old policies. Add them to pipa.md before relying on them.
const NOT_IN_SPEC = "Not in pipa.md: seen in old policies [PRACTICE].";

/**
 * pipa.md §3 (and §5.1 L12, L13): bodies listed under 권익침해 구제방법, with their current contacts
 * and the outdated names, addresses and numbers still printed in old policies. Each phone number
 * belongs to one body only, so a number next to the wrong body is an error (§3 linter notes).
 */
export const REDRESS_AGENCIES: readonly RedressAgency[] = [
  {
    id: "dispute-mediation",
    name: "개인정보 분쟁조정위원회",
    aliases: ["개인정보분쟁조정위원회"],
    phones: ["1833-6972"],
    urls: ["kopico.go.kr"],
    outdated: {
      names: [
        {
          text: "한국인터넷진흥원 내 개인정보분쟁조정위원회",
          replacement: "개인정보 분쟁조정위원회",
          unconfirmed: true,
          note: "Hosted by KISA before 2020; 개인정보보호위원회 now handles its 사무 (PIPA 40⑧).",
        },
      ],
      urls: [{ text: "kopico.or.kr", replacement: "kopico.go.kr", unconfirmed: true }],
      phones: [{ text: "02-2100-2499", replacement: "1833-6972", unconfirmed: true }],
    },
    status: "current",
    note: "PIPA 제40조. Outdated variants are [PRACTICE, MEM].",
    primary: cite(STATUTE_TEXTS.pipa, "제40조제1항 (\"개인정보 분쟁조정위원회\"), 제8항 (보호위원회가 사무 처리)"),
    source: "S-TOC-PUB §3",
  },
  {
    id: "kisa-privacy-report-center",
    name: "한국인터넷진흥원 개인정보침해신고센터",
    aliases: ["개인정보침해신고센터", "개인정보침해 신고센터", "개인정보 침해신고센터", "한국인터넷진흥원", "KISA"],
    phones: ["118"],
    urls: ["privacy.kisa.or.kr"],
    outdated: {
      names: [
        {
          text: "정보보호진흥원",
          since: "2009",
          replacement: "한국인터넷진흥원",
          unconfirmed: true,
          note: "Also written 한국정보보호진흥원 (KISA); pre-2009 name.",
        },
      ],
      urls: [
        { text: "1336.or.kr", replacement: "privacy.kisa.or.kr", unconfirmed: true },
        { text: "118.or.kr", replacement: "privacy.kisa.or.kr", unconfirmed: true, note: NOT_IN_SPEC },
        { text: "cyberprivacy.or.kr", replacement: "privacy.kisa.or.kr", unconfirmed: true, note: `Early 개인정보침해신고센터 site. ${NOT_IN_SPEC}` },
      ],
      phones: [
        { text: "02-1336", replacement: "118", unconfirmed: true, note: `The old hotline with an area code. ${NOT_IN_SPEC}` },
        { text: "1336", replacement: "118", unconfirmed: true, note: "Old KISA hotline ([MEM], UNCONFIRMED)." },
      ],
    },
    status: "current",
    note: "PIPA 제62조제2항 전문기관. The Decree article designating KISA was not re-checked.",
    primary: cite(STATUTE_TEXTS.pipa, "제62조제2항 (보호위원회가 지정하는 전문기관이 \"개인정보침해 신고센터\"를 설치·운영); the 시행령 designating 한국인터넷진흥원 was not read"),
    source: "S-LAW1 §3",
  },
  {
    id: "supreme-prosecutors-office",
    name: "대검찰청",
    aliases: ["대검찰청 사이버수사과", "사이버수사과"],
    phones: ["1301"],
    urls: ["spo.go.kr"],
    outdated: {
      names: [
        { text: "사이버범죄수사단", note: "대검찰청 사이버범죄수사단 (2011-11 창설)." },
        { text: "첨단범죄수사과" },
        { text: "인터넷범죄수사센터" },
      ],
      urls: [{ text: "cybercid.spo.go.kr" }, { text: "icic.sppo.go.kr", note: `인터넷범죄수사센터 site. ${NOT_IN_SPEC}` }],
      phones: [
        { text: "02-3480-3573" },
        { text: "02-3480-3571" },
        { text: "02-3480-3570", note: NOT_IN_SPEC },
        { text: "02-3480-3600", note: NOT_IN_SPEC },
        { text: "02-3480-2000", note: `대검찰청 main switchboard. ${NOT_IN_SPEC}` },
      ],
    },
    status: "abolished",
    abolishedSince: "2026-10-02",
    note:
      "검찰청법 폐지·공소청 신설 (공소청법 부칙 제2조); investigation moved to 중대범죄수사청. The replacement entry (number/URL) is UNCONFIRMED: update per the current PIPC sample text. Flag only for policies effective or linted on or after 2026-10-02.",
    primary: { instrument: "공소청법", provision: "부칙 제2조 (검찰청법 폐지)" },
    source: "S-LAW8 §3",
  },
  {
    id: "police-cyber-bureau",
    name: "경찰청 국가수사본부 사이버수사국",
    aliases: [
      "경찰청",
      "국가수사본부 사이버수사국",
      "경찰청 사이버수사국",
      "사이버수사국",
      "사이버범죄 신고시스템",
      "ECRM",
    ],
    phones: ["182"],
    urls: ["ecrm.police.go.kr"],
    outdated: {
      names: [
        {
          text: "사이버안전국",
          since: "2021",
          replacement: "경찰청 국가수사본부 사이버수사국",
          unconfirmed: true,
          note: "경찰청 사이버안전국 (2014–2021); the exact rename date is UNCONFIRMED.",
        },
        {
          text: "사이버테러대응센터",
          since: "2014",
          replacement: "경찰청 국가수사본부 사이버수사국",
          unconfirmed: true,
          note: "2000–2014. The replacement is the spec's; 「경찰청과 그 소속기관 직제」 as read (시행 2026-10-01) has no 사이버수사국 (국가수사본부: 수사국, 형사국, 안보수사국), so it is not written into a policy.",
        },
      ],
      urls: [
        { text: "cyberbureau.police.go.kr", replacement: "ecrm.police.go.kr" },
        {
          text: "ecrm.cyber.go.kr",
          replacement: "ecrm.police.go.kr",
          note: "Legacy domain, still printed in some PIPC samples.",
        },
        { text: "cyber.go.kr", replacement: "ecrm.police.go.kr", unconfirmed: true, note: NOT_IN_SPEC },
        { text: "netan.go.kr", replacement: "ecrm.police.go.kr" },
        { text: "ctrc.go.kr", replacement: "ecrm.police.go.kr", unconfirmed: true, note: NOT_IN_SPEC },
        { text: "police.go.kr/www/security/cyber.jsp", replacement: "ecrm.police.go.kr" },
      ],
      phones: [
        { text: "02-392-0330", replacement: "182", unconfirmed: true, note: `사이버테러대응센터 number. ${NOT_IN_SPEC}` },
        { text: "1566-0112", replacement: "182", unconfirmed: true, note: `Old 사이버테러대응센터 number. ${NOT_IN_SPEC}` },
      ],
    },
    status: "current",
    note:
      "ECRM (사이버범죄 신고시스템) renewed 2020-12. The name is the spec's: the 직제 read puts 사이버범죄 신고·상담 under 국가수사본부 수사국 and has no 사이버수사국 (docs/knowledge.md, disagreements). No contact page of the police was read, so outdated addresses are reported, not rewritten.",
    primary: cite(STATUTE_TEXTS.policeOrganisation, "제16조제2항 (국가수사본부에 수사국, 형사국 및 안보수사국), 제19조제3항제6호–제13호 (사이버범죄 신고·상담·수사: 수사국)"),
    source: "pipa.md §3 [PRACTICE/SEC]",
  },
  {
    id: "central-administrative-appeals",
    name: "중앙행정심판위원회",
    aliases: [],
    phones: ["110"],
    urls: ["simpan.go.kr"],
    outdated: { names: [], urls: [], phones: [] },
    status: "current",
    publicSectorOnly: true,
    note: "행정심판법; for 처분 under PIPA 제35조–제37조 by public bodies.",
    primary: { instrument: "행정심판법", provision: "제8조 (중앙행정심판위원회)" },
    source: "pipa.md §3 [PRACTICE]",
  },
  {
    id: "eprivacy-mark",
    name: "개인정보보호협회 ePRIVACY 인증",
    aliases: [],
    phones: [],
    urls: [],
    outdated: {
      names: [
        { text: "개인정보보호인증", note: "Old ePRIVACY mark listing, printed as if it were a redress body." },
        { text: "정보보호마크인증위원회", unconfirmed: true, note: NOT_IN_SPEC },
      ],
      urls: [{ text: "eprivacy.or.kr" }],
      phones: [],
    },
    status: "not-a-redress-body",
    note: "Remove from the redress list.",
    primary: cite(STATUTE_TEXTS.pipa, "제40조, 제62조: neither names it; a private certification mark is no redress body"),
    source: "pipa.md §3 [PRACTICE]",
  },
];
