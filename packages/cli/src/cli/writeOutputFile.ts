import { writeFileSync } from "node:fs";
import { ArbError } from "@arbkit/core";

/**
 * Writes a whole output file (report, export, starter config) named on the command line. A file-system
 * failure is the user's to fix (a missing or read-only directory, a full disk), so it is a coded error
 * naming the path rather than an internal error with a stack. Check the path up front with
 * `resolveOutputPath` when the work before the write is long.
 *
 * @param path Absolute path to write (replaced if it exists).
 * @param text The file's content (UTF-8).
 * @param argument How the user gave the path, for the message (e.g. `"--out"`).
 * @throws ArbError `CLI_USAGE_INVALID` naming the argument and the path when the write fails.
 * @example
 * ```ts
 * writeOutputFile(resolveOutputPath(io.cwd, args.out, "--out"), csv, "--out");
 * ```
 */
export function writeOutputFile(path: string, text: string, argument: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ArbError("CLI_USAGE_INVALID", `${argument} ${path}: cannot write the file (${reason})`, { argument, reason }, { cause: error });
  }
}
