import { defineConfig } from "vitest/config";

// The browser test runs on its own (npm run test:browser): it needs Chromium installed.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
  },
});
