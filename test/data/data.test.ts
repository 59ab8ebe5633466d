import { describe, expect, it } from "vitest";
import {
  ABOLISHED_DUTIES,
  DELETED_PROVISIONS,
  FOREIGN_PROCESSORS,
  LAW_BY_NAME,
  LAW_NAMES,
  LEGACY_TERMS,
  REDRESS_AGENCIES,
  RETENTION_PERIODS,
  type ArticleId,
  type RedressAgency,
} from "../../src/data/index.js";

// pipa.md §0.
const SPEC_KEYS = new Set([
  "S-LAW1", "S-LAW2", "S-LAW3", "S-LAW3b", "S-LAW3c", "S-LAW4", "S-LAW5", "S-LAW6", "S-LAW7", "S-LAW8",
  "S-NOTE1", "S-GUIDE1", "S-GUIDE2", "S-GUIDE3", "S-GUIDE4", "S-GUIDE5", "S-EVAL", "S-TOC-PUB",
  "S-TOC-PRIV", "S-CHK", "S-OLD", "S-DORM", "S-TOS", "S-3P", "S-MED", "S-SAMPLE",
]);

const TABLES: Record<string, readonly { source: string }[]> = {
  RETENTION_PERIODS,
  LAW_NAMES,
  REDRESS_AGENCIES,
  DELETED_PROVISIONS,
  ABOLISHED_DUTIES,
  LEGACY_TERMS,
  FOREIGN_PROCESSORS,
};

const canonicalLaws = new Set(LAW_NAMES.map((law) => law.canonical));
const squash = (text: string) => text.replace(/\s+/g, "");
const isLatin = (text: string) => /^[\x20-\x7e]+$/.test(text);

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function isValidDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, year, month = "01", day = "01"] = match;
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(`${year}-${month}-${day}`);
}

/** Years and months compare (1년 = 12개월); days only with days, as the statute states them. */
function periodKey(row: { period: { amount: number; unit: string } }): string {
  const { amount, unit } = row.period;
  return unit === "년" ? `${amount * 12}개월` : `${amount}${unit}`;
}

function articleOrder(id: ArticleId): [number, number] {
  const [main, branch = "0"] = id.split("의");
  return [Number(main), Number(branch)];
}

function compareArticles(a: ArticleId, b: ArticleId): number {
  const [mainA, branchA] = articleOrder(a);
  const [mainB, branchB] = articleOrder(b);
  return mainA - mainB || branchA - branchB;
}

describe("every table", () => {
  for (const [name, rows] of Object.entries(TABLES)) {
    it(`${name}: every row names a pipa.md source`, () => {
      for (const row of rows) {
        expect(row.source.trim(), JSON.stringify(row)).not.toBe("");
        if (row.source === "common knowledge") continue;
        const key = /^(S-[A-Za-z0-9-]+|pipa\.md) §\S/.exec(row.source)?.[1];
        expect(key === "pipa.md" || SPEC_KEYS.has(key ?? ""), row.source).toBe(true);
      }
    });
  }

  it("ids are unique within each table", () => {
    const tables = {
      RETENTION_PERIODS,
      REDRESS_AGENCIES,
      DELETED_PROVISIONS,
      ABOLISHED_DUTIES,
      LEGACY_TERMS,
      FOREIGN_PROCESSORS,
    };
    for (const [name, rows] of Object.entries(tables)) {
      expect(duplicates(rows.map((row) => row.id)), name).toEqual([]);
    }
  });

  it("dates are real ISO 8601 dates", () => {
    const dates = [
      ...RETENTION_PERIODS.flatMap((row) => (row.obsoleteSince ? [row.obsoleteSince] : [])),
      ...LAW_NAMES.flatMap((law) => (law.wrongForms ?? []).flatMap((wrong) => (wrong.since ? [wrong.since] : []))),
      ...REDRESS_AGENCIES.flatMap((agency) => [
        ...(agency.abolishedSince ? [agency.abolishedSince] : []),
        ...Object.values(agency.outdated).flatMap((refs) => refs.flatMap((ref) => (ref.since ? [ref.since] : []))),
      ]),
      ...DELETED_PROVISIONS.map((row) => row.deletedOn),
      ...ABOLISHED_DUTIES.map((row) => row.abolishedOn),
      ...LEGACY_TERMS.flatMap((row) => (row.since ? [row.since] : [])),
    ];
    expect(dates.filter((date) => !isValidDate(date))).toEqual([]);
  });
});

