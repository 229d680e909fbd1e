import { resolve } from "node:path";
import type { Argv } from "yargs";
import type { CliArgs } from "../cli/CliCommand";
import type { CliIo } from "../cli/CliIo";
import { parseDateFlag } from "../cli/parseDateFlag";
import type { JournalRange } from "../journal/createJournalReader";

/** Adds `--journal`, `--from`, `--to` and `--run` (shared by `report` and `export`). */
export function withJournalRangeOptions(y: Argv): Argv {
  return y
    .option("journal", { type: "string", default: "arbkit-journal.sqlite", describe: "Journal database" })
    .option("from", { type: "string", describe: "Start (inclusive): YYYY-MM-DD, ISO date-time or Unix ms" })
    .option("to", { type: "string", describe: "End (exclusive): YYYY-MM-DD, ISO date-time or Unix ms" })
    .option("run", { type: "number", describe: "Only this run id" });
}

/** Reads the journal path and range from parsed arguments. */
export function getJournalRange(args: CliArgs, io: CliIo): { readonly path: string; readonly range: JournalRange } {
  return {
    path: resolve(io.cwd, String(args.journal)),
    range: {
      ...(args.from === undefined ? {} : { from: parseDateFlag("from", args.from) }),
      ...(args.to === undefined ? {} : { to: parseDateFlag("to", args.to) }),
      ...(args.run === undefined ? {} : { runId: Number(args.run) }),
    },
  };
}
