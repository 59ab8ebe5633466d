/**
 * The built playground (web/dist/index.html) driven in real Chromium, opened from disk as a user
 * would: its findings must be the CLI's, files in any supported encoding must give the same ones,
 * fixes must come back in the file's own encoding, and nothing may touch the network.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, type Browser } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, lintJson, ROOT, runCli } from "../helpers/run-cli.js";

const ARTIFACTS = join(ROOT, "test", "artifacts");
const PAGE = join(ROOT, "web", "dist", "index.html");
const SEED_004 = fixture("seeds/004_2bead2da7e852597.txt");
/** Every seed and compliant fixture, whatever its format. */
const PARITY = ["seeds", "compliant"].flatMap((dir) => readdirSync(fixture(dir)).map((name) => `${dir}/${name}`));

let browser: Browser | undefined;
let context: BrowserContext;
let pageUrl: string;
let work: string;

// Building the page and starting Chromium can take longer than the default hook time on a busy machine.
beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-web.mjs")], { cwd: ROOT, stdio: "pipe" });
  pageUrl = pathToFileURL(PAGE).href;
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "pl-playground-"));
  browser = await launchChromium("pl-chromium-");
  context = browser.context;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every request the page made other than loading itself and its own blob: downloads. */
  requests: string[];
  errors: string[];
}

async function open(): Promise<Opened> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (req) => {
    if (req.url() !== pageUrl && !req.url().startsWith("blob:")) requests.push(req.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pageUrl, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, errors };
}

/** Runs `action` and waits until the page has rendered a lint started after it. */
async function linted(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.getElementById("results")!.dataset.generation ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.getElementById("results")!.dataset.generation ?? 0) > n, before);
}

interface Shown {
  ruleId: string;
  messageId: string;
  line: number;
  severity: number;
}

async function findings(page: Page): Promise<Shown[]> {
  return page.$$eval("#document .finding", (cards) =>
    cards.map((c) => {
      const d = (c as HTMLElement).dataset;
      return { ruleId: d.rule!, messageId: d.messageId!, line: Number(d.line), severity: Number(d.severity) };
    }),
  );
}

function cliFindings(path: string, args: string[] = []): Shown[] {
  return lintJson([...args, path])[0].messages.map((m) => ({ ruleId: m.ruleId!, messageId: m.messageId, line: m.line, severity: m.severity }));
}

