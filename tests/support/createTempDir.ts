import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished } from "vitest";

/** Options of {@link createTempDir}. */
export interface TempDirOptions {
  /**
   * When the directory is removed. `"test"`: when the running test finishes (call it inside a test, or in a
   * function a test calls). `"file"`: after the last test of the enclosing file or `describe` (call it at module
   * or `describe` level, for a directory several tests share).
   * @default "test"
   */
  readonly removeAfter?: "test" | "file";
}

/**
 * Creates a fresh directory `<os temp dir>/<prefix>XXXXXX` and removes it with everything in it when the test
 * (or the file) is done, passed or failed, so that running the suite again and again leaves nothing behind.
 * Removal runs after the test's own `afterEach`/`afterAll` hooks (vitest runs after-hooks in stack order), so
 * processes and servers the test stopped there are gone by then.
 *
 * @throws Error from vitest when `removeAfter` is `"test"` and no test is running.
 * @example
 * const dir = createTempDir("arbkit-cli-run-", { removeAfter: "file" }); // module level, shared
 * it("…", () => { const out = join(createTempDir("arbkit-out-"), "r.html"); … }); // per test
 */
export function createTempDir(prefix: string, options: TempDirOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Retries: a child process killed just before may still be closing its files (ENOTEMPTY/EBUSY).
  const remove = (): void => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  if ((options.removeAfter ?? "test") === "test") onTestFinished(remove);
  else afterAll(remove);
  return dir;
}
