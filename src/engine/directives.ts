/**
 * Inline control comments: <!-- policy-lint-disable[-next-line|-line] [rule-id, …] --> and
 * <!-- policy-lint-enable [rule-id, …] -->. An empty list means every rule.
 */
import type { LineIndex } from "../policy/line-index.js";

const DIRECTIVE = /<!--\s{0,20}policy-lint-(disable-next-line|disable-line|disable|enable)\b([^<>]{0,500}?)-->/g;

interface Toggle {
  line: number;
  kind: "disable" | "enable";
  rules: string[] | null;
}

export class Directives {
  private toggles: Toggle[] = [];
  private lineOnly = new Map<number, (string[] | null)[]>();

  constructor(text: string, lines: LineIndex) {
    for (const m of text.matchAll(DIRECTIVE)) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      const list = rules.length ? rules : null;
      const line = lines.position(m.index).line;
      const endLine = lines.position(m.index + m[0].length).line;
      if (m[1] === "disable-next-line") this.addLine(endLine + 1, list);
      else if (m[1] === "disable-line") this.addLine(line, list);
      else this.toggles.push({ line, kind: m[1] as "disable" | "enable", rules: list });
    }
  }

  private addLine(line: number, rules: string[] | null): void {
    const at = this.lineOnly.get(line) ?? [];
    at.push(rules);
    this.lineOnly.set(line, at);
  }

  isDisabled(ruleId: string, line: number): boolean {
    for (const rules of this.lineOnly.get(line) ?? []) if (!rules || rules.includes(ruleId)) return true;
    let disabled = false;
    for (const t of this.toggles) {
      if (t.line > line) break;
      if (!t.rules || t.rules.includes(ruleId)) disabled = t.kind === "disable";
    }
    return disabled;
  }
}
