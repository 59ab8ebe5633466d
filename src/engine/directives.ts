/**
 * Inline control comments: <!-- policy-lint-disable[-next-line|-line] [rule-id, …] --> and
 * <!-- policy-lint-enable [rule-id, …] -->. An empty list means every rule. Each disable comment
 * remembers which findings it hid, so that reports can list what the document switched off and
 * `--report-unused-disable-directives` can name the comments that hid nothing.
 */
import type { LineIndex } from "../policy/line-index.js";
import type { InlineDirective } from "./types.js";

const DIRECTIVE = /<!--\s{0,20}policy-lint-(disable-next-line|disable-line|disable|enable)\b([^<>]{0,500}?)-->/g;

interface Parsed extends InlineDirective {
  /** Line the comment applies to (line kinds only). */
  target: number;
}

export class Directives {
  private readonly parsed: Parsed[] = [];
  /** Findings hidden, by directive index and rule id. */
  private readonly hidden = new Map<number, Map<string, number>>();

  constructor(text: string, lines: LineIndex) {
    for (const m of text.matchAll(DIRECTIVE)) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      const start = lines.position(m.index);
      const endLine = lines.position(m.index + m[0].length).line;
      const kind = m[1] as InlineDirective["kind"];
      this.parsed.push({
        kind,
        rules: rules.length ? rules : null,
        line: start.line,
        column: start.column,
        target: kind === "disable-next-line" ? endLine + 1 : start.line,
        hidden: {},
      });
    }
  }

  private applies(d: Parsed, ruleId: string): boolean {
    return !d.rules || d.rules.includes(ruleId);
  }

  /** The index of the directive that hides a finding of `ruleId` on `line`, or -1. */
  private covering(ruleId: string, line: number): number {
    for (let i = 0; i < this.parsed.length; i++) {
      const d = this.parsed[i];
      if ((d.kind === "disable-line" || d.kind === "disable-next-line") && d.target === line && this.applies(d, ruleId)) return i;
    }
    let state = -1;
    for (let i = 0; i < this.parsed.length; i++) {
      const d = this.parsed[i];
      if (d.line > line) break;
      if ((d.kind !== "disable" && d.kind !== "enable") || !this.applies(d, ruleId)) continue;
      state = d.kind === "disable" ? i : -1;
    }
    return state;
  }

  /** Whether a finding of `ruleId` on `line` is hidden; a hidden finding is counted against its directive. */
  suppress(ruleId: string, line: number): boolean {
    const i = this.covering(ruleId, line);
    if (i < 0) return false;
    const counts = this.hidden.get(i) ?? new Map<string, number>();
    counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
    this.hidden.set(i, counts);
    return true;
  }

  /** Every comment found, with the findings each disable comment hid. */
  list(): InlineDirective[] {
    return this.parsed.map(({ target: _target, ...d }, i) => ({ ...d, hidden: Object.fromEntries(this.hidden.get(i) ?? []) }));
  }
}
