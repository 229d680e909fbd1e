import { gzipSync } from "node:zlib";

/**
 * Bad recordings, one row per case. `build(lines)` gets 40 valid lines of the bundled synthetic recording
 * (header first) and returns the file's bytes; `line` is the line the error must name (`undefined`: any),
 * `reason` a piece of the reason. `name` ends in the file name used (the extension matters: `.gz`).
 */
export interface RecordingCase {
  readonly name: string;
  readonly file: string;
  readonly build: (lines: readonly string[]) => Buffer | "directory" | "missing";
  readonly line?: number;
  readonly reason?: string;
  /** The error arises before any frame was replayed (the CLI then must not even open the journal). */
  readonly early: boolean;
}

const text = (lines: readonly string[]): Buffer => Buffer.from(`${lines.join("\n")}\n`);
const edit = (lines: readonly string[], index: number, change: (o: Record<string, unknown>) => void): string[] => {
  const copy = [...lines];
  const o = JSON.parse(copy[index] as string) as Record<string, unknown>;
  change(o);
  copy[index] = JSON.stringify(o);
  return copy;
};
const put = (lines: readonly string[], index: number, line: string): string[] => {
  const copy = [...lines];
  copy[index] = line;
  return copy;
};

export const RECORDING_CASES: readonly RecordingCase[] = [
  { name: "file does not exist", file: "missing.jsonl", build: () => "missing", line: 0, reason: "ENOENT", early: true },
  { name: "a directory instead of a file", file: "dir.jsonl", build: () => "directory", line: 0, early: true },
  { name: "empty file", file: "empty.jsonl", build: () => Buffer.alloc(0), line: 0, reason: "empty", early: true },
  { name: "corrupt gzip (bytes flipped in the middle)", file: "corrupt.jsonl.gz", build: (l) => { const gz = gzipSync(text(l)); for (let i = 40; i < gz.length - 20; i += 7) gz[i] = (gz[i] ?? 0) ^ 0xff; return gz; }, reason: "", early: false },
  { name: "truncated gzip (last 200 bytes missing)", file: "truncated.jsonl.gz", build: (l) => { const gz = gzipSync(text(l)); return gz.subarray(0, gz.length - 200); }, early: false },
  { name: "plain text named .gz", file: "plain.jsonl.gz", build: (l) => text(l), reason: "", early: true },
  { name: "gzip of binary garbage", file: "garbage.jsonl.gz", build: () => gzipSync(Buffer.from([0, 1, 2, 255, 254, 10, 0, 0])), line: 1, reason: "not valid JSON", early: true },
  { name: "truncated last line (no closing brace)", file: "trunc-line.jsonl", build: (l) => Buffer.from(`${l.join("\n")}\n${(l[5] as string).slice(0, 60)}`), line: 41, reason: "not valid JSON", early: false },
  { name: "truncated last line inside gzip", file: "trunc-line.jsonl.gz", build: (l) => gzipSync(Buffer.from(`${l.join("\n")}\n${(l[5] as string).slice(0, 60)}`)), line: 41, reason: "not valid JSON", early: false },
  { name: "receive time going backwards", file: "backwards.jsonl", build: (l) => text(edit(l, 20, (o) => (o.recvTs = (o.recvTs as number) - 3600))), line: 21, reason: "backwards", early: false },
  { name: "unsupported header version", file: "header-v2.jsonl", build: (l) => text(edit(l, 0, (o) => (o.$arbkit = "recording/2"))), line: 1, reason: "unsupported recording format", early: true },
  { name: "header startedAt as a string", file: "header-ts.jsonl", build: (l) => text(edit(l, 0, (o) => (o.startedAt = "today"))), line: 1, reason: "startedAt", early: true },
  { name: "header venues not strings", file: "header-venues.jsonl", build: (l) => text(edit(l, 0, (o) => (o.venues = [1, 2]))), line: 1, reason: "venues", early: true },
  { name: "a second header in the middle", file: "header-twice.jsonl", build: (l) => text(put(l, 10, l[0] as string)), line: 11, reason: "first line", early: false },
  { name: "a line that is a JSON array", file: "array.jsonl", build: (l) => text(put(l, 12, "[1,2,3]")), line: 13, reason: "JSON object", early: false },
  { name: "a line of binary garbage", file: "binary.jsonl", build: (l) => text(put(l, 12, "\u0000\u0001\u00ff{")), line: 13, reason: "not valid JSON", early: false },
  { name: "recvTs negative", file: "ts-negative.jsonl", build: (l) => text(edit(l, 3, (o) => (o.recvTs = -1))), line: 4, reason: "recvTs", early: false },
  { name: "recvTs as a string", file: "ts-string.jsonl", build: (l) => text(edit(l, 3, (o) => (o.recvTs = "1786310400"))), line: 4, reason: "recvTs", early: false },
  { name: "recvTs overflowing to Infinity (1e400)", file: "ts-inf.jsonl", build: (l) => text(put(l, 3, (l[3] as string).replace(/"recvTs":[0-9.]+/, '"recvTs":1e400'))), line: 4, reason: "recvTs", early: false },
  { name: "recvTs missing on the first frame", file: "ts-missing.jsonl", build: (l) => text(edit(l, 1, (o) => delete o.recvTs)), line: 2, reason: "recvTs", early: true },
  { name: "venue empty", file: "venue-empty.jsonl", build: (l) => text(edit(l, 7, (o) => (o.venue = ""))), line: 8, reason: "venue", early: false },
  { name: "venue missing (no default venue given)", file: "venue-missing.jsonl", build: (l) => text(edit(l, 7, (o) => delete o.venue)), line: 8, reason: "venue", early: false },
  { name: "conn missing", file: "conn.jsonl", build: (l) => text(edit(l, 7, (o) => delete o.conn)), line: 8, reason: "conn", early: false },
  { name: "frame is an object instead of the raw text", file: "frame-object.jsonl", build: (l) => text(edit(l, 7, (o) => (o.frame = JSON.parse(o.frame as string) as unknown))), line: 8, reason: "frame must be a string", early: false },
  { name: "dir neither in nor out", file: "dir-bad.jsonl", build: (l) => text(edit(l, 7, (o) => (o.dir = "sideways"))), line: 8, reason: "dir", early: false },
];
