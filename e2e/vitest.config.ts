import { defineConfig } from "vitest/config";

// Browser flows: the built server (npm run build) in a child process and Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    fileParallelism: false,
  },
});
