import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, detectLineEnding, encode, InputError, type Encoding } from "../../src/input/decode.js";

const seed = readFileSync(new URL("../../fixtures/seeds/004_2bead2da7e852597.txt", import.meta.url), "utf8");
// CP949 cannot encode • (U+2022) or ․ (U+2024); an EUC-KR site would have used · for both.
const seedForCp949 = seed.replaceAll("•", "·").replaceAll("․", "·");

const toCrlf = (text: string) => text.replaceAll("\n", "\r\n");

function bytesOf(text: string, encoding: Encoding, bom: boolean): Buffer {
  switch (encoding) {
    case "utf8":
      return Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, "utf8")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    case "cp949":
      return iconv.encode(text, "cp949");
  }
}

const variants: { encoding: Encoding; bom: boolean; source: string }[] = [
  { encoding: "utf8", bom: false, source: seed },
  { encoding: "utf8", bom: true, source: seed },
  { encoding: "utf16le", bom: true, source: seed },
  { encoding: "utf16be", bom: true, source: seed },
  { encoding: "cp949", bom: false, source: seedForCp949 },
];

describe("decode", () => {
  for (const { encoding, bom, source } of variants) {
    for (const crlf of [false, true]) {
      const label = `${encoding}${bom ? " with BOM" : ""}${crlf ? ", CRLF" : ""}`;
      const text = crlf ? toCrlf(source) : source;
      const bytes = bytesOf(text, encoding, bom);

      it(`reads the seed as ${label}`, () => {
        const result = decode(bytes);
        expect(result.encoding).toBe(encoding);
        expect(result.bom).toBe(bom);
        expect(result.eol).toBe(crlf ? "crlf" : "lf");
        expect(result.text).toBe(text);
        expect(result.text.replaceAll("\r\n", "\n")).toBe(source);
      });

      it(`writes the seed back byte for byte as ${label}`, () => {
        const result = decode(bytes);
        expect(encode(result.text, result.encoding, result.bom).equals(bytes)).toBe(true);
      });
    }
  }

  it("keeps a second BOM that belongs to the text", () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    const result = decode(bytes);
    expect(result.text).toBe("\ufeffA");
    expect(encode(result.text, result.encoding, result.bom).equals(bytes)).toBe(true);
  });

  it("reads an empty file as empty UTF-8 text", () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: "", encoding: "utf8", bom: false, eol: "none" });
  });

  it("accepts a Uint8Array view into a larger buffer", () => {
    const backing = Buffer.concat([Buffer.from("xx"), iconv.encode("개인정보 처리방침", "cp949")]);
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 2);
    expect(decode(view)).toMatchObject({ text: "개인정보 처리방침", encoding: "cp949" });
  });

  it("treats NUL bytes as binary", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decode(png)).toThrow(new InputError("binary file (contains NUL bytes)"));
    // UTF-16 without a BOM is indistinguishable from binary and is refused the same way.
    expect(() => decode(Buffer.from("개인정보", "utf16le"))).toThrow(InputError);
    expect(() => decode(Buffer.from("abc\0def"))).toThrow(InputError);
    expect(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x00]))).toThrow(new InputError("binary file (contains NUL bytes)"));
  });

  it("treats NUL characters in UTF-16 as binary", () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))).toThrow(InputError);
  });

  it("refuses bytes that are neither UTF-8 nor CP949 Korean", () => {
    const latin1 = Buffer.from("Politique de confidentialité: données collectées", "latin1");
    expect(() => decode(latin1)).toThrow(new InputError("not valid UTF-8 text and not EUC-KR/CP949"));
    // Valid CP949 pairs that decode to Hanja, not Hangul: Shift_JIS-like noise.
    expect(() => decode(Buffer.from([0xe4, 0xa1, 0xe4, 0xa2, 0xe4, 0xa3]))).toThrow(InputError);
    expect(() => decode(Buffer.from([0xb0, 0x20]))).toThrow(InputError);
  });

  it("refuses broken UTF-8 after a UTF-8 BOM instead of guessing", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode("개인정보", "cp949")]);
    expect(() => decode(bytes)).toThrow(InputError);
  });

  it("refuses truncated or malformed UTF-16", () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x41]))).toThrow(InputError);
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(InputError);
  });

  it("gives one-line messages", () => {
    for (const bytes of [Buffer.from([0, 1, 2]), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from([0xc3])]) {
      try {
        decode(bytes);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).not.toContain("\n");
      }
    }
  });

  it("handles 50 MB of text", () => {
    const big = Buffer.from("개인정보 처리방침 제1조 목적\r\n".repeat(1_300_000));
    expect(big.length).toBeGreaterThan(50_000_000);
    const result = decode(big);
    expect(result.eol).toBe("crlf");
    expect(result.text.length).toBe(big.toString("utf8").length);
  });
});

describe("encode", () => {
  it("refuses a BOM for CP949", () => {
    expect(() => encode("가", "cp949", true)).toThrow();
  });

  it("refuses text that CP949 cannot hold instead of writing ?", () => {
    expect(() => encode("• 항목", "cp949", false)).toThrow(InputError);
    expect(encode("· 항목?", "cp949", false)).toEqual(iconv.encode("· 항목?", "cp949"));
  });
});

describe("detectLineEnding", () => {
  it.each([
    ["", "none"],
    ["a", "none"],
    ["a\nb\n", "lf"],
    ["a\r\nb\r\n", "crlf"],
    ["a\rb\r", "cr"],
    ["a\r\nb\n", "mixed"],
    ["a\rb\n", "mixed"],
  ] as const)("%j is %s", (text, eol) => {
    expect(detectLineEnding(text)).toBe(eol);
  });
});
