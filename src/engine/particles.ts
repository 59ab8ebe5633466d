/**
 * Korean particles after a value only known at run time: 은/는, 이/가, 을/를, 과/와, (으)로 and
 * (이)라 depend on whether the word before them, read aloud, ends in a final consonant (받침).
 * Latin letters and digits are read as Korean readers say them (1 일, 3 삼, A 에이, L 엘, 10 십).
 */

/** Final consonant of a reading: none, ㄹ (takes 로, not 으로) or any other. */
export type Batchim = "none" | "rieul" | "other";

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots of a precomposed syllable. */
const FINAL_RIEUL = 8;

function hangulBatchim(code: number): Batchim {
  const final = (code - HANGUL_FIRST) % 28;
  return final === 0 ? "none" : final === FINAL_RIEUL ? "rieul" : "other";
}

/** 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: Batchim[] = ["other", "rieul", "none", "other", "none", "none", "other", "rieul", "rieul", "none"];

/** 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트. */
const LETTER: Record<string, Batchim> = {
  a: "none", b: "none", c: "none", d: "none", e: "none", f: "none", g: "none", h: "none", i: "none",
  j: "none", k: "none", l: "rieul", m: "other", n: "other", o: "none", p: "none", q: "none", r: "rieul",
  s: "none", t: "none", u: "none", v: "none", w: "none", x: "none", y: "none", z: "none",
};

/**
 * A number is read by its last non-zero digit, or by the unit its trailing zeros make:
 * 10 십, 100 백, 1000 천, 10000 만, 100000000 억, 10^12 조.
 */
function numberBatchim(digits: string): Batchim {
  let zeros = 0;
  while (zeros < digits.length && digits[digits.length - 1 - zeros] === "0") zeros++;
  if (zeros === digits.length) return DIGIT[0];
  if (zeros === 0) return DIGIT[Number(digits[digits.length - 1])];
  // 십 백 천 만 억 all end in a consonant; 조 (10^12 up to 10^15) does not.
  return zeros >= 12 && zeros < 16 ? "none" : "other";
}

/**
 * An acronym (CCTV, AWS) is spelled letter by letter; a word (Google, Amazon) is read by its
 * ending, as its Korean transcription ends: -m 엠/ㅁ, -n ㄴ, -ng ㅇ, -l/-gle ㄹ, -k/-ck ㄱ, -p ㅂ.
 */
function latinBatchim(run: string): Batchim {
  const last = run.at(-1)!;
  if (run.length === 1 || run === run.toUpperCase()) return LETTER[last.toLowerCase()];
  const word = run.toLowerCase();
  if (word.endsWith("l") || word.endsWith("gle")) return "rieul";
  return ["m", "n", "ng", "k", "p"].some((end) => word.endsWith(end)) ? "other" : "none";
}

/** Closing quotes, brackets and spaces between a word and its particle are read past. */
const TRAILING = new Set([..." \t\n'\"’”」』》〉)]}>.·"]);

/** The final consonant of the text's last word as read aloud, or undefined when it has no word. */
export function batchimOf(text: string): Batchim | undefined {
  // Scanned from the end by hand: a regex anchored at $ backtracks over long runs in document text.
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1])) end--;
  if (end === 0) return undefined;
  const code = text.codePointAt(end - 1)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangulBatchim(code);
  const run = (test: (ch: string) => boolean): string => {
    let start = end;
    while (start > 0 && test(text[start - 1])) start--;
    return text.slice(start, end);
  };
  if (isDigit(text[end - 1])) return numberBatchim(run(isDigit));
  if (isLatin(text[end - 1])) return latinBatchim(run(isLatin));
  return undefined;
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function isLatin(ch: string): boolean {
  return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
}

/** Particle pairs as written in message templates, and the form after a consonant / a vowel. */
const PAIRS: Record<string, { consonant: string; vowel: string; rieul?: string }> = {
  "은(는)": { consonant: "은", vowel: "는" },
  "는(은)": { consonant: "은", vowel: "는" },
  "이(가)": { consonant: "이", vowel: "가" },
  "가(이)": { consonant: "이", vowel: "가" },
  "을(를)": { consonant: "을", vowel: "를" },
  "를(을)": { consonant: "을", vowel: "를" },
  "과(와)": { consonant: "과", vowel: "와" },
  "와(과)": { consonant: "과", vowel: "와" },
  "(으)로": { consonant: "으로", vowel: "로", rieul: "로" },
  "(이)라": { consonant: "이라", vowel: "라" },
};

export const PARTICLE_PATTERN = /은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로|\(이\)라/g;

/** The particle that follows `text`; the written pair is kept when the text gives no reading. */
export function particleAfter(text: string, pair: string): string {
  const forms = PAIRS[pair];
  if (!forms) return pair;
  const batchim = batchimOf(text);
  if (batchim === undefined) return pair;
  if (batchim === "none") return forms.vowel;
  if (batchim === "rieul" && forms.rieul) return forms.rieul;
  return forms.consonant;
}
