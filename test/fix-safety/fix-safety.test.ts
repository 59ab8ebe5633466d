/**
 * Fix safety over real text: `--fix` on every policy in fixtures/ and in the shared corpus must
 * produce exactly the reviewed diffs in golden/, and a second lint of the fixed text must report no
 * finding that the first did not. A new or changed edit fails until someone reads it and accepts
 * it with `UPDATE_GOLDEN=1 npx vitest run test/fix-safety` (see docs/knowledge.md).
 */
import { createTwoFilesPatch } from "diff";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createLinter, lintBytes, lintText } from "../../src/api.js";
import type { LintMessage } from "../../src/engine/types.js";
import { CORPUS_DIR, CORPUS_NOTE, hasCorpus } from "../helpers/shared.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GOLDEN = fileURLToPath(new URL("golden/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";
// Rules that depend on the date (대검찰청 after 2026-10-02) must give the same diff every day.
const TODAY = "2026-12-01";
const POLICY = /\.(md|markdown|txt|html?)$/i;

function policiesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...policiesUnder(path));
    else if (POLICY.test(name) && name !== "README.md") out.push(path);
  }
  return out;
}

function corpusPolicies(): string[] {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, "labels.json"), "utf8")) as { files: Record<string, unknown> };
  return Object.keys(labels.files).sort().map((name) => join(CORPUS_DIR, name));
}

/** A finding as the user reads it, without its position (fixes move text). */
const finding = (m: LintMessage) => `${m.ruleId} ${m.messageId}: ${m.message}`;

async function check(group: string, file: string, label: string): Promise<void> {
  const linter = await createLinter({ cwd: ROOT, config: false, fix: true, today: TODAY });
  const result = await lintBytes(readFileSync(file), label, linter);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  const before = result.decoded!.text;
  const after = result.output ?? before;
  const golden = join(GOLDEN, group, `${label.replace(/[\\/]/g, "__")}.diff`);
  const diff = after === before ? undefined : createTwoFilesPatch(`a/${label}`, `b/${label}`, before, after, "", "", { context: 1 });
  if (UPDATE) {
    if (diff === undefined) rmSync(golden, { force: true });
    else {
      mkdirSync(join(GOLDEN, group), { recursive: true });
      writeFileSync(golden, diff);
    }
  }
  expect(diff ?? null, `${label}: --fix edits differ from the reviewed ${relative(ROOT, golden)}`).toBe(existsSync(golden) ? readFileSync(golden, "utf8") : null);
  if (diff === undefined) return;
  const first = new Set(result.messages.map(finding));
  const again = await lintText(after, { filePath: label, linter: await createLinter({ cwd: ROOT, config: false, today: TODAY }) });
  expect(again.messages.map(finding).filter((f) => !first.has(f)), `${label}: findings that only appear after --fix`).toEqual([]);
}

describe("fix safety: fixtures/", () => {
  for (const file of policiesUnder(join(ROOT, "fixtures"))) {
    const label = relative(join(ROOT, "fixtures"), file);
    it(label, () => check("fixtures", file, label), 30_000);
  }
});

describe.skipIf(!hasCorpus)("fix safety: ../shared/corpus" + CORPUS_NOTE, () => {
  for (const file of hasCorpus ? corpusPolicies() : []) {
    const label = relative(CORPUS_DIR, file);
    it(label, () => check("corpus", file, label), 30_000);
  }
});

describe("fix safety: golden files", () => {
  it("every golden diff belongs to a policy that is checked", () => {
    const expected = new Set([
      ...policiesUnder(join(ROOT, "fixtures")).map((f) => `fixtures/${relative(join(ROOT, "fixtures"), f).replace(/[\\/]/g, "__")}.diff`),
      ...(hasCorpus ? corpusPolicies().map((f) => `corpus/${relative(CORPUS_DIR, f)}.diff`) : []),
    ]);
    const present = ["fixtures", ...(hasCorpus ? ["corpus"] : [])].flatMap((group) =>
      existsSync(join(GOLDEN, group)) ? readdirSync(join(GOLDEN, group)).map((name) => `${group}/${name}`) : [],
    );
    expect(present.filter((name) => !expected.has(name))).toEqual([]);
  });
});
