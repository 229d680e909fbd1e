import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_COMMANDS, runCli, type CliIo } from "../../../packages/cli/src/index";

/** What an in-process arb-cli call printed and returned. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs arb-cli's real command table in this process (the same `runCli` bin.ts calls) with captured streams,
 * an empty environment unless given, and `cwd` (a fresh temporary directory by default, removed when the call
 * returns: nothing in the result points into it). Far cheaper than a child process, so the corpus can hold
 * hundreds of CLI cases; a few cases also run the real bin (see cliBin.test.ts) to prove the process-level
 * behaviour is the same.
 */
export async function runCliInProcess(argv: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<InProcessResult> {
  let stdout = "";
  let stderr = "";
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), "arbkit-bad-input-"));
  const io: CliIo = {
    stdout: { write: (t: string) => void (stdout += t), isTTY: false },
    stderr: { write: (t: string) => void (stderr += t), isTTY: false },
    env: options.env ?? {},
    cwd,
    onStopSignal: () => () => undefined,
  };
  try {
    const code = await runCli(argv, io, ALL_COMMANDS);
    return { code, stdout, stderr };
  } finally {
    if (options.cwd === undefined) rmSync(cwd, { recursive: true, force: true });
  }
}

/** A stack-trace line, which a user error must never print. */
export const STACK_LINE = /\n\s+at .+\(?.*:\d+:\d+\)?/;
