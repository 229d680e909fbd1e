import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/** The repository root (this file lives in tests/support). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `../shared/fixtures` beside the repository root. */
export const fixturesRoot = resolve(repoRoot, "..", "shared", "fixtures");

/**
 * Absolute path of a file under `../shared/fixtures`. Throws a clear error when the shared folder or
 * the file is missing, so a test never passes vacuously on an empty fixture set.
 */
export function fixturePath(...parts: string[]): string {
  const path = join(fixturesRoot, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Fixture not found: ${path}. The tests need the read-only ../shared/fixtures folder beside the repository root ` +
        "(see ../shared/README.md).",
    );
  }
  return path;
}

/** One line of a `.recv.jsonl(.gz)` recording as found in the shared fixtures. */
export interface FixtureRecordingLine {
  readonly recvTs: number;
  readonly conn: string;
  readonly frame: string;
}

/** Reads a `.jsonl` or `.jsonl.gz` fixture recording into memory (test helper; not the product's reader). */
export function readRecording(path: string): FixtureRecordingLine[] {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as FixtureRecordingLine);
}
