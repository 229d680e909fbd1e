import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ArbError } from "@arbkit/core";

/** Why `path`'s directory cannot take a new file, or undefined when it can. */
function getDirectoryProblem(path: string): string | undefined {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) return `${dir} is not a directory`;
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return `the directory ${dir} does not exist`;
    if (code === "ENOTDIR") return `${dir} is not a directory`;
    if (code === "EACCES" || code === "EPERM") return `the directory ${dir} is not writable`;
    return `the directory ${dir} cannot be used (${code ?? String(error)})`;
  }
  try {
    if (statSync(path).isDirectory()) return `${path} is a directory`;
  } catch {
    // Absent: it will be created.
  }
  return undefined;
}

/**
 * Resolves an output file given on the command line (relative to `cwd`) and checks, before any work is done,
 * that it can be written: its directory exists, is a directory and is writable, and the path is not itself a
 * directory. A long backtest must not run to completion only to fail on a typo in `--report`.
 *
 * @param cwd The directory relative paths are resolved against.
 * @param value The path as the user typed it.
 * @param argument How the user gave it, for the message (e.g. `"--report"`).
 * @returns The absolute path.
 * @throws ArbError `CLI_USAGE_INVALID` naming the argument and the path when it cannot be written.
 * @example
 * ```ts
 * const out = resolveOutputPath(io.cwd, "reports/r.html", "--report"); // throws if ./reports is missing
 * ```
 */
export function resolveOutputPath(cwd: string, value: string, argument: string): string {
  const path = resolve(cwd, value);
  const problem = getDirectoryProblem(path);
  if (problem !== undefined) {
    throw new ArbError("CLI_USAGE_INVALID", `${argument} ${path}: cannot write the file, ${problem}`, { argument, reason: problem }, {
      details: "Give a path in an existing, writable directory.",
    });
  }
  return path;
}