describe("RETENTION_PERIODS", () => {
  it("cites laws by their canonical names", () => {
    expect(RETENTION_PERIODS.filter((row) => !canonicalLaws.has(row.law)).map((row) => row.id)).toEqual([]);
  });

  it("states each period as a whole number in the statute's unit", () => {
    for (const row of RETENTION_PERIODS) expect(Number.isInteger(row.period.amount) && row.period.amount > 0, row.id).toBe(true);
  });

  it("dates exactly the obsolete rows", () => {
    for (const row of RETENTION_PERIODS) {
      expect(row.obsoleteSince !== undefined, row.id).toBe(row.status === "obsolete");
    }
  });

  it("never gives two periods for one law and record type unless one is obsolete", () => {
    for (const [i, a] of RETENTION_PERIODS.entries()) {
      for (const b of RETENTION_PERIODS.slice(i + 1)) {
        const same = a.law === b.law && squash(a.recordType) === squash(b.recordType);
        if (!same || periodKey(a) === periodKey(b)) continue;
        expect(a.status === "obsolete" || b.status === "obsolete", `${a.id} vs ${b.id}`).toBe(true);
      }
    }
  });

  it("puts a specific row before any general row that would also match its record type", () => {
    for (const [i, earlier] of RETENTION_PERIODS.entries()) {
      for (const later of RETENTION_PERIODS.slice(i + 1)) {
        if (periodKey(earlier) === periodKey(later)) continue;
        if (earlier.status === "obsolete" || later.status === "obsolete") continue;
        const shadows = earlier.keywords.every((word) => later.recordType.includes(word));
        expect(shadows, `${earlier.id} matches the record type of ${later.id}`).toBe(false);
      }
    }
  });

  it("recognises each record type by its own keywords", () => {
    for (const row of RETENTION_PERIODS) {
      expect(row.keywords.length, row.id).toBeGreaterThan(0);
      expect(row.keywords.filter((word) => !row.recordType.includes(word)), row.id).toEqual([]);
    }
  });
});

describe("LAW_NAMES", () => {
  it("writes canonical names without 「」", () => {
    expect(LAW_NAMES.filter((law) => /[「」]/.test(law.canonical)).map((law) => law.canonical)).toEqual([]);
  });

  it("never lets one accepted name stand for two laws", () => {
    const names = LAW_NAMES.flatMap((law) => [law.canonical, ...law.shortForms]);
    expect(duplicates(names)).toEqual([]);
    expect(LAW_BY_NAME.size).toBe(names.length);
  });

  it("never lists an accepted name as a wrong one, except another real law given for the wrong purpose", () => {
    const wrong = LAW_NAMES.flatMap((law) => (law.wrongForms ?? []).map((form) => form.text));
    const otherLaw = LAW_NAMES.flatMap((law) => (law.wrongForms ?? []).filter((form) => form.kind === "wrong-law").map((form) => form.text));
    expect(wrong.filter((text) => LAW_BY_NAME.has(text) && !otherLaw.includes(text))).toEqual([]);
    expect(duplicates(wrong)).toEqual([]);
  });
});

