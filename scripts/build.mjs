// Bundles with esbuild. The CLI is one script holding everything a plain run needs (a start-up reads
// one module, not dozens); what only some runs need — the Markdown and HTML parsers, the report
// formats, init/explain, the worker pool — is built separately into dist/lazy/ (cosmiconfig and other
// lazy packages stay in node_modules), loaded on use. The library (dist/index.js) and the worker entry are ES modules.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true, maxRetries: 3 });

const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  define: { __POLICY_LINT_VERSION__: JSON.stringify(version) },
  banner: { js: "import { createRequire as __plCreateRequire } from 'node:module'; const require = __plCreateRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
};

/** Source module → its separately built file under dist/lazy/. */
const LAZY = {
  "src/parse/markdown.ts": "parse-markdown",
  "src/parse/html.ts": "parse-html",
  "src/format/github.ts": "format-github",
  "src/format/sarif.ts": "format-sarif",
  "src/format/checklist.ts": "format-checklist",
  "src/format/html.ts": "format-html",
  "src/cli/init.ts": "init",
  "src/cli/explain.ts": "explain",
  "src/engine/pool.ts": "pool",
  "src/cli/diff.ts": "diff",
  "src/diff/compare.ts": "policy-diff",
};
/** Dependencies only some runs need, loaded from node_modules on use. */
const LAZY_PACKAGES = ["cosmiconfig", "tinyglobby", "diff", "ignore"];

/**
 * The CLI's dynamic imports: a lazy module becomes its script under dist/lazy/ (from the CLI,
 * "./lazy/NAME.cjs"; from another lazy script, "./NAME.cjs"), a lazy package stays a package.
 */
const lazyImports = (prefix) => ({
  name: "lazy-imports",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      if (LAZY_PACKAGES.includes(args.path)) return { path: args.path, external: true };
      const source = new URL(args.path.replace(/\.js$/, ".ts"), `file://${args.resolveDir}/`).pathname.slice(root.length);
      const name = LAZY[source];
      return name ? { path: `${prefix}${name}.cjs`, external: true } : undefined;
    });
  },
});

/**
 * Built-in modules a lint never calls but the bundle imports at its top: commander for executable
 * subcommands, the --base option for git. Each becomes a module of stand-ins that load the real one
 * on first call, so that a run does not pay Node's loading of child_process and what it pulls in.
 */
const DEFERRED_BUILTINS = ["child_process"];
const DEFERRED_SPECIFIER = new RegExp(`^(?:node:)?(?:${DEFERRED_BUILTINS.join("|")})$`);

const deferredBuiltins = {
  name: "deferred-builtins",
  setup(b) {
    b.onResolve({ filter: DEFERRED_SPECIFIER }, (args) =>
      args.namespace === "deferred-builtin" ? { path: args.path, external: true } : { path: `node:${args.path.replace(/^node:/, "")}`, namespace: "deferred-builtin" },
    );
    b.onLoad({ filter: /.*/, namespace: "deferred-builtin" }, async (args) => {
      const real = await import(args.path);
      const names = Object.keys(real).filter((name) => name !== "default" && typeof real[name] === "function");
      const lines = names.map(
        (name) => `exports.${name} = function (...args) { const f = load().${name}; return new.target ? Reflect.construct(f, args, new.target) : f.apply(this, args); };`,
      );
      return { contents: [`let real;`, `const load = () => (real ??= require(${JSON.stringify(args.path)}));`, ...lines].join("\n"), loader: "js" };
    });
  },
};

/**
 * The CLI and its lazy modules are classic scripts (dist/cli.cjs, dist/lazy/NAME.cjs), not modules,
 * so that bin/policy-lint.js can compile them with V8's code cache: Node 20 has no compile cache for
 * modules, and compiling and warming the code is most of what a run on one file costs. The launcher
 * passes each script its own URL and a function that performs its dynamic imports (a script has no
 * import.meta, and its import() would need an experimental loader hook). Minified: compiling fewer
 * bytes is what a cache miss still costs.
 */
async function buildScripts(entryPoints, outdir, prefix) {
  const result = await build({
    ...common,
    banner: undefined,
    format: "cjs",
    define: { ...common.define, "import.meta.url": "__plUrl" },
    entryPoints,
    outExtension: { ".js": ".cjs" },
    outdir,
    splitting: false,
    minify: true,
    write: false,
    plugins: [lazyImports(prefix), deferredBuiltins],
  });
  for (const file of result.outputFiles) {
    // The lazy scripts, packages and configuration plugins: one import( left in a script would
    // fail at run time, so all of them become the launcher's.
    const text = file.text
      .replace(/\bimport\(/g, "__plImport(")
      // esbuild leaves Hangul in regular expression literals; escaped, the file is ASCII, which the
      // launcher reads as a one-byte string (no UTF-8 decoding, half the memory). \uXXXX means the
      // same character in a string, template, identifier or pattern (a surrogate pair in a /u one).
      .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (/String\.raw/.test(text)) throw new Error(`${file.path}: String.raw would see the escapes; keep non-ASCII text out of raw templates`);
    mkdirSync(dirname(file.path), { recursive: true });
    // The file is the body of the function the launcher calls: compiled as it is read, never concatenated.
    writeFileSync(file.path, `(function (exports, require, module, __filename, __dirname, __plUrl, __plImport) {${text}\n})`);
  }
}
await buildScripts({ cli: "src/cli/index.ts" }, "dist", "./lazy/");
await buildScripts(Object.fromEntries(Object.entries(LAZY).map(([source, name]) => [name, source])), "dist/lazy", "./");
await build({ ...common, entryPoints: { index: "src/index.ts", worker: "src/engine/worker.ts" }, outdir: "dist", splitting: true, chunkNames: "chunks/[name]-[hash]" });

// Type declarations for library users; skipped where TypeScript is not installed (a production install).
const tsc = new URL("../node_modules/typescript/bin/tsc", import.meta.url);
if (existsSync(tsc)) execFileSync(process.execPath, [tsc.pathname, "-p", "tsconfig.json"], { stdio: "inherit", cwd: root });
