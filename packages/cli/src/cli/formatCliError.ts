import { ArbError } from "@arbkit/core";
import { EXIT } from "./CliIo";

/** Codes that are the user's to fix (exit code 2, no stack trace). */
const USER_CODES = new Set(["CLI_USAGE_INVALID", "CONFIG_INVALID", "RECORDING_INVALID", "JOURNAL_FAILED", "CONNECTION_FAILED"]);

/**
 * Turns an error into what arb-cli prints and its exit code. Coded errors print `error [CODE] message` and
 * their details, never a stack; user errors exit 2, other coded failures 1. An uncoded error is a bug: it
 * prints its stack so it can be reported.
 */
export function formatCliError(error: unknown): { readonly text: string; readonly exitCode: number } {
  if (error instanceof ArbError) {
    const details = error.details === undefined ? "" : `\n${error.details}`;
    return { text: `arb-cli: error [${error.code}] ${error.shortMessage}${details}\n`, exitCode: USER_CODES.has(error.code) ? EXIT.USAGE : EXIT.FAILURE };
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `arb-cli: internal error (please report it):\n${stack}\n`, exitCode: EXIT.FAILURE };
}
