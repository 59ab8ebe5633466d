/**
 * Knowledge tests: for every row of every table in src/data, a sentence where the row must fire and
 * one where it must not, with the row's source in the test name, run through the rule that reads
 * the row. A new row without its cases fails "every row has its cases".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ABOLISHED_DUTIES,
  DELETED_PROVISIONS,
  FOREIGN_PROCESSORS,
  LAW_NAMES,
  LEGACY_TERMS,
  REDRESS_AGENCIES,
  RETENTION_PERIODS,
} from "../../src/data/index.js";
import { agreesWith, statutoryPeriodText } from "../../src/data/retention-match.js";
import { STATUTE_TEXTS } from "../../src/data/statute-texts.js";
import { LEGACY_TITLE_NAMES } from "../../src/data/titles.js";
import type { PrimarySource, RetentionPeriod } from "../../src/data/types.js";
import { lintWith } from "../helpers/rule-tester.js";

const DOC = "# 개인정보 처리방침\n\n";
const RETENTION = `${DOC}## 개인정보의 처리 및 보유 기간\n\n- 회원 정보: 회원 탈퇴 시까지\n`;
const TODAY = "2026-12-01";

async function findings(rule: string, code: string, messageId?: string) {
  const messages = await lintWith(rule, { code, today: TODAY });
  return messages.filter((m) => !messageId || m.messageId === messageId);
}

/** A period that contradicts the row, in the row's own unit. */
function wrongPeriod(row: RetentionPeriod): string {
  const { amount, unit } = row.period;
  if (row.semantics === "atLeast") return amount > 1 ? `${amount - 1}${unit}` : unit === "년" ? "6개월" : "1일";
  if (row.semantics === "atMost" || row.extensionAllowed) return `${(row.extensionAllowed ? 2 * amount : amount) + 1}${unit}`;
  return `${amount + 1}${unit}`;
}

describe("knowledge: RETENTION_PERIODS", () => {
  for (const row of RETENTION_PERIODS) {
    const name = `${row.id} (${row.source}; ${row.primary.instrument} ${row.primary.provision})`;
    if (row.status !== "current") {
      it(`${name}: ${row.status}, never reported as a statutory period`, async () => {
        expect(await findings("retention", `${RETENTION}- ${row.recordType}: ${wrongPeriod(row)}\n`, "statutory-period")).toEqual([]);
      });
      continue;
    }
    it(`${name}: fires on ${wrongPeriod(row)}`, async () => {
      const [m] = await findings("retention", `${RETENTION}- ${row.recordType}: ${wrongPeriod(row)}\n`, "statutory-period");
      expect(m?.message).toContain(`법정 보존 기간은 ${statutoryPeriodText(row)}입니다`);
    });
    it(`${name}: not on the statute's own ${row.period.amount}${row.period.unit}`, async () => {
      expect(await findings("retention", `${RETENTION}- ${row.recordType}: ${row.period.amount}${row.period.unit}\n`, "statutory-period")).toEqual([]);
    });
  }

  it("compares years with months as the statute states them, never days with months", () => {
    const months12 = RETENTION_PERIODS.find((r) => r.id === "telecom-communication-facts")!;
    expect(agreesWith({ amount: 1, unit: "년" }, months12)).toBe(true);
    expect(agreesWith({ amount: 12, unit: "개월" }, months12)).toBe(true);
    expect(agreesWith({ amount: 360, unit: "일" }, months12)).toBeUndefined();
  });
});

