import { unified } from "unified"; import remarkParse from "remark-parse"; import remarkGfm from "remark-gfm";
import { readFileSync } from "node:fs";
const variants = { plain: unified().use(remarkParse), gfm: unified().use(remarkParse).use(remarkGfm) };
for (const f of process.argv.slice(2)) { const t = readFileSync(f, "utf8");
for (const [k, p] of Object.entries(variants)) { const c = process.cpuUsage(); p.parse(t); const u = process.cpuUsage(c); console.log(f, k, ((u.user+u.system)/1000).toFixed(0), "ms cpu"); } }
