import { ArbError } from "@arbkit/core";
import yargs from "yargs";
import { EXIT, type CliIo } from "./CliIo";
import type { CliArgs, CliCommand } from "./CliCommand";
import { enforceSingleValueFlags } from "./enforceSingleValueFlags";
import { formatCliError } from "./formatCliError";

/** yargs' words for a flag given without its value (see enforceSingleValueFlags), reworded with the flag. */
const MISSING_VALUE = /^Not enough arguments following: (.+)$/;

/** A yargs usage message as arb-cli prints it: `--speed needs a value` rather than yargs' wording. */
const toUsageMessage = (message: string): string => {
  const missing = MISSING_VALUE.exec(message);
  return missing === null ? message : `--${missing[1] as string} needs a value`;
};

/**
 * Runs arb-cli with `argv` (without `node` and the script) and the given commands; returns the exit code.
 * Flags are strict: an unknown flag or command, a flag without its value or a single-value flag given twice is
 * `CLI_USAGE_INVALID` with exit code 2 and no stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), createProcessIo(), ALL_COMMANDS);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  let exitCode: number = EXIT.OK;
  let handled = false;
  const parser = yargs([...argv])
    .scriptName("arb-cli")
    .usage("arb-cli <command> [options]\n\nObserve-only arbitrage bot: Coinbase and Gemini against Orca Whirlpools. It never signs or sends an order.")
    .strict()
    .demandCommand(1, "Give a command (see --help).")
    .recommendCommands()
    .exitProcess(false)
    .wrap(Math.min(110, io.stdout.columns ?? 100))
    .version(false)
    .help("help")
    .alias("help", "h")
    .epilogue("Exit codes: 0 success, 1 runtime failure, 2 usage or input error. Docs: docs/cli.md")
    .fail((message: string | undefined, error: Error | undefined) => {
      if (error !== undefined && !MISSING_VALUE.test(error.message)) throw error;
      const text = toUsageMessage(message ?? error?.message ?? "invalid command line");
      throw new ArbError("CLI_USAGE_INVALID", text, { argument: argv.join(" "), reason: text }, {
        details: "Run `arb-cli --help` or `arb-cli <command> --help` for the usage.",
      });
    });
  for (const c of commands) {
    parser.command(c.command, c.describe, (y) => enforceSingleValueFlags(c.builder(y), c.command, argv), async (args) => {
      handled = true;
      exitCode = await c.handler(args as unknown as CliArgs, io);
    });
  }
  let helpText = "";
  try {
    await parser.parseAsync([...argv], {}, (_err, _args, output) => {
      helpText = output;
    });
  } catch (error) {
    const { text, exitCode: code } = formatCliError(error);
    io.stderr.write(text);
    return code;
  }
  // --help (and a parse that printed usage) ends without running a handler.
  if (!handled && helpText !== "") io.stdout.write(`${helpText}\n`);
  return exitCode;
}
