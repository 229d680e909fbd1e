/**
 * One line of a recording: a raw frame exactly as it crossed the wire, with its receive time.
 *
 * The shape is that of the shared `.recv.jsonl.gz` fixtures (`{recvTs, conn, frame}`) plus the venue,
 * so fixtures replay as recordings. On disk: one JSON object per line, UTF-8, optionally gzip-compressed
 * (`.gz`), optionally preceded by a {@link RecordingHeader} line.
 */
export interface RecordedFrame {
  /** Receive time (inbound) or send time (outbound), in Unix **seconds** with a fraction (µs precision). */
  readonly recvTs: number;
  /** The venue whose connector owns the connection, e.g. `coinbase`, `gemini`, `orca`. */
  readonly venue: string;
  /** Connection id: frames of one socket (or one RPC endpoint session) share it; a reconnect gets a new one. */
  readonly conn: string;
  /** The frame text, verbatim (a WebSocket text message, or a JSON-RPC HTTP response body). */
  readonly frame: string;
  /**
   * `in` for frames received (the default when absent), `out` for frames we sent (subscribe requests,
   * JSON-RPC requests). Replay feeds only `in` frames to parsers; `out` frames document the session.
   */
  readonly dir?: "in" | "out";
}

/** The optional first line of a recording written by arbkit. */
export interface RecordingHeader {
  /** Format marker and version. */
  readonly $arbkit: "recording/1";
  /** When the recording started, in Unix seconds. */
  readonly startedAt: number;
  /** Venues present (informative). */
  readonly venues: readonly string[];
  /** Free-form provenance, e.g. `"synthetic scenario generator, seed 42"`. */
  readonly source?: string;
}
