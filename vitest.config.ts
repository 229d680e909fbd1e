import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import package sources, so the suite needs no build.
    alias: {
      "@arbkit/core": src("core"),
      "@arbkit/connectors": src("connectors"),
      "@arbkit/engines": src("engines"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./tests/support/SummaryReporter.ts"],
  },
});
