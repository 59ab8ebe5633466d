/**
 * One cheap test before an element's many patterns: the literal words that any match of the
 * patterns must contain, read from the patterns themselves (and from the word lists they are used
 * with), so that the test can never disagree with them. A block that holds none of the words
 * holds no sentence the element's judge would accept or reject, and is not split at all.
 */
import type { Block } from "../policy/types.js";

/** What a piece of a pattern matches: exactly these strings, and/or always one of these words. */
interface Need {
  /** Every string the piece can match, when they are few and literal. */
  exact: string[] | null;
  /** Words one of which every match contains. */
  words: string[] | null;
}

const ANY: Need = { exact: null, words: null };
const EMPTY: Need = { exact: [""], words: null };
/** Beyond this many spellings a run of literal pieces is cut into shorter runs. */
const RUN_SPELLINGS = 32;
/** Escapes of a character class or a control character: they match no one literal. */
const CLASS_ESCAPES = "dDsSwWtnrfv";

class Unsupported extends Error {}

/** Reads a pattern's source (flags without u or v) into what its matches must contain. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Need {
    const need = this.alternatives();
    if (this.at < this.source.length) throw new Unsupported(`unexpected ${this.source[this.at]}`);
    return need;
  }

  private alternatives(): Need {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const words = branches.map(wordsOf);
    return { exact, words: words.every((w) => w) ? [...new Set(words.flatMap((w) => w!))] : null };
  }

  private sequence(): Need {
    const candidates: string[][] = [];
    let run: string[] | null = null;
    let whole: string[] | null = [""];
    const close = () => {
      if (run && !run.includes("")) candidates.push(run);
      run = null;
    };
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const piece = this.quantified(this.atom());
      whole = piece.exact && whole && whole.length * piece.exact.length <= RUN_SPELLINGS ? product(whole, piece.exact) : null;
      if (piece.exact) {
        if (run && run.length * piece.exact.length > RUN_SPELLINGS) close();
        run = product(run ?? [""], piece.exact);
      } else {
        close();
        if (piece.words) candidates.push(piece.words);
      }
    }
    close();
    return { exact: whole, words: best(candidates) };
  }

  private quantified(need: Need): Need {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.at];
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      [min, max] = c === "+" ? [1, Infinity] : [0, c === "?" ? 1 : Infinity];
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) throw new Unsupported("a brace that is no quantifier");
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return need;
    if (s[this.at] === "?") this.at++;
    if (min === 0) return ANY;
    if (min === 1 && max === 1) return need;
    return { exact: null, words: wordsOf(need) };
  }

  private atom(): Need {
    const s = this.source;
    const c = s[this.at++];
    if (c === "(") {
      let lookaround = false;
      if (s[this.at] === "?") {
        const m = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.at));
        if (!m) throw new Unsupported("an unknown group");
        lookaround = ["=", "!", "<=", "<!"].includes(m[1]);
        this.at += m[0].length;
      }
      const inner = this.alternatives();
      if (s[this.at++] !== ")") throw new Unsupported("an unclosed group");
      // A lookaround consumes nothing: the match around it is contiguous.
      return lookaround ? EMPTY : inner;
    }
    if (c === "[") {
      while (this.at < s.length && s[this.at] !== "]") this.at += s[this.at] === "\\" ? 2 : 1;
      if (s[this.at++] !== "]") throw new Unsupported("an unclosed class");
      return ANY;
    }
    if (c === "\\") {
      const e = s[this.at++];
      if (e === "b" || e === "B") return EMPTY;
      if (CLASS_ESCAPES.includes(e)) return ANY;
      if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`the escape \\${e}`);
      return { exact: [e], words: null };
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return ANY;
    if (c === ")" || c === "|" || c === "?" || c === "*" || c === "+") throw new Unsupported(`a stray ${c}`);
    return { exact: [c], words: null };
  }
}

function product(left: string[], right: string[]): string[] {
  return [...new Set(left.flatMap((l) => right.map((r) => l + r)))];
}

function wordsOf(need: Need): string[] | null {
  return need.exact && !need.exact.includes("") ? need.exact : need.words;
}

/** The most telling of several sufficient word sets: the longest shortest word, then the fewest words. */
function best(candidates: string[][]): string[] | null {
  let chosen: string[] | null = null;
  let score = [0, 0];
  for (const words of candidates) {
    const s = [Math.min(...words.map((w) => w.length)), -words.length];
    if (!chosen || s[0] > score[0] || (s[0] === score[0] && s[1] > score[1])) [chosen, score] = [words, s];
  }
  return chosen;
}

/**
 * Literal words one of which every match of `pattern` contains, or null when its matches need no
 * literal word (a class, an optional piece) or its source uses what this reader does not know.
 */
export function requiredWords(pattern: RegExp): string[] | null {
  if (/[uv]/.test(pattern.flags)) return null;
  try {
    return wordsOf(new Reader(pattern.source).read());
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One pattern for the words of several tests (patterns, or word lists read with `includes`): it
 * finds a word wherever any of them can match. Null when one of them needs no word, and so every
 * text must be judged. Case is ignored if any pattern ignores it (a wider test is still safe).
 */
export function anyWordOf(...tests: (RegExp | readonly string[])[]): RegExp | null {
  const words: string[] = [];
  for (const t of tests) {
    const found = t instanceof RegExp ? requiredWords(t) : t;
    if (!found || !found.length || found.includes("")) return null;
    words.push(...found);
  }
  // A word that holds a shorter one is found through it.
  const kept = [...new Set(words)].filter((w, _, all) => !all.some((o) => o !== w && w.includes(o)));
  const ignoreCase = tests.some((t) => t instanceof RegExp && t.flags.includes("i"));
  return new RegExp(kept.sort((a, b) => b.length - a.length).map(escape).join("|"), ignoreCase ? "i" : "");
}

/**
 * The block test for several tests' words: true when the block holds one (or no words could be read).
 * The words are read on first use: a run on one file pays only for the judges it reaches.
 */
export function holdingAnyWord(...tests: (RegExp | readonly string[])[]): (block: Block) => boolean {
  let words: RegExp | null | undefined;
  return (block) => {
    if (words === undefined) words = anyWordOf(...tests);
    return !words || words.test(block.text);
  };
}

/** Counts the listed words a text holds (as `includes` finds them), after one test that it holds any. */
export function wordCounter(words: readonly string[]): (text: string) => number {
  let any: RegExp | null | undefined;
  return (text) => {
    if (any === undefined) any = anyWordOf(words);
    if (any && !any.test(text)) return 0;
    let n = 0;
    for (const w of words) if (text.includes(w)) n++;
    return n;
  };
}
