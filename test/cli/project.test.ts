/**
 * Where users are sent: package.json declares the repository that every printed link points into,
 * and the docs install from it at a pinned version, never by running an unowned package name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "../../src/project.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));

describe("project links", () => {
  it("package.json declares repository, homepage and bugs of the one project URL", () => {
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it("findings, SARIF helpUri and informationUri link into that repository, to pages the package ships", () => {
    const seed = "fixtures/seeds/004_2bead2da7e852597.txt";
    const [result] = JSON.parse(runCli(["--format", "json", seed]).stdout) as { messages: { docsUrl?: string }[] }[];
    const sarif = JSON.parse(runCli(["--format", "sarif", seed]).stdout);
    const links = [
      ...result.messages.flatMap((m) => (m.docsUrl ? [m.docsUrl] : [])),
      ...sarif.runs[0].tool.driver.rules.map((r: { helpUri: string }) => r.helpUri),
      sarif.runs[0].tool.driver.informationUri,
    ];
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link.startsWith(REPOSITORY_URL), link).toBe(true);
    const shipped = new Set(readdirSync(new URL("../../docs/rules/", import.meta.url)));
    for (const link of links.filter((l) => l.includes("/docs/rules/"))) expect(shipped.has(link.split("/").pop()!), link).toBe(true);
    expect(pkg.files).toContain("docs");
  });

  it("docs install from the repository at a tag or commit, never `npx --yes` of a package name", () => {
    const docs = ["README.md", "docs/integrations.md"].map((f) => readFileSync(`${ROOT}/${f}`, "utf8")).join("\n");
    expect(docs).not.toMatch(/npx\s+(?:--yes|-y)\b/);
    expect(docs).toContain(`git+${REPOSITORY_URL}.git#v`);
  });
});
