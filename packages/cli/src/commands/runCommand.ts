import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createRecordingWriter, type RecordingWriter } from "@arbkit/connectors";
import { createLiveClock, TestClock, type Clock } from "@arbkit/core";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { getRuntimeSecrets } from "../config/RuntimeSecrets";
import { resolveConfig } from "../config/resolveConfig";
import { createJournal, type Journal } from "../journal/createJournal";
import { countRecordingLines } from "../pipeline/countRecordingLines";
import { createBotSession } from "../pipeline/createBotSession";
import { bindRunLogger, createRunLogger } from "../pipeline/createRunLogger";
import { formatRunSummary, getRunSummary } from "../pipeline/formatRunSummary";
import { getFailedEndReason } from "../pipeline/getFailedEndReason";
import { getStatusSnapshot } from "../pipeline/getStatusSnapshot";
import { peekRecordingStart } from "../pipeline/peekRecordingStart";
import { replaySession } from "../pipeline/replaySession";
import { startSessionServer } from "../pipeline/startSessionServer";
import { getBookDepthStatus } from "../server/getBookDepthStatus";
import { createTerminalView } from "../view/createTerminalView";
import { getConfigOverrides, getPositiveNumber, withConfigOptions } from "./runOptions";

/**
 * `arb-cli run`: the observe-only bot. Live against the configured venues by default; `--replay FILE` drives the
 * identical pipeline from a recording (`--speed N` paces it, default as fast as possible). A TTY gets a
 * refreshing view, anything else pino JSON lines. Journal, ops server, graceful SIGINT/SIGTERM, `--duration`.
 */
