import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers/run-cli.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let packDir: string;
let project: string;

function run(cmd: string, args: string[], options: SpawnSyncOptions) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 300_000, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

beforeAll(() => {
  packDir = mkdtempSync(join(tmpdir(), "pl-pack-"));
  project = mkdtempSync(join(tmpdir(), "pl-consumer-"));
  // --ignore-scripts: `npm test` has just built dist/; packing must not rebuild it under other tests.
  const pack = run(npm, ["pack", "--ignore-scripts", "--pack-destination", packDir], { cwd: ROOT });
  expect(pack.status, pack.stderr).toBe(0);
  const tgz = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  expect(tgz).toBeDefined();
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
  const install = run(npm, ["install", "--no-audit", "--no-fund", join(packDir, tgz!)], { cwd: project });
  expect(install.status, install.stderr).toBe(0);
  copyFileSync(fixture("seeds/004_2bead2da7e852597.txt"), join(project, "policy.txt"));
}, 400_000);

afterAll(() => {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

describe("the published package", () => {
  it("installs a working policy-lint binary", () => {
    const version = run("npx", ["--no-install", "policy-lint", "--version"], { cwd: project });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const lint = run("npx", ["--no-install", "policy-lint", "--format", "json", "policy.txt"], { cwd: project });
    expect(lint.status).toBe(1);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[];
    expect(result.messages.some((m) => m.ruleId === "overseas-transfer")).toBe(true);
  });

  it("serves the library API to another package", () => {
    const script = `
      import { lintText, lintFiles, loadConfig, loadFormatter, formatters } from "policy-lint";
      const text = await lintText("개인정보 처리방침\\n\\n회원 관리를 위해 이름을 처리합니다.\\n", { filePath: "inline.md" });
      const [file] = await lintFiles(["policy.txt"]);
      const config = await loadConfig({ cwd: process.cwd() });
      const json = await loadFormatter("json");
      const refused = async (f) => { try { await f(); return "no error"; } catch (e) { return e.message; } };
      console.log(JSON.stringify({
        text: text.errorCount > 0 && text.filePath === "inline.md",
        file: file.messages.some((m) => m.ruleId === "overseas-transfer"),
        config: Array.isArray(config.config.extends),
        names: formatters.names,
        json: JSON.parse(await json.format([file]))[0].filePath,
        stylish: (await (await loadFormatter()).format([file])).includes("overseas-transfer"),
        badConfig: await refused(() => loadConfig(process.cwd())),
        badFormat: await refused(() => loadFormatter("yaml")),
      }));
    `;
    const r = run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      text: true,
      file: true,
      config: true,
      names: expect.arrayContaining(["stylish", "json", "github", "sarif", "checklist", "html"]),
      json: join(project, "policy.txt"),
      stylish: true,
      badConfig: expect.stringMatching(/^loadConfig: expected an options object such as \{ cwd: process\.cwd\(\) \}, not the string "/),
      badFormat: expect.stringMatching(/^loadFormatter: unknown format the string "yaml"; expected one of stylish, json/),
    });
  });

  it("runs the README's library example", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /<!-- library-example[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "README has the marked library example").toBeDefined();
    writeFileSync(join(project, "example.mjs"), example!);
    const r = run(process.execPath, ["example.mjs"], { cwd: project });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/policy\.md\n/);
    expect(r.stdout).toMatch(/\n[1-9]\d* errors; presets: policy-lint:recommended\n/);
  });
});
