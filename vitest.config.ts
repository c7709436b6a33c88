import { defineConfig } from "vitest/config";

const exclude = ["**/node_modules/**", "**/.next/**", "**/generated/**", "apps/web/e2e/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["{apps,packages}/*/src/**/*.test.ts", "{prisma,scripts}/**/*.test.ts", "bench/src/**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["{apps,packages}/*/src/**/*.int.test.ts", "{prisma,scripts}/**/*.int.test.ts", "bench/src/**/*.int.test.ts"],
          exclude,
          globalSetup: ["packages/testbed/src/testing/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one PostgreSQL server; two at a time keeps a 2-core machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
