import type { RecordedFrame } from "./RecordedFrame";

/**
 * Where a connector writes every raw frame it receives (`dir` absent) and sends (`dir: "out"`). A
 * {@link RecordingWriter} is one; an array-backed recorder serves tests.
 */
export interface FrameRecorder {
  /** Appends one frame; must not throw for a healthy recorder. */
  write(frame: RecordedFrame): void;
}
