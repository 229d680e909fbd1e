import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { resolveOutputPath } from "../cli/resolveOutputPath";
import { writeOutputFile } from "../cli/writeOutputFile";
import { createJournalReader } from "../journal/createJournalReader";
import { JOURNAL_KINDS, type JournalKind } from "../journal/JournalRecords";
import { formatTable } from "../report/formatTable";
import { toCsv } from "../report/toCsv";
import { getJournalRange, withJournalRangeOptions } from "./journalRangeOptions";

/** `arb-cli export <kind>`: one journal table over a date range as CSV, JSON (one object per line) or a table. */
export const exportCommand: CliCommand = {
  command: "export <kind>",
  describe: "Export journal records (opportunities, trades, …) as CSV, JSON lines or a table",
  builder: (y) =>
    withJournalRangeOptions(y)
      .positional("kind", { choices: [...JOURNAL_KINDS], describe: "Which records" })
      .option("format", { choices: ["csv", "json", "table"], default: "csv", describe: "Output format" })
      .option("out", { type: "string", describe: "Write to this file instead of stdout" }),
  async handler(args, io) {
    const { path, range } = getJournalRange(args, io);
    const out = typeof args.out === "string" ? resolveOutputPath(io.cwd, args.out, "--out") : undefined;
    const kind = args.kind as JournalKind;
    const reader = createJournalReader(path);
    let text: string;
    try {
      const rows = reader.query(kind, range);
      const columns = reader.columns(kind);
      text =
        args.format === "json"
          ? rows.map((r) => `${JSON.stringify(r)}\n`).join("")
          : args.format === "table"
            ? `${formatTable(columns.filter((c) => c !== "data"), rows.map((r) => columns.filter((c) => c !== "data").map((c) => r[c])))}\n`
            : toCsv(columns, rows);
    } finally {
      reader.close();
    }
    if (out !== undefined) {
      writeOutputFile(out, text, "--out");
      io.stderr.write(`Wrote ${out}\n`);
    } else io.stdout.write(text);
    return EXIT.OK;
  },
};