// Per legacy term: a sentence where it fires (and whether it is fixed there) and one where it does not.
const LEGACY_CASES: Record<string, { fire: string; fixed: boolean; quiet: string }> = {
  "handling-policy": { fire: "본 개인정보취급방침은 2026년 1월 1일부터 적용됩니다.", fixed: true, quiet: "이 방침은 구 개인정보취급방침을 대체합니다." },
  "handling-policy-spaced": { fire: "본 개인정보 취급방침을 개정하는 경우 공지합니다.", fixed: true, quiet: "(구) 개인정보 취급방침은 폐기되었습니다." },
  "handling-policy-split": { fire: "본 개인정보 취급 방침을 개정하는 경우 공지합니다.", fixed: true, quiet: "구 개인정보 취급 방침은 폐기되었습니다." },
  "protection-policy-title": { fire: "## 개인정보 보호정책의 변경", fixed: false, quiet: "회사는 개인정보 보호정책 연구에 참여합니다." },
  "protection-policy-title-unspaced": { fire: "## 개인정보보호정책의 변경", fixed: false, quiet: "회사는 개인정보보호정책 연구에 참여합니다." },
  "protection-rules-title": { fire: "## 개인정보 보호방침의 변경", fixed: false, quiet: "회사는 개인정보 보호방침 연구에 참여합니다." },
  "protection-rules-title-unspaced": { fire: "## 개인정보보호방침의 변경", fixed: false, quiet: "회사는 개인정보보호방침 연구에 참여합니다." },
  "protection-guideline-title": { fire: "## 개인정보 보호지침 안내", fixed: false, quiet: "「표준 개인정보 보호지침」을 따릅니다." },
  "protection-guideline-title-unspaced": { fire: "## 개인정보보호지침 안내", fixed: false, quiet: "회사는 개인정보보호지침 연구에 참여합니다." },
  "management-officer": { fire: "개인정보관리책임자: 홍길동", fixed: false, quiet: "개인정보 보호책임자: 홍길동" },
  "management-officer-spaced": { fire: "개인정보 관리책임자: 홍길동", fixed: false, quiet: "개인정보 보호책임자: 홍길동" },
  "handler-consignment": { fire: "개인정보 취급자 위탁 현황은 다음과 같습니다.", fixed: false, quiet: "개인정보취급자는 교육을 받습니다." },
  "handling-consignment": { fire: "회사는 배송 업무를 취급위탁합니다.", fixed: false, quiet: "회사는 배송 업무를 처리위탁합니다." },
  "video-device-generic": { fire: "회사는 영상정보처리기기를 운영합니다.", fixed: false, quiet: "회사는 고정형·이동형 영상정보처리기기를 운영합니다." },
  "regulator-mois-minister-sets": { fire: "개인정보파일은 행정안전부장관이 정하는 바에 따라 등록합니다.", fixed: true, quiet: "재난 대응은 행정안전부장관이 정하는 바에 따릅니다." },
  "regulator-mois-minister-set": { fire: "개인정보는 행정안전부장관이 정한 기준에 따라 파기합니다.", fixed: true, quiet: "재난 대응은 행정안전부장관이 정한 바에 따릅니다." },
  "regulator-mois": { fire: "행정안전부 고시 「개인정보의 안전성 확보조치 기준」에 따라 조치합니다.", fixed: true, quiet: "재위탁 시 행정안전부의 동의를 받습니다." },
  "regulator-mospa": { fire: "안전행정부 고시에 따라 개인정보를 보호합니다.", fixed: false, quiet: "안전행정부 민원실에 방문하였습니다." },
  "regulator-mogaha": { fire: "행정자치부 고시에 따라 개인정보를 보호합니다.", fixed: false, quiet: "행정자치부 민원실에 방문하였습니다." },
  "regulator-kcc-privacy": { fire: "개인정보 침해는 방송통신위원회에 신고할 수 있습니다.", fixed: false, quiet: "방송통신위원회 심의를 거친 방송입니다." },
  "regulator-kcc-rename": { fire: "앱 접근권한은 방송통신위원회 가이드라인에 따릅니다.", fixed: false, quiet: "방송통신위원회 심의를 거친 방송입니다." },
  "pims-certification": { fire: "회사는 PIMS 인증을 유지하고 있습니다.", fixed: false, quiet: "회사는 2016년 PIMS 인증을 획득하였습니다." },
  "pipl-certification": { fire: "회사는 PIPL 인증을 유지하고 있습니다.", fixed: false, quiet: "회사는 2015년 PIPL 인증을 획득하였습니다." },
  "old-privacy-portal": { fire: "개인정보보호 종합지원 포털에서 열람을 청구할 수 있습니다.", fixed: false, quiet: "개인정보 포털에서 열람을 청구할 수 있습니다." },
  "old-privacy-portal-unspaced": { fire: "개인정보보호종합지원포털에서 열람을 청구할 수 있습니다.", fixed: false, quiet: "개인정보 포털에서 열람을 청구할 수 있습니다." },
  "safety-measures-typo": { fire: "개인정보의 안정성 확보조치는 다음과 같습니다.", fixed: true, quiet: "서비스 안정성 확보조치로 서버를 이중화합니다." },
  "safety-measures-typo-spaced": { fire: "## 개인정보의 안정성 확보 조치", fixed: true, quiet: "서비스 안정성 확보 조치로 서버를 이중화합니다." },
  "child-age-13": { fire: "회사는 만 13세 미만 아동의 가입을 받지 않습니다.", fixed: false, quiet: "미국 COPPA에 따라 만 13세 미만 아동의 정보를 수집하지 않습니다." },
  "child-age-13-unspaced": { fire: "회사는 만13세 미만 아동의 가입을 받지 않습니다.", fixed: false, quiet: "미국 COPPA에 따라 만13세 미만 아동의 정보를 수집하지 않습니다." },
};

