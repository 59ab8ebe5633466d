/**
 * The 신·구 대조표 (`policy-lint diff --format html`) as a reader sees it in Chromium: old and new
 * side by side, the added words marked, the key facts listed, nothing run or fetched.
 */
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
  const r = runCli(["diff", "--format", "html", fixture("seeds/004_2bead2da7e852597.txt"), fixture("diff/004-overseas.txt")]);
  expect(r.status, r.stderr).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  const report = join(ARTIFACTS, "diff-table.html");
  writeFileSync(report, r.stdout);
  reportUrl = pathToFileURL(report).href;
  browser = await launchChromium("pl-chromium-diff-");
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

describe("신·구 대조표 in Chromium", () => {
  it("shows old and new side by side with the additions marked, and is saved as a screenshot", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const requests: string[] = [];
    page.on("request", (req) => {
      if (req.url() !== reportUrl) requests.push(req.url());
    });
    await page.goto(reportUrl, { waitUntil: "load" });

    const state = await page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width };
      };
      const articles = [...document.querySelectorAll("div.article")].map((a) => {
        const row = a.querySelector("table.compare tbody tr")!;
        const old = row.querySelector("td.old")!;
        const neu = row.querySelector("td.new")!;
        return {
          change: a.getAttribute("data-change"),
          title: a.querySelector("h4")!.textContent,
          old: (old as HTMLElement).innerText,
          new: (neu as HTMLElement).innerText,
          inserted: [...neu.querySelectorAll("ins")].map((i) => i.textContent),
          deleted: [...old.querySelectorAll("del")].map((d) => d.textContent),
          oldBox: box(old),
          newBox: box(neu),
        };
      });
      const ins = document.querySelector("ins");
      return {
        scripts: document.querySelectorAll("script").length,
        facts: [...document.querySelectorAll("table.facts tbody tr")].map((tr) => [tr.getAttribute("data-kind"), tr.getAttribute("data-change"), tr.querySelector(".what")!.textContent]),
        elements: [...document.querySelectorAll("ul.elements li")].map((li) => [li.getAttribute("data-topic"), li.getAttribute("data-change")]),
        effective: [...document.querySelectorAll('tr[data-field="effective-date"] td')].map((td) => td.textContent),
        articles,
        insBackground: ins ? getComputedStyle(ins).backgroundColor : null,
      };
    });

    expect(requests).toEqual([]);
    expect(state.scripts).toBe(0);
    expect(state.facts).toEqual([
      ["item", "added", "생년월일"],
      ["overseas-recipient", "added", "Amazon Web Services, Inc."],
      ["country", "added", "미국"],
    ]);
    expect(state.elements).toEqual([
      ["items", "changed"],
      ["overseas-transfer", "added"],
    ]);
    expect(state.effective).toEqual(["2022-08-29", "2022-08-29"]);

    const [changed, added] = state.articles;
    expect(state.articles.length).toBe(2);
    expect(changed.change).toBe("changed");
    expect(changed.title).toContain("제1조 수집하는 개인정보의 항목 및 수집 방법");
    expect(changed.old).toContain("이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처 등");
    expect(changed.new).toContain("이메일, 암호화 된 비밀번호, 회사명, 이름, 연락처, 생년월일 등");
    expect(changed.inserted).toEqual([", 생년월일"]);
    expect(changed.deleted).toEqual([]);
    // Side by side: same row top, old on the left, each about half the table.
    expect(Math.abs(changed.oldBox.top - changed.newBox.top)).toBeLessThan(1);
    expect(changed.oldBox.left).toBeLessThan(changed.newBox.left);
    expect(Math.abs(changed.oldBox.width - changed.newBox.width)).toBeLessThan(changed.oldBox.width * 0.1);
    expect(state.insBackground).not.toBe("rgba(0, 0, 0, 0)");

    expect(added.change).toBe("added");
    expect(added.old).toBe("");
    expect(added.new).toContain("이전받는 자: Amazon Web Services, Inc.");
    expect(added.inserted.join("\n")).toContain("이전되는 국가: 미국");

    const shot = join(ARTIFACTS, "diff-table.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
