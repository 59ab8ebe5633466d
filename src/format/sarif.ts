/**
 * `--format sarif`: one SARIF 2.1.0 log (OASIS), the format GitHub code scanning uploads.
 * Findings become results; a file that could not be linted becomes a tool execution notification,
 * since it has no rule to point at.
 */
import { relative, sep } from "node:path";
import { DOCS_BASE, ruleDocsUrl } from "../engine/messages.js";
import type { LintMessage } from "../engine/types.js";
import type { Locale, RuleMeta } from "../rule-api.js";
import type { Formatter } from "./types.js";
import { VERSION } from "../version.js";


export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** The project home: the docs base without its trailing "blob/main/docs/rules/". */
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, "");

/** A relative URI reference with forward slashes; each segment percent-encoded (Hangul, spaces). */
export function artifactUri(cwd: string, filePath: string): string {
  const rel = relative(cwd, filePath) || filePath;
  return rel.split(sep).join("/").split("/").map(encodeURIComponent).join("/");
}

function region(m: LintMessage) {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const endLine = Math.max(startLine, m.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, m.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function ruleDescriptor(meta: RuleMeta, locale: Locale) {
  const basis = meta.legalBasis.map((b) => b[locale]).join(", ");
  return {
    id: meta.id,
    shortDescription: { text: meta.description[locale] },
    fullDescription: { text: basis ? `${meta.description[locale]} (${locale === "ko" ? "근거" : "basis"}: ${basis})` : meta.description[locale] },
    ...(ruleDocsUrl(meta) ? { helpUri: ruleDocsUrl(meta) } : {}),
    defaultConfiguration: { level: meta.defaultSeverity === "error" ? "error" : meta.defaultSeverity === "warn" ? "warning" : "none" },
    properties: {
      requirement: meta.requirement,
      ...(meta.element ? { element: meta.element } : {}),
      legalBasis: meta.legalBasis.map((b) => ({ ko: b.ko, en: b.en, source: b.source })),
    },
  };
}

export const sarif: Formatter = (results, { cwd, locale, rules }) => {
  const metas = [...rules.values()];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  const artifacts: object[] = [];
  let failed = false;
  for (const r of results) {
    const uri = artifactUri(cwd, r.filePath);
    // Each file's element states ride on its artifact, so that SARIF says what the checklist says.
    if (r.elements) artifacts.push({ location: { uri }, properties: { elements: r.elements, directives: r.directives ?? [] } });
    for (const m of [...r.messages, ...(r.suppressedMessages ?? [])]) {
      const location = { physicalLocation: { artifactLocation: { uri }, region: region(m) } };
      const level = m.severity === 2 ? "error" : "warning";
      const ruleIndex = m.ruleId === null ? undefined : index.get(m.ruleId);
      if (m.ruleId === null || ruleIndex === undefined) {
        notifications.push({ level, message: { text: m.message }, locations: [location] });
        failed ||= m.fatal === true;
        continue;
      }
      const suppressed = "suppressions" in m;
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex,
        level,
        message: { text: m.message },
        locations: [location],
        properties: { messageId: m.messageId },
        ...(suppressed ? { suppressions: [{ kind: "inSource", status: "accepted" }] } : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "policy-lint", version: VERSION, informationUri: INFORMATION_URI, rules: metas.map((m) => ruleDescriptor(m, locale)) } },
        invocations: [{ executionSuccessful: !failed, toolExecutionNotifications: notifications }],
        ...(artifacts.length ? { artifacts } : {}),
        results: sarifResults,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