describe("knowledge: LEGACY_TERMS", () => {
  it("every row has its cases", () => {
    expect(LEGACY_TERMS.map((r) => r.id).filter((id) => !LEGACY_CASES[id])).toEqual([]);
  });

  it("every fixable row is confirmed, read in its primary source, states its context, and has a case where the fix does not apply", () => {
    for (const row of LEGACY_TERMS.filter((r) => r.fix)) {
      expect(row.unconfirmed, row.id).toBeUndefined();
      expect(row.primary.read, `${row.id}: ${row.primary.instrument} ${row.primary.provision} was not read`).toBeDefined();
      const f = row.fix!;
      expect(Boolean(f.precededBy || f.followedBy || f.notAfter || f.blockedBy), `${row.id} states no context`).toBe(true);
      expect(f.why.trim(), row.id).not.toBe("");
    }
  });

  for (const row of LEGACY_TERMS) {
    const c = LEGACY_CASES[row.id];
    if (!c) continue;
    const name = `${row.id} (${row.source})`;
    it(`${name}: fires${c.fixed ? " and is fixed" : ", reported only"}: ${c.fire}`, async () => {
      const hits = (await findings("legacy-terms", `${DOC}${c.fire}\n`)).filter((m) => m.message.includes(row.term));
      expect(hits.length, c.fire).toBe(1);
      expect(Boolean(hits[0].fix), "fixed").toBe(c.fixed);
      if (c.fixed) expect(hits[0].fix!.text).toBe(row.replacement);
    });
    it(`${name}: ${c.fixed ? "no fix" : "quiet"}: ${c.quiet}`, async () => {
      const hits = (await findings("legacy-terms", `${DOC}${c.quiet}\n`)).filter((m) => m.message.includes(`'${row.term}'`));
      if (c.fixed) expect(hits.filter((m) => m.fix)).toEqual([]);
      else expect(hits).toEqual([]);
    });
  }
});

describe("knowledge: LAW_NAMES", () => {
  for (const law of LAW_NAMES) {
    if (!law.repealed) {
      it(`${law.canonical} (${law.source}): the official title is quiet`, async () => {
        expect(await findings("law-name", `${DOC}「${law.canonical}」에 따라 처리합니다.\n`)).toEqual([]);
      });
    } else {
      it(`${law.canonical} (${law.source}): repealed on ${law.repealed.on}, reported without a fix`, async () => {
        const [m] = await findings("law-name", `${DOC}「${law.canonical}」에 따라 처리합니다.\n`);
        expect(m?.messageId).toBe("repealed");
        expect(m.fix).toBeUndefined();
      });
    }
    for (const wrong of law.wrongForms ?? []) {
      const written = wrong.text.replace(/[「」]/g, "");
      // A real law given for the wrong purpose is wrong only beside a retention period.
      const code = wrong.kind === "wrong-law" ? `${DOC}- 「${written}」에 따른 소비자의 불만 또는 분쟁처리에 관한 기록: 3년\n` : `${DOC}「${written}」에 따라 처리합니다.\n`;
      // Only a title read in the statute's own text is written into a policy.
      const fixed = wrong.kind === "spacing" && !law.repealed && law.primary.read !== undefined;
      it(`${law.canonical} (${law.source}; ${law.primary.read ? "read" : "not read"}): 「${written}」 (${wrong.kind}) fires${fixed ? " and is fixed" : ", never fixed"}`, async () => {
        const hits = await findings("law-name", code);
        expect(hits.length).toBe(1);
        expect(Boolean(hits[0].fix)).toBe(fixed);
      });
    }
  }
});

