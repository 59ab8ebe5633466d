/** `--print-outline`: how policy-lint read the document, so every finding can be explained. */
import { sanitize } from "../engine/messages.js";
import { LineIndex } from "../policy/line-index.js";
import type { Policy } from "../policy/types.js";

export function formatOutline(policy: Policy, file: string): string {
  const lines = new LineIndex(policy.text);
  const at = (offset: number) => String(lines.position(offset).line).padStart(4);
  const out: string[] = [`${sanitize(file)} (${policy.format})`];
  out.push(`  title: ${policy.title ? `${at(policy.title.span.start).trim()}: ${sanitize(policy.title.text)}` : "(none)"}`);
  out.push(`  effective date: ${policy.effectiveDate ? `${policy.effectiveDate.value} (line ${lines.position(policy.effectiveDate.span.start).line})` : "(none)"}`);
  if (policy.toc.length) {
    out.push("  table of contents:");
    for (const t of policy.toc) out.push(`  ${at(t.span.start)}  · ${sanitize(t.text)}  [${t.topics.join(", ") || "-"}]`);
  }
  out.push("  sections:");
  for (const s of policy.sections) {
    if (!s.heading) {
      out.push(`  ${at(s.span.start)}  (before the first heading)`);
      continue;
    }
    const indent = "  ".repeat(Math.max(0, s.level - 1));
    out.push(`  ${at(s.heading.span.start)}  ${indent}${sanitize(s.title)}  [${s.topics.join(", ") || "-"}]`);
  }
  policy.tables.forEach((t, i) => {
    out.push(`  table ${i + 1} at line ${lines.position(t.span.start).line}: ${t.rows.length} rows × ${t.header.length} columns`);
    out.push(`        ${t.header.map((c) => sanitize(c.text)).join(" | ")}`);
    for (const row of t.rows) out.push(`        ${row.map((c) => sanitize(c.text)).join(" | ")}`);
  });
  return out.join("\n") + "\n";
}
