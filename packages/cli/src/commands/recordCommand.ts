import { resolve } from "node:path";
import { createRecordingWriter, type RecordedFrame } from "@arbkit/connectors";
import { createEventBus, createLiveClock, type MarketEvents } from "@arbkit/core";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { getRuntimeSecrets } from "../config/RuntimeSecrets";
import { resolveConfig } from "../config/resolveConfig";
import { createMarketConnectors } from "../pipeline/createMarketConnectors";
import { getConfigOverrides, getPositiveNumber, withConfigOptions } from "./runOptions";

/**
 * `arb-cli record --out FILE`: connects to the configured venues (the same connectors as `run`) and writes
 * every raw frame, CEX and Solana, to one recording, printing a progress line (frames, bytes, elapsed, per
 * venue) until `--duration` elapses or SIGINT/SIGTERM.
 */
export const recordCommand: CliCommand = {
  command: "record",
  describe: "Record raw frames of the configured venues (CEX and Solana) to one file",
  builder: (y) =>
    withConfigOptions(y)
      .option("out", { type: "string", demandOption: true, describe: "Recording to write (.jsonl or .jsonl.gz)" })
      .option("duration", { type: "number", describe: "Stop after this many seconds" }),
  async handler(args, io) {
    const config = resolveConfig(typeof args.config === "string" ? resolve(io.cwd, args.config) : undefined, getConfigOverrides(args));
    const duration = getPositiveNumber(args, "duration", "duration");
    const clock = createLiveClock();
    const out = resolve(io.cwd, String(args.out));
    const writer = createRecordingWriter({ path: out, header: { $arbkit: "recording/1", startedAt: clock.now() / 1000, venues: ["coinbase", "gemini", "orca"], source: "arb-cli record" } });
    const perVenue = new Map<string, { frames: number; bytes: number }>();
    const recorder = {
      write(frame: RecordedFrame): void {
        writer.write(frame);
        const v = perVenue.get(frame.venue) ?? { frames: 0, bytes: 0 };
        v.frames++;
        v.bytes += frame.frame.length;
        perVenue.set(frame.venue, v);
      },
    };
    const bus = createEventBus<MarketEvents>();
    const connectors = createMarketConnectors({ config, secrets: getRuntimeSecrets(io.env), bus, clock, recorder });
    const started = clock.now();
    const line = (): string =>
      `recording ${((clock.now() - started) / 1000).toFixed(0)} s  ${writer.frames} frames  ${(writer.bytes / 1e6).toFixed(2)} MB  ${[...perVenue].map(([k, v]) => `${k} ${v.frames}/${(v.bytes / 1e3).toFixed(0)} kB`).join("  ")}`;
    const tty = io.stderr.isTTY === true;
    const cancelProgress = clock.setInterval(() => io.stderr.write(tty ? `\r\x1b[2K${line()}` : `${line()}\n`), 1_000);
    const stop = new AbortController();
    const offSignal = io.onStopSignal(() => stop.abort());
    const cancelDuration = duration === undefined ? () => undefined : clock.setTimeout(() => stop.abort(), duration * 1000);
    connectors.start();
    await new Promise<void>((done) => stop.signal.addEventListener("abort", () => done(), { once: true }));
    offSignal();
    cancelDuration();
    cancelProgress();
    await connectors.stop();
    await writer.close();
    io.stderr.write(`${tty ? "\r\x1b[2K" : ""}${line()}\nWrote ${out}\n`);
    return EXIT.OK;
  },
};
