import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./fixtures";

/** Newest modification time (ms) of the non-test TypeScript sources under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Whether `packages/<name>/dist/<entry>` can stand for the package's sources: `"missing"`, `"stale"` (older
 * than some source file) or `"fresh"`. Tests and benchmarks that run the built CLI check this first.
 */
export function getDistStaleness(name: string, entry = "index.js"): "missing" | "stale" | "fresh" {
  let built: number;
  try {
    built = statSync(join(repoRoot, "packages", name, "dist", entry)).mtimeMs;
  } catch {
    return "missing";
  }
  return newestSource(join(repoRoot, "packages", name, "src")) > built ? "stale" : "fresh";
}
