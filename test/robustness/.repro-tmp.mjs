const { createLinter } = await import("/work/main/dist/index.js");
const chunks = (await import("node:fs")).readdirSync("/work/main/dist/chunks");
const md = chunks.find((c) => c.startsWith("markdown-"));
const { parseMarkdown } = await import("/work/main/dist/chunks/" + md);
const text = `# 개인정보 처리방침\n\n${"회사는 **개인정보**를 [처리](x)합니다. ".repeat(+process.argv[2])}`;
let s = performance.now();
try { const root = parseMarkdown(text); console.log("parse ok", (performance.now()-s).toFixed(0), "ms", root.children.length); } catch (e) { console.log("parse error", (performance.now()-s).toFixed(0), e.stack.split("\n").slice(0,8).join("\n")); }
