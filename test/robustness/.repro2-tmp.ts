import { builtInRules } from "../../rules/index.js";
import { Registry } from "../../src/config/load.js";
import { lintText } from "../../src/engine/lint.js";
const registry = new Registry(builtInRules);
const config = { rules: new Map(registry.all().map((r) => [r.meta.id, { severity: "error" as const, options: {} }])), facts: {}, locale: "ko" as const };
const text = `# 개인정보 처리방침\n\n${"회사는 **개인정보**를 [처리](x)합니다. ".repeat(+process.argv[2])}`;
const s = performance.now();
try { const r = await lintText(text, "a.md", config, registry); console.log("ok", r.messages.length, (performance.now() - s).toFixed(0)); }
catch (e) { console.log("error", (performance.now() - s).toFixed(0), (e as Error).stack!.split("\n").slice(0, 12).join("\n")); }
