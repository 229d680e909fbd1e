import { readRecording, replayRecording, type RecordedFrame, type ReplayResult } from "@arbkit/connectors";
import { ArbError, type TestClock } from "@arbkit/core";
import type { BotSession } from "./createBotSession";

/** Options for {@link replaySession}. */
export interface ReplaySessionOptions {
  readonly session: BotSession;
  readonly clock: TestClock;
  readonly file: string;
  /** Real-time pacing factor; undefined = as fast as possible. */
  readonly speed?: number;
  /** Venue for recording lines without one (the shared fixtures). */
  readonly defaultVenue?: string;
  /** Stops the replay at the next frame. */
  readonly signal?: AbortSignal;
  /** Called after each frame with the frame count so far. */
  readonly onFrame?: (frames: number, frame: RecordedFrame) => void;
}

/** Every venue arb-cli has a connector for; frames of any other venue are not arb-cli's to replay. */
const KNOWN_VENUES: readonly string[] = Object.freeze(["coinbase", "gemini", "orca"]);

/**
 * Drives a session from a recording through the library's `replayRecording` (same parsers and books as
 * live), stopping early when `signal` aborts. Frames of a known venue the configuration leaves out (disabled,
 * or no pair uses it) are skipped; frames of a venue arb-cli does not know are an error, not skipped, since a
 * misspelled venue or another tool's recording would otherwise replay as if that venue were silent.
 *
 * @throws ArbError `RECORDING_INVALID` naming the file, the frame number (`context.line`, counting frames as
 * `replayRecording` does) and the venue for a frame of an unknown venue; any error of `readRecording`.
 */
export async function replaySession(options: ReplaySessionOptions): Promise<ReplayResult> {
  const venues = new Set(options.session.connectors.sinks.map((s) => s.venue));
  const source = readRecording(options.file, options.defaultVenue === undefined ? {} : { defaultVenue: options.defaultVenue });
  let count = 0;
  async function* frames(): AsyncGenerator<RecordedFrame> {
    for await (const frame of source) {
      if (options.signal?.aborted === true) return;
      count++;
      if (!KNOWN_VENUES.includes(frame.venue)) {
        throw new ArbError("RECORDING_INVALID", `${options.file}: frame ${count} is for unknown venue ${JSON.stringify(frame.venue)}`, {
          file: options.file,
          line: count,
          reason: `unknown venue ${frame.venue} (arb-cli replays ${KNOWN_VENUES.join(", ")})`,
        });
      }
      if (venues.has(frame.venue)) yield frame;
      options.onFrame?.(count, frame);
    }
  }
  return replayRecording({
    frames: frames(),
    clock: options.clock,
    sinks: options.session.connectors.sinks,
    source: options.file,
    ...(options.speed === undefined ? {} : { speed: options.speed }),
  });
}
