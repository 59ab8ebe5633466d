/**
 * Hostile documents, generated at test time (a few megabytes each would bloat the repository).
 * Each is valid input the linter must survive: either it lints, or it gets one fatal message with
 * a one-line reason (`unreadable`), never a crash, a hang or a raw control character on screen.
 */
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";

export const SEED = readFileSync(new URL("../../fixtures/seeds/004_2bead2da7e852597.txt", import.meta.url), "utf8");
/** A legacy title the `title` rule fixes, so `--fix` has something to write in every encoding. */
export const FIXABLE = `개인정보취급방침\n\n${SEED.split("\n").slice(1).join("\n")}`;

export interface HostileInput {
  name: string;
  /** File name in the temp directory; the extension picks the parser. */
  file: string;
  bytes: Buffer;
  /** The reason a fatal message must give, when the file cannot be linted at all. */
  unreadable?: RegExp;
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const MB = 1 << 20;

/** `count` lines of `unit` repeated, for patterns that look for runs of one character. */
function run(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export function hostileInputs(): HostileInput[] {
  const cp949Text = FIXABLE.replaceAll("•", "·").replaceAll("․", "·");
  const deep = 10_000;
  return [
    { name: "empty file", file: "empty.txt", bytes: Buffer.alloc(0) },
    { name: "whitespace only", file: "blank.md", bytes: utf8(" \n\t\n\r\n   \u3000\n") },
    { name: "binary (PNG header)", file: "image.txt", bytes: Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.alloc(64, 7)]), unreadable: /binary/ },
    { name: "NUL bytes in text", file: "nul.md", bytes: utf8(`# 개인정보 처리방침\n\u0000\u0000본문\n`), unreadable: /binary|NUL/ },
    { name: "invalid UTF-8", file: "invalid.txt", bytes: Buffer.concat([utf8("Privacy policy "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc])]), unreadable: /UTF-8/ },
    { name: "UTF-16LE with BOM", file: "utf16le.txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, "utf16le")]) },
    { name: "UTF-16BE with BOM", file: "utf16be.txt", bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FIXABLE, "utf16le").swap16()]) },
    { name: "UTF-16 with odd length", file: "utf16odd.txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("개인", "utf16le"), Buffer.from([0x41])]), unreadable: /UTF-16/ },
    { name: "EUC-KR (CP949)", file: "euckr.txt", bytes: iconv.encode(cp949Text, "cp949") },
    { name: "UTF-8 BOM", file: "bom.md", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(FIXABLE)]) },
    { name: "CRLF line endings", file: "crlf.txt", bytes: utf8(FIXABLE.replaceAll("\n", "\r\n")) },
    { name: "CR-only line endings", file: "cr.txt", bytes: utf8(FIXABLE.replaceAll("\n", "\r")) },
    { name: "mixed line endings", file: "mixed.md", bytes: utf8(FIXABLE.split("\n").map((l, i) => l + ["\n", "\r\n", "\r"][i % 3]).join("")) },
    { name: "one 3 MB line", file: "oneline.txt", bytes: utf8(`개인정보 처리방침 ${run("회사는 개인정보를 처리합니다. ", 3 * MB / 3)}`) },
    { name: "one 3 MB line (Markdown)", file: "oneline.md", bytes: utf8(`# 개인정보 처리방침\n\n${run("회사는 **개인정보**를 [처리](x)합니다. ", 3 * MB / 3)}`) },
    { name: "10k nested blockquotes", file: "quotes.md", bytes: utf8(`# 개인정보 처리방침\n\n${"> ".repeat(deep)}개인정보\n`) },
    { name: "10k nested lists", file: "lists.md", bytes: utf8(`# 개인정보 처리방침\n\n${Array.from({ length: deep }, (_, i) => `${"  ".repeat(i)}- 항목 ${i}`).join("\n")}\n`) },
    { name: "10k nested HTML elements", file: "nested.html", bytes: utf8(`<html><body><h1>개인정보 처리방침</h1>${"<div><ul><li>".repeat(deep)}개인정보${"</li></ul></div>".repeat(deep)}</body></html>`) },
    { name: "10k nested list markers (text)", file: "markers.txt", bytes: utf8(`개인정보 처리방침\n${Array.from({ length: deep }, (_, i) => `${" ".repeat(i % 200)}${["1.", "가.", "①", "-", "(1)", "제1조"][i % 6]} 항목`).join("\n")}\n`) },
    { name: "table of 3000 rows × 40 columns", file: "table.md", bytes: utf8(`# 개인정보 처리방침\n\n|${" 항목 |".repeat(40)}\n|${" --- |".repeat(40)}\n${`|${" 이름, 010-1234-5678 |".repeat(40)}\n`.repeat(3000)}`) },
    { name: "HTML table of 3000 rows", file: "table.html", bytes: utf8(`<h1>개인정보 처리방침</h1><table>${`<tr>${"<td>보유기간 3년</td>".repeat(20)}</tr>`.repeat(3000)}</table>`) },
    { name: "text table of 3000 rows", file: "table.txt", bytes: utf8(`개인정보 처리방침\n\n${`| 구분 | 항목 | 보유기간 |\n`.repeat(3000)}`) },
    ...["0", "제", "①", ".", "[", "(", "「", "@", "-", "*", "#", "|", " ", "\t", "가", "A", "0-", "a.", "제1조", "02-", "www."].map((unit, i) => ({
      name: `run of ${JSON.stringify(unit)} (200k chars)`,
      file: `run${i}.${i % 2 ? "md" : "txt"}`,
      bytes: utf8(`개인정보 처리방침\n\n${run(unit, 200_000)}\n${run(unit, 50_000)}@${run(unit, 50_000)}\n`),
    })),
    { name: "terminal escape sequences", file: "escapes.md", bytes: utf8(`# 개인정보\u001b[2J\u001b]0;pwned\u0007 처리방침\n\n\u009b31m회사는\u001b[31m 개인정보\u0008\u0008를 처리합니다.\u202e\r\n`) },
  ];
}
