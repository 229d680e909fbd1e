import { createWriteStream, type WriteStream } from "node:fs";
import { createGzip, type Gzip } from "node:zlib";
import { ArbError } from "@arbkit/core";
import type { RecordedFrame, RecordingHeader } from "./RecordedFrame";

/** Options for {@link createRecordingWriter}. */
export interface RecordingWriterOptions {
  /** File to create (truncated if it exists). */
  readonly path: string;
  /** Compress with gzip. @default true when `path` ends in `.gz` */
  readonly gzip?: boolean;
  /** Header line to write first. @default none */
  readonly header?: RecordingHeader;
}

/** Writes a recording, one {@link RecordedFrame} per line. */
export interface RecordingWriter {
  /** Appends a frame (buffered). */
  write(frame: RecordedFrame): void;
  /** Frames written so far. */
  readonly frames: number;
  /** Uncompressed bytes written so far. */
  readonly bytes: number;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/**
 * Creates a {@link RecordingWriter}. Lines are `JSON.stringify` of the frame object, so the frame text is
 * kept verbatim (escaped inside a JSON string).
 *
 * @throws ArbError `RECORDING_INVALID` from `close()` when the file could not be written.
 * @example
 * ```ts
 * const rec = createRecordingWriter({ path: "session.jsonl.gz" });
 * rec.write({ recvTs: 1754773548.48, venue: "coinbase", conn: "c1", frame: raw });
 * await rec.close();
 * ```
 */
export function createRecordingWriter(options: RecordingWriterOptions): RecordingWriter {
  const file: WriteStream = createWriteStream(options.path);
  const gzip = options.gzip ?? options.path.endsWith(".gz");
  const gz: Gzip | undefined = gzip ? createGzip() : undefined;
  if (gz !== undefined) gz.pipe(file);
  const out = gz ?? file;
  let failure: unknown;
  out.on("error", (e: Error) => (failure ??= e));
  file.on("error", (e) => (failure ??= e));
  let frames = 0;
  let bytes = 0;
  let closed = false;
  const put = (line: string): void => {
    bytes += Buffer.byteLength(line) + 1;
    out.write(`${line}\n`);
  };
  if (options.header !== undefined) put(JSON.stringify(options.header));
  return {
    write(frame: RecordedFrame): void {
      if (closed) {
        throw new ArbError("STATE_INVALID", "Recording writer is closed", { component: "RecordingWriter", state: "closed", action: "write" });
      }
      put(JSON.stringify(frame.dir === undefined ? { recvTs: frame.recvTs, venue: frame.venue, conn: frame.conn, frame: frame.frame } : frame));
      frames++;
    },
    get frames() {
      return frames;
    },
    get bytes() {
      return bytes;
    },
    close(): Promise<void> {
      if (closed) return Promise.resolve();
      closed = true;
      return new Promise<void>((resolve, reject) => {
        file.once("close", () => {
          if (failure === undefined) resolve();
          else reject(new ArbError("RECORDING_INVALID", `${options.path}: write failed`, { file: options.path, line: frames, reason: String(failure) }, { cause: failure }));
        });
        out.end();
      });
    },
  };
}
