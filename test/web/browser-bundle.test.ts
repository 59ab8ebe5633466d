/**
 * One engine for the CLI and the web page: the core must bundle for a browser with no Node
 * built-in on its import path, and the page built from it must stay small enough to load anywhere.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundles `entry` for a browser and returns every Node built-in it imports, with the importer. */
async function nodeImports(entry: string): Promise<string[]> {
  const found: string[] = [];
  const spy: Plugin = {
    name: "node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!BUILTINS.has(args.path) && !args.path.startsWith("node:")) return undefined;
        found.push(`${args.path} ← ${args.importer.slice(ROOT.length)}`);
        return { path: args.path, external: true };
      });
    },
  };
  await build({ entryPoints: [join(ROOT, entry)], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent", plugins: [spy] });
  return found;
}

describe("browser bundle", () => {
  it("the core (src/browser.ts: rules, parsers, model, engine) imports no Node built-in", async () => {
    expect(await nodeImports("src/browser.ts")).toEqual([]);
  });

  it("nor does the page built on it", async () => {
    expect(await nodeImports("web/src/main.ts")).toEqual([]);
  });

  it("tells a Node import apart: the file-reading API has some", async () => {
    expect((await nodeImports("src/api.ts")).some((i) => i.startsWith("node:fs"))).toBe(true);
  });

  it("builds into one page of at most 600 KB gzipped, with a CSP that allows no connection", () => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-web.mjs")], { cwd: ROOT, stdio: "pipe" });
    const html = readFileSync(join(ROOT, "web", "dist", "index.html"));
    expect(gzipSync(html).length).toBeLessThanOrEqual(600 * 1024);
    const text = html.toString("utf8");
    const csp = text.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe");
    // Nothing to fetch: no external script, style, image or font reference.
    expect(text).not.toMatch(/<(?:script|link|img)\b[^>]*\b(?:src|href)=/i);
    expect(text.match(/<script>/g)).toHaveLength(1);
  });
});
