/**
 * Byte → text decoding for policy files: UTF-8 (with or without BOM), UTF-16LE/BE with BOM and
 * legacy EUC-KR/CP949. `encode` is the exact inverse of `decode`, so fixes can be written back
 * without touching bytes they did not edit.
 */
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type Iconv from "iconv-lite";
import { detectLineEnding, looksKorean, type LineEnding } from "./text-shape.js";

export { detectLineEnding, type LineEnding };

/** iconv-lite is loaded only for EUC-KR/CP949 files: most runs never pay its start-up. */
const lazyRequire = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
function iconv(): typeof Iconv {
  iconvModule ??= lazyRequire("iconv-lite") as typeof Iconv;
  return iconvModule;
}

export type Encoding = "utf8" | "utf16le" | "utf16be" | "cp949";

export interface Decoded {
  /** The text without the BOM, line endings as in the file. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  eol: LineEnding;
}

/** A file that cannot be read as text; the message is one line meant for the user. */
export class InputError extends Error {
  override name = "InputError";
}

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe);
const UTF16BE_BOM = Uint8Array.of(0xfe, 0xff);

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF16LE_BOM)) return decoded(decodeUtf16(bytes.subarray(2), "utf-16le"), "utf16le", true);
  if (startsWith(bytes, UTF16BE_BOM)) return decoded(decodeUtf16(bytes.subarray(2), "utf-16be"), "utf16be", true);

  // Without a UTF-16 BOM a NUL byte never occurs in text we accept: it means an image, an archive,
  // or UTF-16 we would misread.
  if (bytes.indexOf(0) !== -1) throw new InputError("binary file (contains NUL bytes)");

  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeUtf8(bytes.subarray(UTF8_BOM.length));
    if (text === null) throw new InputError("not valid UTF-8 text (after a UTF-8 byte order mark)");
    return decoded(text, "utf8", true);
  }

  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return decoded(utf8, "utf8", false);

  const cp949 = decodeCp949(bytes);
  if (cp949 !== null) return decoded(cp949, "cp949", false);
  throw new InputError("not valid UTF-8 text and not EUC-KR/CP949");
}

export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  switch (encoding) {
    case "utf8":
      return withBom(bom ? UTF8_BOM : null, Buffer.from(text, "utf8"));
    case "utf16le":
      return withBom(bom ? UTF16LE_BOM : null, Buffer.from(text, "utf16le"));
    case "utf16be":
      return withBom(bom ? UTF16BE_BOM : null, Buffer.from(text, "utf16le").swap16());
    case "cp949":
      // CP949 has no byte order mark; asking for one is a caller bug, not a user error.
      if (bom) throw new Error("CP949 has no byte order mark");
      return encodeCp949(text);
  }
}

/** iconv-lite writes "?" for what CP949 cannot hold; refuse rather than corrupt the file. */
function encodeCp949(text: string): Buffer {
  const bytes = iconv().encode(text, "cp949");
  if (iconv().decode(bytes, "cp949") !== text) throw new InputError("text has characters that EUC-KR/CP949 cannot encode");
  return bytes;
}

function decoded(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { text, encoding, bom, eol: detectLineEnding(text) };
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function withBom(bom: Uint8Array | null, body: Buffer): Buffer {
  return bom ? Buffer.concat([bom, body]) : body;
}

/** Strict UTF-8, or null. `ignoreBOM` keeps a second U+FEFF after the stripped one, for round-trips. */
function decodeUtf8(bytes: Uint8Array): string | null {
  // Buffer's native validator and decoder: TextDecoder's first use costs milliseconds of start-up.
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

function decodeUtf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string {
  if (bytes.length % 2 !== 0) throw new InputError("truncated UTF-16 text (odd number of bytes)");
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-16 text (unpaired surrogate)");
  }
  if (text.includes("\0")) throw new InputError("binary file (contains NUL characters)");
  return text;
}

/**
 * CP949 (a superset of EUC-KR) when every byte sequence is valid and the result reads as Korean.
 * iconv-lite marks invalid sequences with U+FFFD, which CP949 itself cannot encode, so its absence
 * also guarantees that `encode` gives the same bytes back.
 */
function decodeCp949(bytes: Uint8Array): string | null {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "cp949");
  if (text.includes("\ufffd")) return null;
  return looksKorean(text) ? text : null;
}