describe("knowledge: DELETED_PROVISIONS", () => {
  const cite = (law: string, article: string) => {
    const [main, sub] = article.split("의");
    return `「${law}」 제${main}조${sub ? `의${sub}` : ""}`;
  };
  for (const row of DELETED_PROVISIONS) {
    // A range is cited by its last article; its first may have been reused with a new meaning.
    const article = row.articles[0].to ?? row.articles[0].from;
    const name = `${row.id} (${row.source}): ${cite(row.law, article)}`;
    if (row.nowMeans) {
      it(`${name} is reused (${row.nowMeans}): quiet`, async () => {
        expect(await findings("outdated-law", `${DOC}${cite(row.law, article)}에 따릅니다.\n`, "deleted-provision")).toEqual([]);
      });
      continue;
    }
    it(`${name}: fires after ${row.deletedOn}`, async () => {
      expect(await findings("outdated-law", `${DOC}${cite(row.law, article)}에 따릅니다.\n`, "deleted-provision")).toHaveLength(1);
    });
    it(`${name}: quiet before ${row.deletedOn}`, async () => {
      const messages = await lintWith("outdated-law", { code: `${DOC}${cite(row.law, article)}에 따릅니다.\n`, today: "2010-01-01" });
      expect(messages.filter((m) => m.messageId === "deleted-provision")).toEqual([]);
    });
  }
  it("S-LAW4 §5.2: 정보통신망법 제22조의2 (접근권한) still exists: quiet", async () => {
    expect(await findings("outdated-law", `${DOC}「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제22조의2에 따라 접근권한 동의를 받습니다.\n`, "deleted-provision")).toEqual([]);
  });
});

const DUTY_CASES: Record<string, { fire: string; quiet: string }> = {
  "validity-period": {
    fire: "「개인정보 보호법」 제39조의6에 따라 1년간 서비스를 이용하지 않은 이용자의 개인정보는 분리하여 보관합니다.",
    quiet: "회사는 「통신비밀보호법」에 따른 로그인 기록을 1년간 보관한 뒤 파기합니다.",
  },
  "limited-identity-verification": {
    fire: "게시판 이용 시 본인확인 기록은 6개월간 보관합니다.",
    quiet: "본인확인 기록은 회원 탈퇴 시까지 보관합니다.",
  },
  "ictna-dual-regime": {
    fire: "회사는 「개인정보보호법」, 「정보통신망법」 등 정보통신서비스제공자가 준수하여야 할 관련 법령에 따라 개인정보를 보호합니다.",
    quiet: "회사는 「개인정보 보호법」 및 「정보통신망법」 등 관련 법령을 준수합니다.",
  },
};

describe("knowledge: ABOLISHED_DUTIES", () => {
  it("every row has its cases", () => {
    expect(ABOLISHED_DUTIES.map((d) => d.id).filter((id) => !DUTY_CASES[id])).toEqual([]);
  });
  for (const duty of ABOLISHED_DUTIES) {
    const c = DUTY_CASES[duty.id];
    if (!c) continue;
    it(`${duty.id} (${duty.source}): fires: ${c.fire}`, async () => {
      expect(await findings("outdated-law", `${DOC}${c.fire}\n`, "abolished-duty")).toHaveLength(1);
    });
    it(`${duty.id} (${duty.source}): quiet: ${c.quiet}`, async () => {
      expect(await findings("outdated-law", `${DOC}${c.quiet}\n`, "abolished-duty")).toEqual([]);
    });
  }
});

describe("knowledge: REDRESS_AGENCIES", () => {
  const HEAD = `${DOC}## 권익침해 구제방법\n\n`;
  for (const agency of REDRESS_AGENCIES) {
    if (agency.status === "current") {
      it(`${agency.id} (${agency.source}): current contacts are quiet`, async () => {
        const line = `- ${agency.name}: ${[...agency.phones.map((p) => (p.length <= 4 ? `(국번없이) ${p}` : p)), ...agency.urls].join(", ")}\n`;
        expect(await findings("redress", HEAD + line)).toEqual([]);
      });
    }
    for (const kind of ["names", "urls", "phones"] as const) {
      for (const ref of agency.outdated[kind]) {
        // A name is backed by the provision that sets the body up, an address or number by its contact page.
        const backed = kind === "names" ? agency.primary.read : agency.contactPage?.read;
        const fixed = ref.replacement !== undefined && !ref.unconfirmed && agency.status !== "abolished" && backed !== undefined;
        const line = kind === "names" ? `- ${ref.text}: 상담 안내\n` : `- ${agency.name}: 전화 안내 ${ref.text}\n`;
        it(`${agency.id} (${agency.source}): outdated ${ref.text} fires${fixed ? " and is fixed" : ", never fixed"}`, async () => {
          const hits = (await findings("redress", HEAD + line, "outdated-agency")).filter((m) => m.message.includes(ref.text));
          expect(hits.length).toBeGreaterThan(0);
          expect(hits.some((m) => m.fix), "fixed").toBe(fixed);
        });
        if (fixed) {
          it(`${agency.id} (${agency.source}): outdated ${ref.text} is not fixed beside a number of unknown standing`, async () => {
            const hits = await findings("redress", `${HEAD}${line.trimEnd()} (02-123-4567)\n`, "outdated-agency");
            expect(hits.filter((m) => m.fix)).toEqual([]);
          });
        }
      }
    }
  }
});

