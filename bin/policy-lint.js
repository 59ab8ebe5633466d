#!/usr/bin/env node
// Starts the CLI (dist/cli.cjs and, on use, its lazy parts in dist/lazy/*.cjs: classic scripts)
// through V8's code cache. Compiling and warming the code is most of what a run on one file costs,
// and Node 20 caches no compiled module code, so the bytecode of the functions a run used is saved
// once per script (in the user's cache folder) and read back by the next run. The cache is an
// optimisation only: any failure to read or write it leaves the run as it would be without one, and
// V8 rejects data made by another build, Node version or set of flags (it is then rewritten).
// POLICY_LINT_NO_CODE_CACHE=1 turns it off.
//
// A CommonJS file (bin/package.json says so): an ES module entry would start Node's module loader,
// which a run on a text file never needs (~10 ms of every start-up).
"use strict";
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { basename, dirname, join } = require("node:path");
const { fileURLToPath, pathToFileURL } = require("node:url");
const { setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");

// A run on one file executes a few hundred regular expressions a few times each. By default V8
// first compiles each to bytecode for its regexp interpreter and compiles it again to machine code
// once it has run; compiling to machine code at once is ~8 % of a one-file run cheaper, and a batch
// runs the same. The flag is read when a pattern is first compiled, so setting it here, before any
// of the linter's patterns exists, is in time; it is part of the flags the code cache is keyed on.
setFlagsFromString("--no-regexp-tier-up");

const RUNTIME_SUFFIX = `-${process.version}-${process.arch}.v8cache`;
const cacheDir = codeCacheDir();
/** Scripts whose cache is missing or was rejected, written at exit. */
const unsaved = [];
/** A script runs once per process, as a module would; its exports by URL. */
const loaded = new Map();

const cli = loadScript(pathToFileURL(join(__dirname, "..", "dist", "cli.cjs")));
if (cacheDir) process.once("exit", saveCodeCaches);
cli.runCli().then((code) => {
  process.exitCode = code;
});

/** Runs a script built by scripts/build.mjs and returns what it exports. */
function loadScript(url) {
  const known = loaded.get(url.href);
  if (known) return known;
  const path = fileURLToPath(url);
  // ASCII by construction (scripts/build.mjs), so read as a one-byte string.
  const source = readFileSync(path, "latin1");
  const cacheFile = codeCacheFile(path);
  const cachedData = cacheFile ? readOptional(cacheFile) : undefined;
  const script = new Script(source, { filename: path, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(url), module, path, dirname(path), url.href, importer(url));
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) unsaved.push({ script, file: cacheFile, stem: basename(path, ".cjs") });
  loaded.set(url.href, module.exports);
  return module.exports;
}

/** The dynamic import of a script at `base`: its lazy scripts through the cache, anything else through Node. */
function importer(base) {
  return (specifier) => {
    if (specifier.startsWith(".") && specifier.endsWith(".cjs")) return Promise.resolve().then(() => loadScript(new URL(specifier, base)));
    return import(specifier.startsWith(".") ? new URL(specifier, base).href : specifier);
  };
}

function codeCacheDir() {
  if (process.env.POLICY_LINT_NO_CODE_CACHE) return null;
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "policy-lint");
  } catch {
    return null;
  }
}

/** The cache file for this build of the script on this Node and architecture, or null when caching is off. */
function codeCacheFile(path) {
  if (!cacheDir) return null;
  try {
    const { size, mtimeMs } = statSync(path);
    return join(cacheDir, `${basename(path, ".cjs")}-${size}-${Math.trunc(mtimeMs)}${RUNTIME_SUFFIX}`);
  } catch {
    return null;
  }
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
 * file and a rename, so that a parallel run never reads half a cache. Older builds' caches of the
 * same script for the same runtime are removed.
 */
function saveCodeCaches() {
  for (const { script, file, stem } of unsaved) {
    try {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
      const name = basename(file);
      for (const entry of readdirSync(cacheDir)) {
        const key = entry.startsWith(`${stem}-`) && entry.endsWith(RUNTIME_SUFFIX) ? entry.slice(stem.length + 1, -RUNTIME_SUFFIX.length) : "";
        if (entry !== name && /^\d+-\d+$/.test(key)) unlinkSync(join(cacheDir, entry));
      }
    } catch {
      // A read-only home or a full disk costs only the speed-up.
    }
  }
}
