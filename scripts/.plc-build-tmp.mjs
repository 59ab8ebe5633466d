// Bundles the CLI and the library with esbuild: one start-up read instead of hundreds of ESM
// files. Parsers and formatters stay in split chunks that load only when needed.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync("/tmp/plc/dist", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/index.ts", index: "src/index.ts", worker: "src/engine/worker.ts" },
  outdir: "/tmp/plc/dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "bundle",
  define: { __POLICY_LINT_VERSION__: JSON.stringify(version) },
  banner: { js: "import { createRequire as __plCreateRequire } from 'node:module'; const require = __plCreateRequire(import.meta.url);" },
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
});

// Type declarations for library users; skipped where TypeScript is not installed (a production install).
const tsc = new URL("../node_modules/typescript/bin/tsc", import.meta.url);
if (existsSync(tsc)) execFileSync(process.execPath, [tsc.pathname, "-p", "tsconfig.json"], { stdio: "inherit", cwd: new URL("..", import.meta.url).pathname });