describe("REDRESS_AGENCIES", () => {
  const live = REDRESS_AGENCIES.filter((agency) => agency.status !== "not-a-redress-body");
  const current = {
    names: live.flatMap((agency) => [agency.name, ...agency.aliases]),
    urls: live.flatMap((agency) => agency.urls),
    phones: live.flatMap((agency) => agency.phones),
  };

  it("writes phones as digits with hyphens", () => {
    const phones = REDRESS_AGENCIES.flatMap((agency) => [
      ...agency.phones,
      ...agency.outdated.phones.map((ref) => ref.text),
    ]);
    expect(phones.filter((phone) => !/^\d{2,4}(-\d{3,4}){0,2}$/.test(phone))).toEqual([]);
  });

  it("writes URLs as lower-case host[/path] without scheme or www.", () => {
    const urls = REDRESS_AGENCIES.flatMap((agency) => [...agency.urls, ...agency.outdated.urls.map((ref) => ref.text)]);
    expect(urls.filter((url) => !/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9._/-]*[a-z0-9])?$/.test(url))).toEqual(
      [],
    );
  });

  it("gives each phone number to one body only", () => {
    expect(duplicates(current.phones)).toEqual([]);
  });

  it("dates exactly the abolished bodies", () => {
    for (const agency of REDRESS_AGENCIES) {
      expect(agency.abolishedSince !== undefined, agency.id).toBe(agency.status === "abolished");
    }
  });

  it("never marks a current name, URL or number as outdated", () => {
    for (const kind of ["names", "urls", "phones"] as const) {
      const outdated = REDRESS_AGENCIES.flatMap((agency) => agency.outdated[kind].map((ref) => ref.text));
      const clashes = outdated.filter((old) => current[kind].some((now) => now === old || now.includes(old)));
      expect(clashes, kind).toEqual([]);
    }
  });

  it("replaces outdated entries with the same body's current ones", () => {
    const currentOf = (agency: RedressAgency) => ({
      names: [agency.name, ...agency.aliases],
      urls: agency.urls,
      phones: agency.phones,
    });
    for (const agency of REDRESS_AGENCIES) {
      for (const kind of ["names", "urls", "phones"] as const) {
        for (const ref of agency.outdated[kind]) {
          if (ref.replacement === undefined) continue;
          expect(currentOf(agency)[kind], `${agency.id}: ${ref.text}`).toContain(ref.replacement);
        }
      }
    }
  });
});

describe("DELETED_PROVISIONS", () => {
  const articleId = /^[1-9]\d*(의[1-9]\d*)?$/;

  it("cites laws by their canonical names", () => {
    expect(DELETED_PROVISIONS.filter((row) => !canonicalLaws.has(row.law)).map((row) => row.id)).toEqual([]);
  });

  it("has well-formed article ranges", () => {
    for (const row of DELETED_PROVISIONS) {
      expect(row.articles.length, row.id).toBeGreaterThan(0);
      for (const range of row.articles) {
        const ids = [range.from, ...(range.to ? [range.to] : []), ...(range.except ?? [])];
        expect(ids.filter((id) => !articleId.test(id)), row.id).toEqual([]);
        if (range.to) expect(compareArticles(range.from, range.to), row.id).toBeLessThan(0);
        if (!range.except) continue;
        expect(range.to, `${row.id}: exceptions need a range`).toBeDefined();
        for (const id of range.except) {
          const inside = compareArticles(range.from, id) < 0 && compareArticles(id, range.to ?? range.from) < 0;
          expect(inside, `${row.id}: ${id}`).toBe(true);
        }
        expect(duplicates(range.except), row.id).toEqual([]);
      }
    }
  });

  it("never lists as deleted an article that a range keeps", () => {
    const kept = DELETED_PROVISIONS.flatMap((row) =>
      row.articles.flatMap((range) => (range.except ?? []).map((id) => `${row.law} ${id}`)),
    );
    const deletedSingles = DELETED_PROVISIONS.flatMap((row) =>
      row.articles.filter((range) => !range.to).map((range) => `${row.law} ${range.from}`),
    );
    expect(deletedSingles.filter((article) => kept.includes(article))).toEqual([]);
  });

  it("says what replaced each provision, or why nothing did", () => {
    for (const row of DELETED_PROVISIONS) expect(Boolean(row.current ?? row.note), row.id).toBe(true);
  });
});

