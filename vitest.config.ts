import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    pool: "forks",
    // The robustness sweep collects garbage between measurements.
    execArgv: ["--expose-gc"],
  },
});
