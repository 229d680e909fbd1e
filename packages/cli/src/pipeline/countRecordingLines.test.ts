import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../../../../tests/support/createTempDir";
import { countRecordingLines } from "./countRecordingLines";

const dir = createTempDir("arbkit-count-lines-", { removeAfter: "file" });
const body = Array.from({ length: 400 }, (_, i) => JSON.stringify({ recvTs: i + 1, venue: "gemini", conn: "g", frame: `{"n":${i},"pad":"${"x".repeat(i % 50)}"}` })).join("\n") + "\n";

describe("countRecordingLines", () => {
  it("counts the lines of plain and gzip recordings", async () => {
    const plain = join(dir, "ok.jsonl");
    const gz = join(dir, "ok.jsonl.gz");
    writeFileSync(plain, body);
    writeFileSync(gz, gzipSync(body));
    expect(await countRecordingLines(plain)).toBe(400);
    expect(await countRecordingLines(gz)).toBe(400);
  });

  it("reports a truncated gzip as RECORDING_INVALID naming the file and the line where it broke off", async () => {
    const path = join(dir, "truncated.jsonl.gz");
    const gz = gzipSync(body);
    writeFileSync(path, gz.subarray(0, gz.length - 200));
    const error = await countRecordingLines(path).catch((e: unknown) => e);
    expect(isArbError(error, "RECORDING_INVALID"), String(error)).toBe(true);
    if (!isArbError(error, "RECORDING_INVALID")) return;
    expect(error.context.file).toBe(path);
    expect(error.context.line).toBeGreaterThan(1);
    expect(error.context.line).toBeLessThanOrEqual(401);
    expect(error.shortMessage).toContain(`${path}:${error.context.line}`);
  });

  it("reports a missing .gz file as RECORDING_INVALID instead of waiting forever", async () => {
    const path = join(dir, "missing.jsonl.gz");
    const error = await countRecordingLines(path).catch((e: unknown) => e);
    expect(isArbError(error, "RECORDING_INVALID") && error.context).toMatchObject({ file: path, line: 1 });
  });
});
