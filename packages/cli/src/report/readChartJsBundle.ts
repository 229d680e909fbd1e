import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The text of chart.js's UMD bundle (`chart.js/dist/chart.umd.min.js`, MIT), resolved from arb-cli's own
 * dependencies, for inlining into a self-contained HTML report (no network needed to open it).
 */
export function readChartJsBundle(): string {
  // `import.meta.url` in the ESM build; the CJS build has `__filename` instead.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
  // The package's exports map hides dist/, so resolve the main entry and read its sibling.
  return readFileSync(join(dirname(require.resolve("chart.js")), "chart.umd.min.js"), "utf8");
}
