import type { Argv } from "yargs";
import type { CliIo } from "./CliIo";

/** Parsed arguments as yargs hands them to a handler (validated further by each command). */
export type CliArgs = Readonly<Record<string, unknown>> & { readonly _: readonly (string | number)[] };

/**
 * One arb-cli command: its yargs usage, options and an async handler returning the exit code.
 * Each command lives in its own file under `src/commands/`.
 */
export interface CliCommand {
  /** yargs command string, e.g. `"backtest <file>"`. */
  readonly command: string;
  readonly describe: string;
  builder(yargs: Argv): Argv;
  handler(args: CliArgs, io: CliIo): Promise<number>;
}
