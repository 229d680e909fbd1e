import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

/** Counts the lines of a recording without parsing them (for a progress bar's total). Gzip by name. */
export async function countRecordingLines(path: string): Promise<number> {
  const file = createReadStream(path);
  const input = path.endsWith(".gz") ? file.pipe(createGunzip()) : file;
  let lines = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}
