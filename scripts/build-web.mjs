// Builds the playground (web/) into web/dist/: one index.html holding its script and style inline,
// so that it works opened from disk (file:// allows no module scripts or fetches) and from any
// static host. The Content-Security-Policy allows exactly that script and style, by hash, and no
// connection at all.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { builtinModules } from "node:module";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url);
const out = new URL("web/dist/", root);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The page must run on the core alone: a Node built-in on its import path is a build error. */
const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      NODE_BUILTINS.has(args.path) || args.path.startsWith("node:")
        ? { errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer.slice(root.pathname.length)}; the web page cannot use it` }] }
        : undefined,
    );
  },
};

const bundled = await build({
  entryPoints: [new URL("web/src/main.ts", root).pathname],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome109", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  write: false,
  logLevel: "warning",
  plugins: [noNodeBuiltins],
});

// "</script" inside the inline script would end it early.
const script = bundled.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
const style = readFileSync(new URL("web/src/style.css", root), "utf8");
const hash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)}`,
  `style-src ${hash(style)}`,
  "img-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

const template = readFileSync(new URL("web/index.html", root), "utf8");
const html = template
  .replace("%CSP%", () => csp)
  .replace("%STYLE%", () => style)
  .replace("%SCRIPT%", () => script);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(new URL("index.html", out), html);
// GitHub Pages would otherwise run the folder through Jekyll.
writeFileSync(new URL(".nojekyll", out), "");
const size = Buffer.byteLength(html);
console.log(`web/dist/index.html: ${(size / 1024).toFixed(0)} KB, ${(gzipSync(html).length / 1024).toFixed(0)} KB gzipped`);
