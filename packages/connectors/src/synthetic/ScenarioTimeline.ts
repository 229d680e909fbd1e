import type { RecordedFrame } from "../recording/RecordedFrame";

/** One generated frame and its receive time in integer microseconds (exact ordering and formatting). */
export interface TimedFrame {
  readonly us: number;
  readonly frame: RecordedFrame;
}

/** What every venue stream of a scenario shares: the time span and the CEX mid price path. */
export interface ScenarioTimeline {
  /** Start of the scenario, Unix µs. */
  readonly startUs: number;
  /** End of the scenario (exclusive), Unix µs. */
  readonly endUs: number;
  /** The CEX mid price (quote per base) at a time, Unix µs (the path is sampled every 100 ms). */
  midAt(us: number): number;
}

/** Builds a {@link TimedFrame}; `recvTs` is the µs time in Unix seconds. */
export function timedFrame(us: number, venue: string, conn: string, frame: string, dir?: "out"): TimedFrame {
  return { us, frame: { recvTs: us / 1_000_000, venue, conn, frame, ...(dir === undefined ? {} : { dir }) } };
}
