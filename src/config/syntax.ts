/**
 * Why a configuration file cannot be parsed, in one line with the place: "line 4, column 3:
 * expected double-quoted property name". cosmiconfig's own messages put the reason on a later line
 * (after "JSON Error in <path>:") or leave it out.
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** JSON.parse's own account of a syntax error, with the line and column it leaves out. */
function jsonSyntaxError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const where = at ? position(text, Number(at[1])) : /end of JSON input/.test(message) ? position(text, text.length) : undefined;
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "").trim();
    const lower = reason.charAt(0).toLowerCase() + reason.slice(1);
    return where ? `line ${where.line}, column ${where.column}: ${lower}` : lower;
  }
}

function looksLikeJson(file: string, text: string): boolean {
  return extname(file) === ".json" || basename(file) === "package.json" || /^\s*[{[]/.test(text);
}

/** The first line of the parser's message that says something: cosmiconfig's "… Error in <path>:" header is skipped. */
function parserReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const meaningful = lines.find((l) => !/^(?:JSON|YAML|JS) Error in .*:$/.test(l)) ?? lines[0] ?? "unknown error";
  return meaningful.replace(/^YAMLException:\s*/, "").slice(0, 300);
}

export function syntaxReason(file: string | undefined, error: unknown): string {
  if (file) {
    let text: string | undefined;
    try {
      text = readFileSync(file, "utf8").replace(/^\ufeff/, "");
    } catch {
      text = undefined;
    }
    if (text !== undefined && looksLikeJson(file, text)) {
      const json = jsonSyntaxError(text);
      if (json) return json;
    }
  }
  return parserReason(error);
}