export const runCommand: CliCommand = {
  command: "run",
  describe: "Run the observe-only bot (live by default; --replay FILE for a recording)",
  builder: (y) =>
    withConfigOptions(y)
      .option("replay", { type: "string", describe: "Replay this recording instead of connecting live" })
      .option("speed", { type: "number", describe: "Replay pacing: 1 = real time, 10 = ten times faster (default: as fast as possible)" })
      .option("duration", { type: "number", describe: "Stop after this many seconds (wall clock)" })
      .option("journal", { type: "string", describe: "Journal database (overrides journal.path); --no-journal writes none" })
      .option("host", { type: "string", describe: "Ops server bind address (overrides server.host)" })
      .option("port", { type: "number", describe: "Ops server port, 0 = any free port (overrides server.port)" })
      .option("server", { type: "boolean", default: true, describe: "Start the ops server (--no-server: do not)" })
      .option("record", { type: "string", describe: "Also record every raw frame to this file (live only)" })
      .option("default-venue", { type: "string", describe: "Venue of recording lines without one (e.g. the shared fixtures)" })
      .option("view", { choices: ["auto", "tty", "logs"], default: "auto", describe: "Terminal view or JSON logs (auto: view on a TTY)" }),
  async handler(args, io) {
    const config = resolveConfig(typeof args.config === "string" ? resolve(io.cwd, args.config) : undefined, getConfigOverrides(args));
    const secrets = getRuntimeSecrets(io.env);
    const speed = getPositiveNumber(args, "speed", "speed");
    const duration = getPositiveNumber(args, "duration", "duration");
    const replayFile = typeof args.replay === "string" ? resolve(io.cwd, args.replay) : undefined;
    const defaultVenue = typeof args.defaultVenue === "string" ? args.defaultVenue : undefined;
    const wall = createLiveClock();
    const replayClock = replayFile === undefined ? undefined : new TestClock(await peekRecordingStart(replayFile, defaultVenue));
    // Counted before the journal opens: a file that cannot be read to its end (truncated gzip) is refused
    // with the journal untouched.
    const replayTotal = replayFile === undefined ? 1 : Math.max(1, await countRecordingLines(replayFile));
    const clock: Clock = replayClock ?? createLiveClock();
    const tty = args.view === "tty" || (args.view === "auto" && io.stdout.isTTY === true);
    const log = createRunLogger(tty ? io.stderr : io.stdout, config.log.level);
    const mode = replayFile === undefined ? "live" : "replay";
    const journal: Journal | undefined =
      args.journal === false
        ? undefined
        : createJournal({ path: resolve(io.cwd, config.journal.path), synchronous: config.journal.synchronous }, { startedAt: clock.now(), mode, source: replayFile ?? "live" });
    const recorder: RecordingWriter | undefined =
      replayFile === undefined && typeof args.record === "string"
        ? createRecordingWriter({ path: resolve(io.cwd, args.record), header: { $arbkit: "recording/1", startedAt: clock.now() / 1000, venues: ["coinbase", "gemini", "orca"], source: "arb-cli run --record" } })
        : undefined;
    const session = createBotSession({
      config,
      secrets,
      clock,
      ...(journal === undefined ? {} : { journal }),
      ...(recorder === undefined ? {} : { recorder }),
      monotonicSeconds: () => performance.now() / 1000,
      onVenueError: (e) => log.warn({ event: "venueError", venue: e.venue, code: e.error.code, message: e.error.shortMessage }, "venue error"),
    });
    const unbindLog = tty ? () => undefined : bindRunLogger(log, session);
    let progress: number | undefined;
    const status = () => ({
      ...getStatusSnapshot(session, { mode, source: replayFile ?? "live", journal: journal === undefined ? undefined : { path: journal.path, pending: journal.pending }, progress }),
      // The ten best levels of each CEX book: enough to compare with a venue's own page (and the chaos suite's reference).
      books: getBookDepthStatus([session.connectors.coinbase, session.connectors.gemini], 10),
    });
    const flush = (): void => {
      if (journal === undefined) return;
      try {
        const n = journal.flush();
        if (n > 0) session.metrics.journalCommits.inc();
      } catch (error) {
        session.metrics.journalErrors.inc();
        log.error({ event: "journalError", error: String(error) }, "journal commit failed");
      }
      session.metrics.journalPending.set(journal.pending);
    };
    const cancelFlush = wall.setInterval(flush, 200);
    const stop = new AbortController();
    let stopping = false;
    const server =
      args.server === false
        ? undefined
        : await startSessionServer({ session, journal, controlToken: secrets.controlToken, wall, status, stopping: () => stopping });
    if (server !== undefined) log.info({ event: "listening", url: server.url }, `ops server listening on ${server.url}`);
    if (tty && server !== undefined) io.stderr.write(`ops server: ${server.url}/status  ${server.url}/metrics\n`);
    const view = tty ? createTerminalView(io.stdout, wall, status) : undefined;
    const offSignal = io.onStopSignal((signal) => {
      log.info({ event: "signal", signal }, `received ${signal}, shutting down`);
      stop.abort();
    });
    const cancelDuration = duration === undefined ? () => undefined : wall.setTimeout(() => stop.abort(), duration * 1000);
    const startedWall = performance.now();
    const startedMarket = clock.now();
    let frames = 0;
    let endReason = "completed";
    try {
      if (replayFile !== undefined && replayClock !== undefined) {
        const result = await replaySession({
          session,
          clock: replayClock,
          file: replayFile,
          ...(speed === undefined ? {} : { speed }),
          ...(defaultVenue === undefined ? {} : { defaultVenue }),
          signal: stop.signal,
          onFrame: (n) => {
            frames = n;
            if (n % 100 === 0) {
              progress = Math.min(1, n / replayTotal);
              session.metrics.replayProgress.set(progress);
            }
          },
        });
        frames = result.frames + result.outbound;
        progress = stop.signal.aborted ? progress : 1;
        session.metrics.replayProgress.set(progress ?? 0);
        if (stop.signal.aborted) endReason = "stopped";
      } else {
        session.connectors.start();
        log.info({ event: "start", mode: "live", venues: session.connectors.sinks.map((s) => s.venue) }, "connecting to the venues (observe-only)");
        await new Promise<void>((done) => stop.signal.addEventListener("abort", () => done(), { once: true }));
        endReason = "stopped";
      }
    } catch (error) {
      // The run ends by the error (rethrown below, exit code from it); the journal must not call it completed.
      endReason = getFailedEndReason(error);
      throw error;
    } finally {
      stopping = true;
      offSignal();
      cancelDuration();
      view?.stop();
      await session.stop();
      cancelFlush();
      flush();
      journal?.close(clock.now(), endReason);
      await recorder?.close();
      await server?.close();
      unbindLog();
    }
    const summary = getRunSummary(session.stats, frames, (clock.now() - startedMarket) / 1000, (performance.now() - startedWall) / 1000);
    if (tty) io.stdout.write(`\n${formatRunSummary(summary)}`);
    else log.info({ event: "summary", endReason, ...summary }, "run finished");
    log.flush();
    return EXIT.OK;
  },
};
