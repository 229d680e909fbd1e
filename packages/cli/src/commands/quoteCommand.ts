import { resolve } from "node:path";
import { readRecording, replayRecording, type RecordedFrame } from "@arbkit/connectors";
import { ArbError, createEventBus, createLiveClock, isDecimalString, TestClock, type Clock, type MarketEvents } from "@arbkit/core";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { parseDateFlag } from "../cli/parseDateFlag";
import { getRuntimeSecrets } from "../config/RuntimeSecrets";
import { resolveConfig } from "../config/resolveConfig";
import { createMarketConnectors } from "../pipeline/createMarketConnectors";
import { createQuoteEngine, type SizeQuote } from "../pipeline/createQuoteEngine";
import { peekRecordingStart } from "../pipeline/peekRecordingStart";
import { formatTable } from "../report/formatTable";
import { getConfigOverrides, getPositiveNumber, withConfigOptions } from "./runOptions";

const row = (q: SizeQuote) => {
  const op = q.opportunity;
  const best = q.evaluation.best;
  return {
    pair: q.evaluation.pair,
    venue: q.evaluation.venue,
    direction: q.evaluation.direction,
    outcome: q.evaluation.outcome,
    // The evaluated size's exact numbers, below zero too; null only when the size could not be evaluated.
    netEdgeBps: (op?.edgeBps ?? best?.edgeBps)?.toFixed(2) ?? null,
    netPnlUsd: (op?.netPnl ?? best?.netPnl)?.toFixed() ?? null,
    cexPrice: op?.cexLeg.expectedPrice.toFixed(6) ?? null,
    poolPrice: op?.poolLeg.expectedPrice.toFixed(6) ?? null,
    cexFeeUsd: op?.costs.cexFee.toFixed() ?? null,
    networkFeeUsd: op?.costs.networkFee.toFixed() ?? null,
  };
};

/**
 * `arb-cli quote --size N`: the net edge both directions for every CEX venue at one size, from the engines'
 * own signal engine (every cost included). Live (waits for data, `--wait` seconds) or at a point of a recording
 * (`--replay FILE --at TIME`). Every direction shows its exact net edge and PnL at the size, below zero too
 * (with the engine's outcome, e.g. `unprofitable`); only a size that cannot be evaluated (`noCapacity`: book
 * depth, pool liquidity or the notional cap; or missing, stale or non-live data) shows no number. The CEX and
 * pool prices and the fee breakdown are shown for a non-negative edge.
 */
export const quoteCommand: CliCommand = {
  command: "quote",
  describe: "Net edge both directions at a given size, live or at a point of a recording",
  builder: (y) =>
    withConfigOptions(y)
      .option("size", { type: "string", demandOption: true, describe: "Trade size in base units (e.g. SOL), exact decimal" })
      .option("replay", { type: "string", describe: "Quote at a point of this recording instead of live" })
      .option("at", { type: "string", describe: "With --replay: a time (ISO, Unix ms) or +SECONDS from the start (default: the end)" })
      .option("wait", { type: "number", default: 15, describe: "Live: seconds to collect data before quoting" })
      .option("default-venue", { type: "string", describe: "Venue of recording lines without one" })
      .option("json", { type: "boolean", default: false, describe: "Print JSON" }),
  async handler(args, io) {
    const size = String(args.size);
    if (!isDecimalString(size) || !/[1-9]/.test(size) || size.startsWith("-")) {
      throw new ArbError("CLI_USAGE_INVALID", `--size ${JSON.stringify(size)} is not a positive decimal`, { argument: "--size", reason: "expected e.g. 10 or 2.5" });
    }
    const config = resolveConfig(typeof args.config === "string" ? resolve(io.cwd, args.config) : undefined, getConfigOverrides(args));
    const replay = typeof args.replay === "string" ? resolve(io.cwd, args.replay) : undefined;
    const defaultVenue = typeof args.defaultVenue === "string" ? args.defaultVenue : undefined;
    const start = replay === undefined ? undefined : await peekRecordingStart(replay, defaultVenue);
    const clock: Clock = start === undefined ? createLiveClock() : new TestClock(start);
    const at =
      start === undefined || args.at === undefined
        ? undefined
        : String(args.at).startsWith("+")
          ? start + (getPositiveNumber({ _: [], at: Number(String(args.at).slice(1)) }, "at", "at") ?? 0) * 1000
          : parseDateFlag("at", args.at);
    const bus = createEventBus<MarketEvents>();
    const connectors = createMarketConnectors({ config, secrets: getRuntimeSecrets(io.env), bus, clock });
    const engine = createQuoteEngine(config, size, clock, bus);
    if (replay !== undefined && clock instanceof TestClock) {
      async function* until(): AsyncGenerator<RecordedFrame> {
        for await (const f of readRecording(replay as string, defaultVenue === undefined ? {} : { defaultVenue })) {
          if (at !== undefined && f.recvTs * 1000 > at) return;
          if (connectors.sinks.some((s) => s.venue === f.venue)) yield f;
        }
      }
      await replayRecording({ frames: until(), clock, sinks: connectors.sinks, source: replay });
    } else {
      connectors.start();
      await new Promise<void>((done) => clock.setTimeout(done, (getPositiveNumber(args, "wait", "wait") ?? 15) * 1000));
    }
    const quotes = engine.quote().map(row);
    engine.stop();
    await connectors.stop();
    const when = new Date(clock.now()).toISOString();
    if (args.json === true) io.stdout.write(`${JSON.stringify({ size, at: when, quotes })}\n`);
    else {
      io.stdout.write(`Quote for ${size} base units at ${when}${replay === undefined ? " (live)" : ` (${replay})`}\n`);
      io.stdout.write(
        `${formatTable(
          ["venue", "direction", "outcome", "net edge bps", "net PnL USD", "CEX price", "pool price", "CEX fee", "network fee"],
          quotes.map((q) => [q.venue, q.direction, q.outcome, q.netEdgeBps, q.netPnlUsd, q.cexPrice, q.poolPrice, q.cexFeeUsd, q.networkFeeUsd]),
        )}\n`,
      );
    }
    return EXIT.OK;
  },
};
