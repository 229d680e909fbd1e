import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { createJournalReader } from "../journal/createJournalReader";
import { JOURNAL_KINDS } from "../journal/JournalRecords";
import { formatTable } from "../report/formatTable";
import { summarizeJournal } from "../report/summarizeJournal";
import { getJournalRange, withJournalRangeOptions } from "./journalRangeOptions";

const iso = (ms: number | null | undefined): string => (ms === null || ms === undefined ? "" : new Date(ms).toISOString());

/** `arb-cli report`: runs, record counts, trades, win rate and PnL from the journal, as a table or JSON. */
export const reportCommand: CliCommand = {
  command: "report",
  describe: "Summarize the journal (runs, opportunities, trades, PnL) over a date range",
  builder: (y) => withJournalRangeOptions(y).option("format", { choices: ["table", "json"], default: "table", describe: "Output format" }),
  async handler(args, io) {
    const { path, range } = getJournalRange(args, io);
    const reader = createJournalReader(path);
    try {
      const summary = summarizeJournal(reader, range);
      const runs = reader.runs().filter((r) => range.runId === undefined || r.id === range.runId);
      if (args.format === "json") {
        io.stdout.write(`${JSON.stringify({ journal: path, range, runs, summary }, null, 2)}\n`);
        return EXIT.OK;
      }
      io.stdout.write(`Journal ${path}\n\nRuns\n`);
      io.stdout.write(`${formatTable(["run", "mode", "source", "started", "ended", "end"], runs.map((r) => [r.id, r.mode, r.source, iso(r.started_at), iso(r.ended_at), r.end_reason]))}\n\n`);
      io.stdout.write(`Records ${range.from === undefined ? "" : `from ${iso(range.from)} `}${range.to === undefined ? "" : `to ${iso(range.to)}`}\n`);
      io.stdout.write(`${formatTable(["kind", "count"], JOURNAL_KINDS.map((k) => [k, summary.counts[k]]))}\n\n`);
      io.stdout.write(
        `${formatTable(
          ["trades", "wins", "win rate", "expected PnL (USD)", "realized PnL (USD)", "fees (USD)", "risk denials", "leg failures"],
          [[summary.trades, summary.wins, `${(summary.winRate * 100).toFixed(1)}%`, summary.expectedPnl, summary.realizedPnl, summary.fees, summary.riskDenials, summary.legFailures]],
        )}\n`,
      );
      return EXIT.OK;
    } finally {
      reader.close();
    }
  },
};