describe("knowledge: FOREIGN_PROCESSORS", () => {
  for (const p of FOREIGN_PROCESSORS) {
    const alias = p.aliases.find((a) => /^[A-Za-z]/.test(a)) ?? p.aliases[0];
    it(`${p.id} (${p.source}, ${p.country}): named as a processor, evidence of transfer abroad`, async () => {
      expect(await findings("overseas-transfer", `${DOC}회사는 ${alias}에 데이터 보관을 위탁합니다.\n`, "missing")).toHaveLength(1);
    });
    if (p.category === "cloud") {
      it(`${p.id}: with a Korean region, no evidence`, async () => {
        expect(await findings("overseas-transfer", `${DOC}회사는 ${alias} 서울 리전(ap-northeast-2)에 데이터 보관을 위탁합니다.\n`, "missing")).toEqual([]);
      });
      it(`${p.id}: with a Korean region and a foreign one, still evidence`, async () => {
        expect(await findings("overseas-transfer", `${DOC}회사는 ${alias} 서울 리전과 도쿄 리전에 데이터 보관을 위탁합니다.\n`, "missing")).toHaveLength(1);
      });
    }
  }
  it("a Korean contracting entity is no evidence", async () => {
    expect(await findings("overseas-transfer", `${DOC}회사는 아마존웹서비시즈코리아 유한회사(AWS)에 서버 운영을 위탁합니다.\n`, "missing")).toEqual([]);
  });
});

describe("knowledge: primary sources", () => {
  const primaries: [string, PrimarySource][] = [
    ...RETENTION_PERIODS.map((r) => [`retention ${r.id}`, r.primary] as [string, PrimarySource]),
    ...LAW_NAMES.map((l) => [`law ${l.canonical}`, l.primary] as [string, PrimarySource]),
    ...DELETED_PROVISIONS.map((d) => [`deleted ${d.id}`, d.primary] as [string, PrimarySource]),
    ...ABOLISHED_DUTIES.map((d) => [`duty ${d.id}`, d.primary] as [string, PrimarySource]),
    ...LEGACY_TERMS.map((t) => [`legacy ${t.id}`, t.primary] as [string, PrimarySource]),
    ...REDRESS_AGENCIES.map((a) => [`redress ${a.id}`, a.primary] as [string, PrimarySource]),
    ...LEGACY_TITLE_NAMES.map((t) => [`title ${t.name}`, t.primary] as [string, PrimarySource]),
  ];
  const texts = Object.values(STATUTE_TEXTS);
  const knowledgeDoc = readFileSync(new URL("../../docs/knowledge.md", import.meta.url), "utf8");

  it("a read source is one of the statute texts read, with its version, and docs/knowledge.md lists it", () => {
    for (const [row, p] of primaries.filter(([, p]) => p.read)) {
      const text = texts.find((t) => t.read.at === p.read!.at);
      expect(text, `${row}: ${p.read!.at} is not in STATUTE_TEXTS`).toBeDefined();
      expect(p.version, row).toBe(text!.version);
      expect(knowledgeDoc, `${row}: docs/knowledge.md does not list ${p.read!.at}`).toContain(p.read!.at.split(" ")[1]);
    }
  });

  it("every document title the title rule rewrites was read in PIPA 제30조", () => {
    for (const t of LEGACY_TITLE_NAMES) expect(t.primary.read, t.name).toBeDefined();
  });

  it("a row whose source was not read is reported, never rewritten: 「전자상거래 등에서의 소비자 보호에 관한 법률」", async () => {
    const law = LAW_NAMES.find((l) => l.canonical === "전자상거래 등에서의 소비자보호에 관한 법률")!;
    expect(law.primary.read).toBeUndefined();
    const hits = await findings("law-name", `${DOC}「전자상거래 등에서의 소비자 보호에 관한 법률」에 따라 보존합니다.\n`);
    expect(hits.map((m) => m.messageId)).toEqual(["spacing"]);
    expect(hits[0].fix).toBeUndefined();
  });

  it("an address whose body's contact page was not read is reported, never rewritten: cyberbureau.police.go.kr", async () => {
    const police = REDRESS_AGENCIES.find((a) => a.id === "police-cyber-bureau")!;
    expect(police.contactPage).toBeUndefined();
    const hits = await findings("redress", `${DOC}## 권익침해 구제방법\n\n- 경찰청: (국번없이) 182 (cyberbureau.police.go.kr)\n`, "outdated-agency");
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain("ecrm.police.go.kr");
    expect(hits[0].fix).toBeUndefined();
  });
});
