import { ArbError, createLiveClock } from "@arbkit/core";
import type { TestClock } from "@arbkit/core";
import type { FrameSink } from "./FrameSink";
import type { RecordedFrame } from "./RecordedFrame";

/** Options for {@link replayRecording}. */
export interface ReplayRecordingOptions {
  /** The frames, in receive order (e.g. {@link readRecording}'s output, or an array). */
  readonly frames: AsyncIterable<RecordedFrame> | Iterable<RecordedFrame>;
  /** The clock every sink's connector was built with; it is advanced to each frame's receive time. */
  readonly clock: TestClock;
  /** One sink per venue; a frame goes to the sink whose `venue` matches. */
  readonly sinks: readonly FrameSink[];
  /**
   * Pacing: `undefined` (default) replays as fast as possible; `n > 0` waits (in real time) the recorded gap
   * between frames divided by `n` (1 = real time, 10 = ten times faster).
   */
  readonly speed?: number;
  /** Real-time wait used when pacing. @default a live-clock timer */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Name of the recording in error messages. @default "replay" */
  readonly source?: string;
}

/** What a replay did. */
export interface ReplayResult {
  /** Inbound frames fed to sinks. */
  readonly frames: number;
  /** Outbound (`dir: "out"`) frames skipped: they document what was sent, the sinks do not read them. */
  readonly outbound: number;
  /** Receive time of the first and last frame fed (Unix s), or `undefined` when none was. */
  readonly firstTs: number | undefined;
  /** See {@link ReplayResult.firstTs}. */
  readonly lastTs: number | undefined;
}

/**
 * Drives connectors from a recording: for each inbound frame, advances the test clock to its receive time
 * (`recvTs × 1000`, firing any timers due on the way: staleness, heartbeat timeouts) and hands it to the sink
 * of its venue, i.e. the very parsing and book code a live connection runs. A receive time earlier than the
 * clock (unordered recordings) does not move the clock back.
 *
 * @throws ArbError `RECORDING_INVALID` naming the frame number and venue when no sink takes the venue, or
 * `ARGUMENT_INVALID` for a non-positive speed.
 * @example
 * ```ts
 * const clock = new TestClock();
 * const gemini = createGeminiConnector({ bus, clock, symbols: ["SOLUSD"] });
 * await replayRecording({ frames: readRecording(path, { defaultVenue: "gemini" }), clock, sinks: [gemini.sink] });
 * ```
 */
export async function replayRecording(options: ReplayRecordingOptions): Promise<ReplayResult> {
  const { clock, speed } = options;
  if (speed !== undefined && !(speed > 0)) {
    throw new ArbError("ARGUMENT_INVALID", `Replay speed ${speed} is invalid`, { name: "speed", value: speed, reason: "must be > 0" });
  }
  const source = options.source ?? "replay";
  const sinks = new Map(options.sinks.map((s) => [s.venue, s]));
  const sleep = options.sleep ?? defaultSleep();
  let index = 0;
  let frames = 0;
  let outbound = 0;
  let firstTs: number | undefined;
  let lastTs: number | undefined;
  // The sink of an inbound frame, or undefined for an outbound one (counted, skipped).
  const sinkOf = (frame: RecordedFrame): FrameSink | undefined => {
    index++;
    if (frame.dir === "out") {
      outbound++;
      return undefined;
    }
    const sink = sinks.get(frame.venue);
    if (sink === undefined) {
      throw new ArbError("RECORDING_INVALID", `${source}: frame ${index} is for venue ${JSON.stringify(frame.venue)}, which has no sink`, {
        file: source,
        line: index,
        reason: `no sink for venue ${frame.venue} (have: ${[...sinks.keys()].join(", ") || "none"})`,
      });
    }
    return sink;
  };
  const deliver = (frame: RecordedFrame, sink: FrameSink): void => {
    const at = frame.recvTs * 1000;
    if (at > clock.now()) clock.advanceTo(at);
    sink.ingest(frame);
    frames++;
    firstTs ??= frame.recvTs;
    lastTs = frame.recvTs;
  };
  const input = options.frames;
  if (speed === undefined && Symbol.iterator in input) {
    // An array or a synchronous generator replayed as fast as possible: a plain loop. `for await` would wrap
    // every frame in a promise and a microtask turn, a fixed cost per frame as large as a small frame's parsing.
    for (const frame of input) {
      const sink = sinkOf(frame);
      if (sink !== undefined) deliver(frame, sink);
    }
  } else {
    for await (const frame of input) {
      const sink = sinkOf(frame);
      if (sink === undefined) continue;
      if (speed !== undefined && lastTs !== undefined && frame.recvTs > lastTs) await sleep(((frame.recvTs - lastTs) * 1000) / speed);
      deliver(frame, sink);
    }
  }
  return { frames, outbound, firstTs, lastTs };
}

function defaultSleep(): (ms: number) => Promise<void> {
  const live = createLiveClock({ keepAlive: true });
  return (ms) => new Promise<void>((resolve) => live.setTimeout(resolve, Math.max(0, ms)));
}
