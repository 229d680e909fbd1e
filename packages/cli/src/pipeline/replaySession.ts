import { readRecording, replayRecording, type RecordedFrame, type ReplayResult } from "@arbkit/connectors";
import type { TestClock } from "@arbkit/core";
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

/**
 * Drives a session from a recording through the library's `replayRecording` (same parsers and books as
 * live), stopping early when `signal` aborts. Frames for venues the session does not watch are skipped.
 */
export async function replaySession(options: ReplaySessionOptions): Promise<ReplayResult> {
  const venues = new Set(options.session.connectors.sinks.map((s) => s.venue));
  const source = readRecording(options.file, options.defaultVenue === undefined ? {} : { defaultVenue: options.defaultVenue });
  let count = 0;
  async function* frames(): AsyncGenerator<RecordedFrame> {
    for await (const frame of source) {
      if (options.signal?.aborted === true) return;
      count++;
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
