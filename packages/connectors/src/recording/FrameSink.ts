import type { RecordedFrame } from "./RecordedFrame";

/**
 * Where raw inbound frames enter a connector's parsing code. A live connector feeds its socket's messages
 * here; the replay source feeds recorded frames here. Both paths run the same code, so a backtest cannot
 * diverge from a live run.
 */
export interface FrameSink {
  /** The venue whose frames this sink takes (matches {@link RecordedFrame.venue}). */
  readonly venue: string;
  /**
   * Handles one inbound frame. The injected clock already reads the frame's receive time.
   * Never throws for bad frames: they are counted and published as error events.
   */
  ingest(frame: RecordedFrame): void;
}
