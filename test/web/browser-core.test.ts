/**
 * src/browser.ts, the core as the web page calls it: the same findings as the CLI for the same
 * text and settings, and settings that round-trip through the .policy-lintrc.json the CLI reads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bareMessage, DEFAULT_SETTINGS, lintDocument, readSettings, writeSettings, type PageSettings } from "../../src/browser.js";
import { fixture, lintJson } from "../helpers/run-cli.js";

const FILES = ["seeds", "compliant"].flatMap((dir) => readdirSync(fixture(dir)).map((name) => `${dir}/${name}`));
const work = mkdtempSync(join(tmpdir(), "pl-browser-core-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function shape(messages: { ruleId: string | null; messageId: string; line: number; column: number; severity: number; message: string }[]) {
  return messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, severity: m.severity, message: m.message }));
}

describe("the core as the page calls it", () => {
  for (const name of FILES) {
    it(`gives the CLI's findings for ${name}, in both languages`, async () => {
      const path = fixture(name);
      const text = readFileSync(path, "utf8");
      for (const locale of ["ko", "en"] as const) {
        const page = await lintDocument(text, basename(path), DEFAULT_SETTINGS, locale);
        expect(shape(page.messages)).toEqual(shape(lintJson(["--locale", locale, path])[0].messages));
      }
    });
  }

  it("gives the CLI's findings under exported settings", async () => {
    const settings: PageSettings = { strict: true, facts: { overseasTransfer: false, cookies: true }, rules: { "law-name": { severity: "off" }, redress: { severity: "warn" } } };
    const config = join(work, "settings.json");
    writeFileSync(config, writeSettings(settings));
    const path = fixture("seeds/004_2bead2da7e852597.txt");
    const page = await lintDocument(readFileSync(path, "utf8"), basename(path), settings, "ko");
    expect(shape(page.messages)).toEqual(shape(lintJson(["--config", config, path])[0].messages));
    expect(readSettings(readFileSync(config, "utf8"), "settings.json").settings).toEqual({
      strict: true,
      facts: { overseasTransfer: false, cookies: true },
      rules: { "law-name": { severity: "off" }, redress: { severity: "warn" } },
    });
  });

  it("writes only what differs from the preset", () => {
    expect(JSON.parse(writeSettings({ strict: false, facts: {}, rules: { purpose: { severity: "error" } } }))).toEqual({ extends: ["policy-lint:recommended"], facts: {} });
  });

  it("refuses a settings file the CLI would refuse, with the CLI's reason", () => {
    expect(() => readSettings('{"rules":{"no-such-rule":"error"}}', "x.json")).toThrow('x.json: "rules.no-such-rule" is not a known rule');
    expect(() => readSettings('{"facts":{"cookies":"yes"}}', "x.json")).toThrow('x.json: "facts.cookies" must be true or false');
    expect(() => readSettings("{", "x.json")).toThrow(/^x\.json: cannot be parsed/);
  });

  it("says which keys of an imported file the page cannot use", () => {
    const { ignored } = readSettings(JSON.stringify({ overrides: [{ files: ["*.md"], rules: { title: "off" } }], ignorePatterns: ["x"] }), "x.json");
    expect(ignored).toEqual(["overrides", "ignorePatterns"]);
  });

  it("shows a message without the legal basis and docs link, which the page shows apart", async () => {
    const path = fixture("seeds/004_2bead2da7e852597.txt");
    const result = await lintDocument(readFileSync(path, "utf8"), "", DEFAULT_SETTINGS, "en");
    const overseas = result.messages.find((m) => m.ruleId === "overseas-transfer")!;
    expect(overseas.message).toContain("PIPA Enforcement Decree Art. 31(1) item 2");
    const bare = bareMessage(overseas, "en");
    expect(bare).toMatch(/^No overseas-transfer disclosure, though personal data appears to go abroad: PayPal \(L55\)/);
    expect(bare).not.toContain("basis:");
    for (const m of result.messages) expect(bareMessage(m, "en")).not.toContain("https://github.com/");
  });
});
