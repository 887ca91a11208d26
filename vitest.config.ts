import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "common",
          root: "./common",
          include: ["src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "server",
          root: "./server",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          // The files share one module graph: importing the app's 600 routes again for each file took more
          // than half of the suite. Each file still gets its own database; module-level caches are per
          // database or reset by the harness (openTestDatabase).
          isolate: false,
          globalSetup: ["./test/support/db-template.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          root: "./e2e",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: "forks",
          fileParallelism: false,
          globalSetup: ["./support/demo-template.ts"],
        },
      },
    ],
  },
});
