import { basename, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { TestClock } from "@arbkit/core";
import cliProgress from "cli-progress";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { resolveOutputPath } from "../cli/resolveOutputPath";
import { writeOutputFile } from "../cli/writeOutputFile";
import { getRuntimeSecrets } from "../config/RuntimeSecrets";
import { resolveConfig } from "../config/resolveConfig";
import { createJournal, type Journal } from "../journal/createJournal";
import { countRecordingLines } from "../pipeline/countRecordingLines";
import { createBotSession } from "../pipeline/createBotSession";
import { formatRunSummary, getRunSummary } from "../pipeline/formatRunSummary";
import { getFailedEndReason } from "../pipeline/getFailedEndReason";
import { peekRecordingStart } from "../pipeline/peekRecordingStart";
import { replaySession } from "../pipeline/replaySession";
import { renderHtmlReport } from "../report/renderHtmlReport";
import { getConfigOverrides, withConfigOptions } from "./runOptions";

/** Wall-time interval of journal commits during a backtest (ms), the same as `run`'s. */
const JOURNAL_FLUSH_MS = 200;

/**
 * `arb-cli backtest <file>`: the same pipeline as `run --replay`, as fast as possible, with a progress bar on a
 * terminal, then a summary (text or `--json`) and optionally a self-contained HTML report (`--report`).
 */
export const backtestCommand: CliCommand = {
  command: "backtest <file>",
  describe: "Backtest over a recording as fast as possible; summary, --json, --report out.html",
  builder: (y) =>
    withConfigOptions(y)
      .positional("file", { type: "string", describe: "Recording (.jsonl or .jsonl.gz)" })
      .option("report", { type: "string", describe: "Write a self-contained HTML report with charts" })
      .option("json", { type: "boolean", default: false, describe: "Print the summary as JSON" })
      .option("journal", { type: "string", describe: "Also journal the backtest to this database" })
      .option("default-venue", { type: "string", describe: "Venue of recording lines without one (e.g. the shared fixtures)" }),
  async handler(args, io) {
    const file = resolve(io.cwd, String(args.file));
    // Checked before the backtest: a long run must not end in a write to a directory that does not exist.
    const reportPath = typeof args.report === "string" ? resolveOutputPath(io.cwd, args.report, "--report") : undefined;
    const config = resolveConfig(typeof args.config === "string" ? resolve(io.cwd, args.config) : undefined, { ...getConfigOverrides(args), journal: undefined });
    const defaultVenue = typeof args.defaultVenue === "string" ? args.defaultVenue : undefined;
    const clock = new TestClock(await peekRecordingStart(file, defaultVenue));
    const showBar = io.stderr.isTTY === true && args.json !== true;
    // The bar's total, counted before the journal opens (as in `run`): a truncated gzip is refused with the journal untouched.
    const barTotal = showBar ? await countRecordingLines(file) : 0;
    const journal: Journal | undefined =
      typeof args.journal === "string" ? createJournal({ path: resolve(io.cwd, args.journal), synchronous: config.journal.synchronous }, { startedAt: clock.now(), mode: "backtest", source: file }) : undefined;
    const session = createBotSession({
      config,
      secrets: getRuntimeSecrets(io.env),
      clock,
      ...(journal === undefined ? {} : { journal }),
      processMetrics: false,
      monotonicSeconds: () => performance.now() / 1000,
    });
    const bar = showBar
      ? new cliProgress.SingleBar({ format: "backtest |{bar}| {percentage}% {value}/{total} frames, {opps} opportunities, {trades} trades", stream: io.stderr as NodeJS.WritableStream, hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
    if (bar !== undefined) bar.start(barTotal, 0, { opps: 0, trades: 0 });
    const startedWall = performance.now();
    const startedMarket = clock.now();
    let frames = 0;
    let lastFlush = startedWall;
    let endReason = "completed";
    try {
      const result = await replaySession({
        session,
        clock,
        file,
        ...(defaultVenue === undefined ? {} : { defaultVenue }),
        onFrame: (n) => {
          if (bar !== undefined && n % 200 === 0) bar.update(n, { opps: session.stats.opportunities, trades: session.stats.trades });
          // Committed every 200 ms of wall time, as `run` does (see the journal's acknowledgement rule): a
          // commit syncs the write-ahead log, so committing per frame count would cost a sync every few ms.
          if (journal !== undefined && n % 100 === 0 && performance.now() - lastFlush >= JOURNAL_FLUSH_MS) {
            journal.flush();
            lastFlush = performance.now();
          }
        },
      });
      frames = result.frames + result.outbound;
      bar?.update(frames, { opps: session.stats.opportunities, trades: session.stats.trades });
    } catch (error) {
      // As in `run`: a backtest cut short by a bad line is journaled as failed, never completed.
      endReason = getFailedEndReason(error);
      throw error;
    } finally {
      bar?.stop();
      await session.stop();
      journal?.close(clock.now(), endReason);
    }
    const summary = getRunSummary(session.stats, frames, (clock.now() - startedMarket) / 1000, (performance.now() - startedWall) / 1000);
    if (reportPath !== undefined) {
      writeOutputFile(
        reportPath,
        renderHtmlReport({
          title: `arb-cli backtest — ${basename(file)}`,
          source: `${file} · min net edge ${config.signal.minNetEdgeBps} bps · max position $${config.risk.maxPositionUsd}`,
          summary,
          pnl: session.stats.pnlSeries,
          edges: session.stats.edgeSeries,
          inventory: session.stats.inventorySeries,
        }),
        "--report",
      );
      io.stderr.write(`Wrote report ${reportPath}\n`);
    }
    io.stdout.write(args.json === true ? `${JSON.stringify(summary)}\n` : formatRunSummary(summary));
    return EXIT.OK;
  },
};
