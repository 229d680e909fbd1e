import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { ArbError } from "@arbkit/core";

/**
 * Counts the lines of a recording without parsing them (for a progress bar's total). Gzip by name.
 *
 * It reads the whole file, so a damaged one (corrupt or truncated gzip, unreadable) is found here, before any
 * frame is replayed, and reported as `readRecording` would: a coded error, never a raw stream error.
 *
 * @throws ArbError `RECORDING_INVALID` naming the file and the line where the data broke off (the first line
 * not complete: complete lines + 1) when the file cannot be read or decompressed.
 */
export async function countRecordingLines(path: string): Promise<number> {
  const gzipped = path.endsWith(".gz");
  const file = createReadStream(path);
  const gunzip = gzipped ? createGunzip() : undefined;
  // `pipe` does not forward the file's own errors (ENOENT, EISDIR): without this the loop below would wait forever.
  if (gunzip !== undefined) file.on("error", (error) => gunzip.destroy(error));
  const input = gunzip === undefined ? file : file.pipe(gunzip);
  let lines = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } catch (error) {
    const line = lines + 1;
    throw new ArbError(
      "RECORDING_INVALID",
      `${path}:${line}: ${gzipped ? "corrupt or truncated gzip data" : "read failed"}`,
      { file: path, line, reason: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  } finally {
    file.destroy();
  }
  return lines;
}
