// The CLI's config loader, imported from its source (arb-cli is not aliased in vitest.config.ts).
export { resolveConfig } from "../../../packages/cli/src/config/resolveConfig";
export { readConfigFile } from "../../../packages/cli/src/config/readConfigFile";
