// ../../tmp/survey.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

// test/robustness/hostile-inputs.ts
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
var SEED = readFileSync(new URL("../../fixtures/seeds/004_2bead2da7e852597.txt", import.meta.url), "utf8");
var FIXABLE = `\uAC1C\uC778\uC815\uBCF4\uCDE8\uAE09\uBC29\uCE68

${SEED.split("\n").slice(1).join("\n")}`;
var utf8 = (text) => Buffer.from(text, "utf8");
var MB = 1 << 20;
function run(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
function hostileInputs() {
  const cp949Text = FIXABLE.replaceAll("\u2022", "\xB7").replaceAll("\u2024", "\xB7");
  const deep = 1e4;
  return [
    { name: "empty file", file: "empty.txt", bytes: Buffer.alloc(0) },
    { name: "whitespace only", file: "blank.md", bytes: utf8(" \n	\n\r\n   \u3000\n") },
    { name: "binary (PNG header)", file: "image.txt", bytes: Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.alloc(64, 7)]), unreadable: /binary/ },
    { name: "NUL bytes in text", file: "nul.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68
\0\0\uBCF8\uBB38
`), unreadable: /binary|NUL/ },
    { name: "invalid UTF-8", file: "invalid.txt", bytes: Buffer.concat([utf8("Privacy policy "), Buffer.from([195, 40, 160, 161, 226, 40, 161, 240, 40, 140, 188])]), unreadable: /UTF-8/ },
    { name: "UTF-16LE with BOM", file: "utf16le.txt", bytes: Buffer.concat([Buffer.from([255, 254]), Buffer.from(FIXABLE, "utf16le")]) },
    { name: "UTF-16BE with BOM", file: "utf16be.txt", bytes: Buffer.concat([Buffer.from([254, 255]), Buffer.from(FIXABLE, "utf16le").swap16()]) },
    { name: "UTF-16 with odd length", file: "utf16odd.txt", bytes: Buffer.concat([Buffer.from([255, 254]), Buffer.from("\uAC1C\uC778", "utf16le"), Buffer.from([65])]), unreadable: /UTF-16/ },
    { name: "EUC-KR (CP949)", file: "euckr.txt", bytes: iconv.encode(cp949Text, "cp949") },
    { name: "UTF-8 BOM", file: "bom.md", bytes: Buffer.concat([Buffer.from([239, 187, 191]), utf8(FIXABLE)]) },
    { name: "CRLF line endings", file: "crlf.txt", bytes: utf8(FIXABLE.replaceAll("\n", "\r\n")) },
    { name: "CR-only line endings", file: "cr.txt", bytes: utf8(FIXABLE.replaceAll("\n", "\r")) },
    { name: "mixed line endings", file: "mixed.md", bytes: utf8(FIXABLE.split("\n").map((l, i) => l + ["\n", "\r\n", "\r"][i % 3]).join("")) },
    { name: "one 3 MB line", file: "oneline.txt", bytes: utf8(`\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68 ${run("\uD68C\uC0AC\uB294 \uAC1C\uC778\uC815\uBCF4\uB97C \uCC98\uB9AC\uD569\uB2C8\uB2E4. ", 3 * MB / 3)}`) },
    { name: "one 3 MB line (Markdown)", file: "oneline.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

${run("\uD68C\uC0AC\uB294 **\uAC1C\uC778\uC815\uBCF4**\uB97C [\uCC98\uB9AC](x)\uD569\uB2C8\uB2E4. ", 3 * MB / 3)}`) },
    { name: "10k nested blockquotes", file: "quotes.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

${"> ".repeat(deep)}\uAC1C\uC778\uC815\uBCF4
`) },
    { name: "10k nested lists", file: "lists.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

${Array.from({ length: deep }, (_, i) => `${"  ".repeat(i)}- \uD56D\uBAA9 ${i}`).join("\n")}
`) },
    { name: "10k nested HTML elements", file: "nested.html", bytes: utf8(`<html><body><h1>\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68</h1>${"<div><ul><li>".repeat(deep)}\uAC1C\uC778\uC815\uBCF4${"</li></ul></div>".repeat(deep)}</body></html>`) },
    { name: "10k nested list markers (text)", file: "markers.txt", bytes: utf8(`\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68
${Array.from({ length: deep }, (_, i) => `${" ".repeat(i % 200)}${["1.", "\uAC00.", "\u2460", "-", "(1)", "\uC81C1\uC870"][i % 6]} \uD56D\uBAA9`).join("\n")}
`) },
    { name: "table of 3000 rows \xD7 40 columns", file: "table.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

|${" \uD56D\uBAA9 |".repeat(40)}
|${" --- |".repeat(40)}
${`|${" \uC774\uB984, 010-1234-5678 |".repeat(40)}
`.repeat(3e3)}`) },
    { name: "HTML table of 3000 rows", file: "table.html", bytes: utf8(`<h1>\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68</h1><table>${`<tr>${"<td>\uBCF4\uC720\uAE30\uAC04 3\uB144</td>".repeat(20)}</tr>`.repeat(3e3)}</table>`) },
    { name: "text table of 3000 rows", file: "table.txt", bytes: utf8(`\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

${`| \uAD6C\uBD84 | \uD56D\uBAA9 | \uBCF4\uC720\uAE30\uAC04 |
`.repeat(3e3)}`) },
    ...["0", "\uC81C", "\u2460", ".", "[", "(", "\u300C", "@", "-", "*", "#", "|", " ", "	", "\uAC00", "A", "0-", "a.", "\uC81C1\uC870", "02-", "www."].map((unit, i) => ({
      name: `run of ${JSON.stringify(unit)} (200k chars)`,
      file: `run${i}.${i % 2 ? "md" : "txt"}`,
      bytes: utf8(`\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC\uBC29\uCE68

${run(unit, 2e5)}
${run(unit, 5e4)}@${run(unit, 5e4)}
`)
    })),
    { name: "terminal escape sequences", file: "escapes.md", bytes: utf8(`# \uAC1C\uC778\uC815\uBCF4\x1B[2J\x1B]0;pwned\x07 \uCC98\uB9AC\uBC29\uCE68

\x9B31m\uD68C\uC0AC\uB294\x1B[31m \uAC1C\uC778\uC815\uBCF4\b\b\uB97C \uCC98\uB9AC\uD569\uB2C8\uB2E4.\u202E\r
`) }
  ];
}

// ../../tmp/survey.ts
var dir = mkdtempSync("/tmp/hostile-");
for (const h of hostileInputs()) {
  writeFileSync(join(dir, h.file), h.bytes);
  const s = Date.now();
  const r = spawnSync(process.execPath, ["/work/main/bin/policy-lint.js", "--format", "json", h.file], { cwd: dir, encoding: "utf8", timeout: 12e4, maxBuffer: 1 << 30 });
  let n = "?";
  try {
    n = String(JSON.parse(r.stdout)[0].messages.length);
  } catch {
    n = "BADJSON";
  }
  console.log(`${((Date.now() - s) / 1e3).toFixed(1)}s rc=${r.status} sig=${r.signal} msgs=${n} ${h.name} | ${r.stderr.trim().split("\n").slice(0, 3).join(" \u23CE ").slice(0, 300)}`);
}
console.log(dir);
