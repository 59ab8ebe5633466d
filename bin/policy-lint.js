#!/usr/bin/env node
// Starts the CLI bundle (dist/cli.cjs, a classic script) through V8's code cache. Compiling and
// warming the bundle is most of what a run on one file costs, and Node 20 caches no compiled
// module code, so the bytecode of the functions a run used is saved once (in the user's cache
// folder) and read back by the next run. The cache is an optimisation only: any failure to read
// or write it leaves the run as it would be without one, and V8 rejects data made by another
// bundle, Node version or set of flags (it is then rewritten). POLICY_LINT_NO_CODE_CACHE=1 turns it off.
// A CommonJS file (bin/package.json says so): an ES module entry would start Node's module loader, which a run on a text
// file never needs (~10 ms of every start-up).
"use strict";
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

const bundlePath = join(__dirname, "..", "dist", "cli.cjs");
const bundleUrl = pathToFileURL(bundlePath);
// ASCII by construction (scripts/build.mjs), so read as a one-byte string.
const source = readFileSync(bundlePath, "latin1");
const cacheFile = codeCacheFile();
const cachedData = cacheFile ? readOptional(cacheFile) : undefined;

const script = new Script(source, { filename: bundlePath, cachedData });
const cli = { exports: {} };
const importFromBundle = (specifier) => import(specifier.startsWith(".") ? new URL(specifier, bundleUrl).href : specifier);
script.runInThisContext()(cli.exports, createRequire(bundleUrl), cli, bundlePath, dirname(bundlePath), bundleUrl.href, importFromBundle);
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) process.once("exit", () => saveCodeCache(cacheFile));

cli.exports.runCli().then((code) => {
  process.exitCode = code;
});

/** The cache file for this bundle build on this Node and architecture, or null when caching is off. */
function codeCacheFile() {
  if (process.env.POLICY_LINT_NO_CODE_CACHE) return null;
  try {
    const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
    const { size, mtimeMs } = statSync(bundlePath);
    return join(base, "policy-lint", `cli-${size}-${Math.trunc(mtimeMs)}${runtimeSuffix()}`);
  } catch {
    return null;
  }
}

function runtimeSuffix() {
  return `-${process.version}-${process.arch}.v8cache`;
}

function readOptional(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written at exit, so that the data holds every function the run compiled; through a temporary
 * file and a rename, so that a parallel run never reads half a cache. Older builds' caches for
 * the same runtime are removed.
 */
function saveCodeCache(file) {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, file);
    const name = file.slice(dir.length + 1);
    for (const entry of readdirSync(dir)) {
      if (entry !== name && entry.startsWith("cli-") && entry.endsWith(runtimeSuffix())) unlinkSync(join(dir, entry));
    }
  } catch {
    // A read-only home or a full disk costs only the speed-up.
  }
}
