import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { launchChromium, type Browser } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

const ARTIFACTS = join(ROOT, "test", "artifacts");

let browser: Browser | undefined;
let context: BrowserContext;
let reportUrl: string;

beforeAll(async () => {
  const r = runCli(["--format", "html", fixture("integration/hostile-policy.txt")]);
  expect(r.status).toBe(1);
  mkdirSync(ARTIFACTS, { recursive: true });
  const report = join(ARTIFACTS, "hostile-policy-report.html");
  writeFileSync(report, r.stdout);
  reportUrl = pathToFileURL(report).href;
  browser = await launchChromium("pl-chromium-");
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

describe("HTML report in Chromium", () => {
  it("shows the checklist, runs no script from the document, and is saved as a screenshot", async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (req) => {
      if (req.url() !== reportUrl) requests.push(req.url());
    });
    await page.goto(reportUrl, { waitUntil: "load" });
    await page.hover("body");

    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.querySelectorAll("script").length,
      images: document.querySelectorAll("img").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
      rows: [...document.querySelectorAll("table.checklist tbody tr")].map((tr) => [tr.getAttribute("data-element"), tr.getAttribute("data-status")]),
      coverage: document.querySelector(".coverage")?.textContent,
      text: document.body.innerText,
    }));
    expect(state.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(state.scripts).toBe(0);
    expect(state.images).toBe(0);
    expect(state.handlers).toBe(0);
    // The document's markup is shown as the text it is.
    expect(state.text).toContain("<script>window.__pwned=1</script>");
    expect(state.text).toContain('<img src=x onerror="window.__pwned=2">');

    const status = new Map(state.rows.map(([element, s]) => [element, s]));
    expect(status.get("title")).toBe("present");
    expect(status.get("purpose")).toBe("present");
    expect(status.get("privacy-officer")).toBe("needs-work");
    expect(status.get("retention")).toBe("missing");
    expect(status.get("overseas-transfer")).toBe("not-needed");
    expect(state.rows.length).toBe(14);
    expect(state.coverage).toBe("4/13 필수 항목");

    // The checklist's line links land on the line itself, in the document text.
    await page.click('tr[data-element="purpose"] a[href^="#"]');
    expect(new URL(page.url()).hash).toBe("#f0-L5");
    const target = await page.evaluate(() => {
      const line = document.querySelector("li:target");
      const box = line?.getBoundingClientRect();
      return { text: line?.textContent, top: box?.top, height: window.innerHeight };
    });
    expect(target.text).toContain("제1조(개인정보의 처리 목적)");
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(target.height);

    const shot = join(ARTIFACTS, "hostile-policy-report.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
