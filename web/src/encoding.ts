/**
 * Bytes ↔ text in the browser, accepting and rejecting what the CLI's src/input/decode.ts does:
 * UTF-8 (BOM or not), UTF-16LE/BE with BOM, and EUC-KR/CP949 read through TextDecoder("euc-kr"),
 * which is CP949 in every browser (the WHATWG Encoding Standard). Writing back is exact: a fixed
 * file keeps its encoding, byte order mark and the bytes no fix touched.
 */
import { detectLineEnding, looksKorean, type LineEnding } from "../../src/input/text-shape.js";

export type Encoding = "utf8" | "utf16le" | "utf16be" | "cp949";

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  eol: LineEnding;
}

/** The reason a file cannot be read as text, worded as the CLI words it. */
export class DecodeError extends Error {
  override name = "DecodeError";
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decoded(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { text, encoding, bom, eol: detectLineEnding(text) };
}

function utf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string {
  if (bytes.length % 2 !== 0) throw new DecodeError("truncated UTF-16 text (odd number of bytes)");
  const text = strict(label, bytes);
  if (text === null) throw new DecodeError("not valid UTF-16 text (unpaired surrogate)");
  if (text.includes("\0")) throw new DecodeError("binary file (contains NUL characters)");
  return text;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(utf16(bytes.subarray(2), "utf-16le"), "utf16le", true);
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(utf16(bytes.subarray(2), "utf-16be"), "utf16be", true);
  if (bytes.indexOf(0) !== -1) throw new DecodeError("binary file (contains NUL bytes)");
  if (startsWith(bytes, UTF8_BOM)) {
    const text = strict("utf-8", bytes.subarray(3));
    if (text === null) throw new DecodeError("not valid UTF-8 text (after a UTF-8 byte order mark)");
    return decoded(text, "utf8", true);
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return decoded(utf8, "utf8", false);
  // Non-fatal so that an invalid pair shows as U+FFFD, which CP949 cannot hold: its absence means
  // every byte was read and encoding gives the same bytes back.
  const cp949 = new TextDecoder("euc-kr", { ignoreBOM: true }).decode(bytes);
  if (!cp949.includes("\ufffd") && looksKorean(cp949)) return decoded(cp949, "cp949", false);
  throw new DecodeError("not valid UTF-8 text and not EUC-KR/CP949");
}

/** Character → CP949 bytes, built once from the browser's own decoder so the two always agree. */
let cp949Table: Map<string, number> | undefined;
function cp949Bytes(): Map<string, number> {
  if (cp949Table) return cp949Table;
  const table = new Map<string, number>();
  const decoder = new TextDecoder("euc-kr");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  cp949Table = table;
  return table;
}

function encodeCp949(text: string): Uint8Array {
  const table = cp949Bytes();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const bytes = table.get(ch);
    if (bytes === undefined) throw new DecodeError(`text has characters that EUC-KR/CP949 cannot encode (${JSON.stringify(ch)})`);
    out[n++] = bytes >> 8;
    out[n++] = bytes & 0xff;
  }
  return out.subarray(0, n);
}

function utf16Bytes(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
}

function withBom(bom: number[] | null, body: Uint8Array): Uint8Array {
  if (!bom) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

/** The exact inverse of decodeBytes. */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  switch (encoding) {
    case "utf8":
      return withBom(bom ? UTF8_BOM : null, new TextEncoder().encode(text));
    case "utf16le":
      return withBom(bom ? [0xff, 0xfe] : null, utf16Bytes(text, false));
    case "utf16be":
      return withBom(bom ? [0xfe, 0xff] : null, utf16Bytes(text, true));
    case "cp949":
      return encodeCp949(text);
  }
}
