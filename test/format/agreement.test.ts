/**
 * The checklist, the html report, JSON and SARIF must say the same about every element of every
 * fixture: they all read the element states the lint derived once (src/engine/elements.ts).
 */
import { describe, expect, it } from "vitest";
import type { ElementState } from "../../src/engine/types.js";
import { stateText } from "../../src/format/checklist.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

type States = Map<string, Map<string, ElementState>>;

const STATES: ElementState[] = ["present", "needs-work", "wrong", "missing", "not-checked", "not-needed"];

function run(format: string): string {
  const r = runCli(["--format", format, "fixtures"], { cwd: ROOT });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return r.stdout;
}

interface JsonFile {
  filePath: string;
  messages: { ruleId: string | null; messageId: string }[];
  elements: { ruleId: string; state: ElementState; line?: number }[];
}

function fromJson(files: JsonFile[]): States {
  return new Map(files.map((f) => [f.filePath.replace(/^.*?fixtures\//, "fixtures/"), new Map(f.elements.map((e) => [e.ruleId, e.state]))]));
}

function fromSarif(text: string): States {
  const log = JSON.parse(text) as { runs: { artifacts: { location: { uri: string }; properties: { elements: { ruleId: string; state: ElementState }[] } }[] }[] };
  return new Map(log.runs[0].artifacts.map((a) => [decodeURIComponent(a.location.uri), new Map(a.properties.elements.map((e) => [e.ruleId, e.state]))]));
}

function fromChecklist(text: string): States {
  const byLabel = new Map(STATES.map((s) => [stateText(s, "ko"), s]));
  const out: States = new Map();
  let current: Map<string, ElementState> | undefined;
  for (const line of text.split("\n")) {
    if (/^fixtures\//.test(line)) out.set(line.trim(), (current = new Map()));
    const row = /^ {2}\S.*?\s{2}[✓△✗?–] (.+?)\s{2,}(?:\d+\s+)?([a-z-]+)(?: {2}\S.*)?$/.exec(line);
    if (row && current) current.set(row[2], byLabel.get(row[1].trim())!);
  }
  return out;
}

function fromHtml(text: string): States {
  const out: States = new Map();
  for (const section of text.split(/<section class="file" id="f\d+">/).slice(1)) {
    const file = /<h2>([^<]+)<\/h2>/.exec(section)![1];
    const rows = [...section.matchAll(/<tr data-element="[^"]+" data-status="([a-z-]+)">.*?<code>([a-z-]+)<\/code>/g)];
    out.set(file, new Map(rows.map((m) => [m[2], m[1] as ElementState])));
  }
  return out;
}

describe("element states agree across formats on every fixture", () => {
  const json = JSON.parse(run("json")) as JsonFile[];
  const reference = fromJson(json);

  it("covers every fixture with the 14 core elements", () => {
    expect(reference.size).toBeGreaterThanOrEqual(9);
    for (const [file, states] of reference) expect(states.size, file).toBeGreaterThanOrEqual(14);
  });

  it.each([
    ["checklist", () => fromChecklist(run("checklist"))],
    ["html", () => fromHtml(run("html"))],
    ["sarif", () => fromSarif(run("sarif"))],
  ])("%s says what json says", (_name, read) => {
    const states = read();
    expect([...states.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [file, expected] of reference) expect(Object.fromEntries(states.get(file)!), file).toEqual(Object.fromEntries(expected));
  });

  it("states follow the findings: missing ⇔ a 'missing' finding, present ⇒ none of the rule's findings", () => {
    for (const f of json) {
      for (const e of f.elements) {
        const own = f.messages.filter((m) => m.ruleId === e.ruleId);
        const missing = own.some((m) => m.messageId === "missing");
        expect(missing, `${f.filePath} ${e.ruleId}`).toBe(e.state === "missing" || e.state === "wrong");
        if (e.state === "present" || e.state === "not-needed") expect(own, `${f.filePath} ${e.ruleId}`).toEqual([]);
        if (e.state === "needs-work") expect(own.length, `${f.filePath} ${e.ruleId}`).toBeGreaterThan(0);
      }
    }
  });
});