async function drop(page: Page, bytes: Buffer, name: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ data, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name));
      return dt;
    },
    { data: [...bytes], name },
  );
  await page.dispatchEvent("#dropzone", "drop", { dataTransfer: transfer });
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe("playground in Chromium", () => {
  it("marks seed 004's overseas-transfer finding at its line when pasted, in Korean, offline", async () => {
    const { page, requests, errors } = await open();
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    expect(await page.textContent("#privacy")).toContain("어디에도 전송되지 않습니다");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("connect-src 'none'");

    await linted(page, () => page.fill("#source", readFileSync(SEED_004, "utf8")));
    const cli = lintJson([SEED_004])[0].messages.find((m) => m.ruleId === "overseas-transfer")!;
    const card = page.locator(`#L${cli.line} .finding[data-rule="overseas-transfer"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute("data-message-id")).toBe("missing");
    expect(await page.getAttribute(`#L${cli.line}`, "class")).toContain("has-error");
    const text = await card.innerText();
    expect(text).toContain("개인정보의 국외 이전 고지가 없습니다");
    expect(text).toContain("개인정보 보호법 시행령 제31조제1항제2호");
    expect(await card.locator("a").getAttribute("href")).toMatch(/docs\/rules\/overseas-transfer\.md$/);
    // The template text to copy, with the processors the rule named.
    expect(await card.locator(".suggestion-text").innerText()).toContain("PayPal");

    // The checklist's verdict, and the evidence view for it.
    expect(await page.getAttribute('#checklist tr[data-element="overseas-transfer"]', "data-status")).toBe("missing");
    expect(await page.getAttribute('#checklist tr[data-element="purpose"]', "data-status")).toBe("present");
    expect(await page.getAttribute('#checklist tr[data-element="redress"]', "data-status")).toBe("needs-work");
    // Clicking an element shows what --print-evidence prints for it: verdict and lines.
    const printed = JSON.parse(runCli(["--print-evidence", SEED_004, "--format", "json"]).stdout) as {
      elements: { element: string; verdict: string; accepted: { line: number }[]; rejected: { line: number }[] }[];
    };
    for (const element of ["purpose", "retention", "overseas-transfer"]) {
      const cliEvidence = printed.elements.find((e) => e.element === element)!;
      await page.click(`#checklist tr[data-element="${element}"] button`);
      expect(await page.getAttribute("#evidence", "data-element")).toBe(element);
      expect(await page.getAttribute("#evidence", "data-verdict")).toBe(cliEvidence.verdict);
      const shown = await page.$$eval("#evidence .evidence-accepted > li > a:first-child", (links) => links.map((a) => Number(a.textContent)));
      expect(shown).toEqual(cliEvidence.accepted.slice(0, 12).map((e) => e.line));
    }
    await page.click('#checklist tr[data-element="purpose"] button');
    expect(await page.innerText("#evidence")).toContain("회원 가입 의사 확인");

    // The CSP is what keeps the page offline: a request from script is refused before it is made.
    const refused = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
      const failed = await fetch("http://127.0.0.1:9/").then(() => false, () => true);
      await new Promise((r) => setTimeout(r, 50));
      return { failed, violations };
    });
    expect(refused).toEqual({ failed: true, violations: ["connect-src"] });

    await page.screenshot({ path: join(ARTIFACTS, "playground-seed-004.png"), fullPage: false });
    expect(statSync(join(ARTIFACTS, "playground-seed-004.png")).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("shows the CLI's findings for the seeds and the compliant fixtures", async () => {
    const { page, requests, errors } = await open();
    for (const name of PARITY) {
      const path = fixture(name);
      await linted(page, () => page.setInputFiles("#open", path));
      expect(await page.textContent("#file-info")).toContain(basename(path));
      expect(await findings(page), name).toEqual(cliFindings(path));
    }
    expect(PARITY.length).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("shows a document's markup as text and runs nothing from it", async () => {
    const { page, requests, errors } = await open();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const path = fixture("integration/hostile-policy.txt");
    await linted(page, () => page.setInputFiles("#open", path));
    expect(await findings(page)).toEqual(cliFindings(path));
    await page.hover("#document");
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      images: document.querySelectorAll("#document img").length,
      scripts: document.querySelectorAll("body script").length,
      text: document.getElementById("document")!.innerText,
    }));
    expect(state).toMatchObject({ pwned: undefined, images: 0, scripts: 1 });
    expect(state.text).toContain("<script>window.__pwned=1</script>");
    expect(state.text).toContain('<img src=x onerror="window.__pwned=2">');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("reads a dropped CP949 file like its UTF-8 twin, applies a fix and downloads it in CP949", async () => {
    const { page, requests, errors } = await open();
    // A few of the seed's symbols (bullets U+2022, U+2024) are not in CP949: its twin uses the
    // middle dot that CP949 writers use instead.
    const utf8 = [...readFileSync(SEED_004, "utf8")].map((ch) => (iconv.decode(iconv.encode(ch, "cp949"), "cp949") === ch ? ch : "\u318d")).join("");
    expect(iconv.decode(iconv.encode(utf8, "cp949"), "cp949")).toBe(utf8);
    await linted(page, () => page.fill("#source", utf8));
    const twin = await findings(page);

    const cp949 = iconv.encode(utf8, "cp949");
    expect(cp949.equals(Buffer.from(utf8))).toBe(false);
    await linted(page, () => drop(page, cp949, "policy-cp949.txt"));
    expect(await page.textContent("#file-info")).toContain("EUC-KR/CP949");
    expect(await findings(page)).toEqual(twin);

    // The first law-name spacing fix, as the CLI computes it on the same file.
    const legacy = join(work, "policy-cp949.txt");
    writeFileSync(legacy, cp949);
    const fix = lintJson([legacy])[0].messages.find((m) => m.ruleId === "law-name" && m.fix)! as { line: number; fix: { range: [number, number]; text: string } };
    const expected = utf8.slice(0, fix.fix.range[0]) + fix.fix.text + utf8.slice(fix.fix.range[1]);

    const card = page.locator(`#L${fix.line} .finding[data-rule="law-name"]`).first();
    await card.locator("button.preview").click();
    const diff = await card.locator(".diff").innerText();
    expect(diff).toContain("- ");
    expect(diff).toContain("「개인정보 보호법」");
    const before = (await findings(page)).length;
    await linted(page, () => card.locator("button.apply").click());
    expect((await findings(page)).length).toBe(before - 1);
    expect(await page.inputValue("#source")).toBe(expected);

    const saved = await download(page, "#download");
    expect(saved.name).toBe("policy-cp949.txt");
    expect(saved.bytes.equals(iconv.encode(expected, "cp949"))).toBe(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("switches to English, findings included", async () => {
    const { page, requests, errors } = await open();
    await linted(page, () => page.fill("#source", readFileSync(SEED_004, "utf8")));
    await linted(page, () => page.click("#language"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#privacy")).toContain("never sent anywhere");
    expect(await page.textContent("#summary")).toMatch(/^\d+ errors?, \d+ warnings?$/);
    const en = lintJson(["--locale", "en", SEED_004])[0].messages.find((m) => m.ruleId === "overseas-transfer")!;
    const shown = await page.locator('.finding[data-rule="overseas-transfer"] .message').innerText();
    expect(en.message.startsWith(shown)).toBe(true);
    expect(shown).toContain("No overseas-transfer disclosure");
    expect(await page.textContent('#checklist tr[data-element="overseas-transfer"] .status')).toBe("missing");
    await page.screenshot({ path: join(ARTIFACTS, "playground-english.png"), fullPage: false });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("exports settings as a .policy-lintrc.json the CLI reads to the same findings, and imports it back", async () => {
    const { page, requests, errors } = await open();
    await linted(page, () => page.fill("#source", readFileSync(SEED_004, "utf8")));
    await page.click("#settings summary");
    await linted(page, () => page.selectOption('select[data-fact="overseasTransfer"]', "false"));
    await linted(page, () => page.selectOption('select[data-rule="law-name"]', "off"));
    const shown = await findings(page);
    expect(shown.some((f) => f.ruleId === "overseas-transfer" || f.ruleId === "law-name")).toBe(false);

    const exported = await download(page, "#export-settings");
    // Chromium drops a leading dot from downloads; the page says to save it as .policy-lintrc.json.
    expect(exported.name).toMatch(/^\.?policy-lintrc\.json$/);
    const config = join(work, "exported.json");
    writeFileSync(config, exported.bytes);
    expect(JSON.parse(exported.bytes.toString("utf8"))).toEqual({ extends: ["policy-lint:recommended"], facts: { overseasTransfer: false }, rules: { "law-name": "off" } });
    expect(shown).toEqual(cliFindings(SEED_004, ["--config", config]));

    await linted(page, () => page.click("#reset-settings"));
    expect((await findings(page)).some((f) => f.ruleId === "overseas-transfer")).toBe(true);
    await linted(page, () => page.setInputFiles("#import-settings", config));
    expect(await findings(page)).toEqual(shown);
    expect(await page.inputValue('select[data-rule="law-name"]')).toBe("off");

    // A broken file is refused with the CLI's one-line reason, and the settings stay as they were.
    const bad = join(work, "bad.json");
    writeFileSync(bad, JSON.stringify({ facts: { overseas: true } }));
    await page.setInputFiles("#import-settings", bad);
    await expect.poll(() => page.textContent("#settings-status")).toContain('"facts.overseas" is not a known fact');
    expect(await findings(page)).toEqual(shown);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
