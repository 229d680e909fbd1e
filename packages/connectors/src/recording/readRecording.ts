import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
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
  const firstBytes = await readFirstBytes(path);
  const fileStream = createReadStream(path);
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

/** The file's first two bytes (fewer for a shorter file), to recognise gzip by its magic number. */
async function readFirstBytes(path: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(2);
      const { bytesRead } = await handle.read(buffer, 0, 2, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ArbError("RECORDING_INVALID", `${path}: cannot read the file`, { file: path, line: 0, reason: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
}
