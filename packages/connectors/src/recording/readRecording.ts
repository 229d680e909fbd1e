import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ArbError } from "@arbkit/core";
import { parseRecordingLine } from "./parseRecordingLine";
import type { RecordedFrame, RecordingHeader } from "./RecordedFrame";

/** Options for {@link readRecording}. */
export interface ReadRecordingOptions {
  /** Venue for lines that carry none (the shared fixtures). @default none: such lines are an error */
  readonly defaultVenue?: string;
  /** Accept receive times that go backwards. @default false: a backwards `recvTs` is `RECORDING_INVALID` */
  readonly allowUnordered?: boolean;
  /** Called with the header line when the recording has one. */
  readonly onHeader?: (header: RecordingHeader) => void;
}

/**
 * Streams a recording file (`.jsonl`, or gzip when the name ends in `.gz` or the bytes start with the gzip
 * magic) as validated {@link RecordedFrame}s, in file order, without loading it whole.
 *
 * @throws ArbError `RECORDING_INVALID` (file, line, reason) for unreadable files, corrupt gzip, malformed or
 * truncated lines and receive times going backwards; frames before the bad line have been yielded already.
 * @example
 * ```ts
 * for await (const f of readRecording("session.jsonl.gz")) console.log(f.venue, f.recvTs);
 * ```
 */
export async function* readRecording(path: string, options: ReadRecordingOptions = {}): AsyncGenerator<RecordedFrame> {
  const fileStream = createReadStream(path);
  const firstBytes = await new Promise<Buffer>((resolve, reject) => {
    fileStream.once("readable", () => {
      const chunk = fileStream.read(2) as Buffer | null;
      if (chunk !== null) fileStream.unshift(chunk);
      resolve(chunk ?? Buffer.alloc(0));
    });
    fileStream.once("error", reject);
  }).catch((error: unknown) => {
    throw new ArbError("RECORDING_INVALID", `${path}: cannot read the file`, { file: path, line: 0, reason: String(error) }, { cause: error });
  });
  if (firstBytes.length === 0) {
    // An empty file: the stream has already ended, so a line reader attached now would wait forever.
    fileStream.destroy();
    return;
  }
  const gzipped = path.endsWith(".gz") || (firstBytes[0] === 0x1f && firstBytes[1] === 0x8b);
  const source = gzipped ? fileStream.pipe(createGunzip()) : fileStream;
  let streamError: unknown;
  source.on("error", (error: Error) => {
    streamError = error;
  });
  const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let lastTs = Number.NEGATIVE_INFINITY;
  try {
    for await (const text of lines) {
      line++;
      if (text.length === 0) continue;
      const parsed = parseRecordingLine(text, { file: path, line }, options.defaultVenue);
      if ("$arbkit" in parsed) {
        options.onHeader?.(parsed);
        continue;
      }
      if (parsed.recvTs < lastTs && options.allowUnordered !== true) {
        throw new ArbError("RECORDING_INVALID", `${path}:${line}: recvTs ${parsed.recvTs} goes back from ${lastTs}`, {
          file: path,
          line,
          reason: "receive time goes backwards",
        });
      }
      lastTs = Math.max(lastTs, parsed.recvTs);
      yield parsed;
    }
  } catch (error) {
    if (error instanceof ArbError) throw error;
    throw new ArbError("RECORDING_INVALID", `${path}:${line}: ${gzipped ? "corrupt gzip data" : "read failed"}`, {
      file: path,
      line,
      reason: error instanceof Error ? error.message : String(error),
    }, { cause: error });
  } finally {
    lines.close();
    fileStream.destroy();
  }
  if (streamError !== undefined) {
    throw new ArbError("RECORDING_INVALID", `${path}:${line}: ${gzipped ? "corrupt or truncated gzip data" : "read failed"}`, {
      file: path,
      line,
      reason: streamError instanceof Error ? streamError.message : String(streamError),
    }, { cause: streamError });
  }
}
