import type { Options } from "tsup";

/** One build config for every package: ESM + CJS + .d.ts from `src/index.ts`. */
export function createTsupConfig(overrides: Options = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: true,
    tsconfig: "tsconfig.json",
    ...overrides,
  };
}