describe("ABOLISHED_DUTIES", () => {
  it("can recognise each duty", () => {
    for (const duty of ABOLISHED_DUTIES) {
      expect(duty.names.length + duty.keywords.length, duty.id).toBeGreaterThan(0);
      expect(duty.keywords.filter((group) => group.length === 0), duty.id).toEqual([]);
    }
  });
});

describe("LEGACY_TERMS", () => {
  const terms = LEGACY_TERMS.map((row) => row.term);

  it("orders longer terms before the shorter ones they contain", () => {
    for (const [i, earlier] of terms.entries()) {
      for (const later of terms.slice(i + 1)) {
        expect(later !== earlier && later.includes(earlier), `${later} after ${earlier}`).toBe(false);
      }
    }
  });

  it("never suggests a legacy term as the replacement", () => {
    for (const row of LEGACY_TERMS) {
      for (const legacy of LEGACY_TERMS) {
        if (!row.replacement.includes(legacy.term)) continue;
        const excepted = legacy.exceptIn?.some((phrase) => row.replacement.includes(phrase)) ?? false;
        expect(excepted, `${row.id} → ${row.replacement} contains ${legacy.term}`).toBe(true);
      }
    }
  });

  it("lists exceptions that contain the term", () => {
    for (const row of LEGACY_TERMS) {
      expect((row.exceptIn ?? []).filter((phrase) => !phrase.includes(row.term)), row.id).toEqual([]);
    }
  });
});

describe("FOREIGN_PROCESSORS", () => {
  const aliases = FOREIGN_PROCESSORS.flatMap((processor) =>
    processor.aliases.map((alias) => ({ id: processor.id, alias, key: squash(alias).toLowerCase() })),
  );

  it("lists at least 45 processors", () => {
    expect(FOREIGN_PROCESSORS.length).toBeGreaterThanOrEqual(45);
  });

  it("never gives two processors the same alias", () => {
    const clashes = aliases.filter((a) => aliases.some((b) => b.id !== a.id && b.key === a.key));
    expect(clashes).toEqual([]);
  });

  it("lists no Korean company", () => {
    const domestic = ["kakao", "카카오", "naver", "네이버", "nice", "나이스", "아임포트", "iamport", "채널톡", "channel talk", "채널코퍼레이션", "스티비", "stibee", "toss", "토스"];
    expect(aliases.filter(({ key }) => domestic.some((name) => key.includes(squash(name))))).toEqual([]);
  });

  it("has no Korean alias inside an ordinary word", () => {
    const ordinary = ["애플리케이션", "어플리케이션", "메타데이터", "옥타브", "브랜치", "세그먼트", "인터콤"];
    const korean = aliases.filter(({ alias }) => !isLatin(alias));
    expect(korean.filter(({ alias }) => ordinary.some((word) => word.includes(alias)))).toEqual([]);
  });

  it("matches ordinary English words and short acronyms only case-sensitively", () => {
    const ordinary = new Set(["apple", "meta", "slack", "branch", "segment", "notion", "adjust", "braze", "zoom", "stripe", "discord", "amplitude", "intercom", "sentry", "claude"]);
    const risky = FOREIGN_PROCESSORS.filter((processor) =>
      processor.aliases.some((alias) => ordinary.has(alias.toLowerCase()) || /^[A-Za-z]{1,3}$/.test(alias)),
    );
    expect(risky.filter((processor) => !processor.caseSensitive).map((processor) => processor.id)).toEqual([]);
  });

  it("names a country for each", () => {
    expect(FOREIGN_PROCESSORS.filter((processor) => processor.country.trim() === "").map((p) => p.id)).toEqual([]);
  });
});
