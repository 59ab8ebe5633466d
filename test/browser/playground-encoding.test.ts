/**
 * The playground's decoder (web/src/encoding.ts) in Chromium, whose TextDecoder("euc-kr") is the
 * one users have (Node's differs: it lacks the CP949 extension), against the CLI's decoder on the
 * same bytes: both must accept and reject alike and give the same text, and writing back must give
 * the same bytes.
 */
import { join } from "node:path";
import { build } from "esbuild";
import iconv from "iconv-lite";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, type Browser } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode, encode, InputError } from "../../src/input/decode.js";
import { ROOT } from "../helpers/run-cli.js";

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

// Building the page and starting Chromium can take longer than the default hook time on a busy machine.
beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(ROOT, "web", "src", "encoding.ts")],
    bundle: true,
    format: "iife",
    globalName: "PLEncoding",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  browser = await launchChromium("pl-chromium-");
  context = browser.context;
  page = await context.newPage();
  await page.setContent("<!doctype html><meta charset=utf-8><title>encoding</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

type PageDecoded = { text: string; encoding: string; bom: boolean; eol: string; bytes: number[] } | { error: string };

async function inPage(bytes: Uint8Array): Promise<PageDecoded> {
  return page.evaluate((data) => {
    const { decodeBytes, encodeText } = (window as unknown as { PLEncoding: typeof import("../../web/src/encoding.js") }).PLEncoding;
    try {
      const d = decodeBytes(new Uint8Array(data));
      return { text: d.text, encoding: d.encoding, bom: d.bom, eol: d.eol, bytes: [...encodeText(d.text, d.encoding, d.bom)] };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [...bytes]);
}

function inCli(bytes: Uint8Array): PageDecoded {
  try {
    const d = decode(bytes);
    return { text: d.text, encoding: d.encoding, bom: d.bom, eol: d.eol, bytes: [...encode(d.text, d.encoding, d.bom)] };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

const KOREAN = "제1조(개인정보의 처리 목적)\r\n회사는 다음의 목적을 위하여 개인정보를 처리합니다. 똠방각하 갂 힣\r\n";

const SAMPLES: Record<string, Uint8Array> = {
  "UTF-8": Buffer.from(KOREAN, "utf8"),
  "UTF-8 with BOM": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KOREAN.replace(/\r\n/g, "\n"), "utf8")]),
  "UTF-16LE with BOM": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KOREAN, "utf16le")]),
  "UTF-16BE with BOM": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(KOREAN, "utf16le").swap16()]),
  "CP949 (with UHC-only syllables)": iconv.encode(KOREAN, "cp949"),
  "EUC-KR, CR line endings": iconv.encode("개인정보 처리방침\r제1조 목적\r", "euc-kr"),
  "ASCII": Buffer.from("Privacy policy\n", "ascii"),
  "Latin-1": Buffer.from("Politique de confidentialité: données\n", "latin1"),
  "Shift_JIS-like bytes": Buffer.from([0x83, 0x76, 0x83, 0x89, 0x83, 0x43, 0x83, 0x6f, 0x83, 0x56, 0x81, 0x5b]),
  "NUL byte": Buffer.from("abc\0def"),
  "odd UTF-16": Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]),
  "unpaired surrogate in UTF-16": Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
  "invalid UTF-8 after a BOM": Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
  "a lone lead byte": Buffer.from([0xb0, 0xa1, 0xb0]),
  "empty": new Uint8Array(0),
};

describe("playground decoder in Chromium", () => {
  for (const [name, bytes] of Object.entries(SAMPLES)) {
    it(`reads ${name} as the CLI does`, async () => {
      const cli = inCli(bytes);
      expect(await inPage(bytes)).toEqual(cli);
      if (!("error" in cli)) expect(cli.bytes).toEqual([...bytes]);
    });
  }

  it("writes every Hangul syllable to the CP949 bytes iconv-lite writes", async () => {
    let syllables = "";
    for (let c = 0xac00; c <= 0xd7a3; c++) syllables += String.fromCharCode(c);
    const text = `${syllables}\n개인정보 「보호법」 ㆍ·※①②\n`;
    const written = await page.evaluate((t) => {
      const { encodeText } = (window as unknown as { PLEncoding: typeof import("../../web/src/encoding.js") }).PLEncoding;
      return [...encodeText(t, "cp949", false)];
    }, text);
    expect(Buffer.from(written).equals(iconv.encode(text, "cp949"))).toBe(true);
  });

  it("refuses to write what CP949 cannot hold", async () => {
    const refused = await page.evaluate(() => {
      const { encodeText } = (window as unknown as { PLEncoding: typeof import("../../web/src/encoding.js") }).PLEncoding;
      try {
        encodeText("개인정보 😀", "cp949", false);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(refused).toContain("cannot encode");
  });
});
