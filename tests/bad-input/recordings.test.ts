import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TestClock, isArbError } from "@arbkit/core";
import { readRecording, replayRecording, type RecordedFrame } from "@arbkit/connectors";
import { createJournal, createJournalReader } from "../../packages/cli/src/index";
import { createTempDir } from "../support/createTempDir";
import { repoRoot } from "../support/fixtures";
import { RECORDING_CASES, type RecordingCase } from "./cases/recordingCases";
import { STACK_LINE, runCliInProcess } from "./support/runCliInProcess";

const BUNDLED = join(repoRoot, "examples/data/sol-usd-scenario.jsonl.gz");
const VALID_LINES = gunzipSync(readFileSync(BUNDLED)).toString("utf8").split("\n").slice(0, 40);
const dir = createTempDir("arbkit-bad-recordings-", { removeAfter: "file" });

function materialize(row: RecordingCase): string {
  const path = join(dir, row.file);
  const content = row.build(VALID_LINES);
  if (content === "directory") mkdirSync(path, { recursive: true });
  else if (content !== "missing") writeFileSync(path, content);
  return path;
}

async function readAll(path: string): Promise<unknown> {
  try {
    for await (const _frame of readRecording(path)) {
      // drain
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

const rows = RECORDING_CASES.map((c) => [c.name, c] as const);

describe("bad recordings through readRecording", () => {
  it.each(rows)("%s", async (_name, row) => {
    const path = materialize(row);
    const error = await readAll(path);
    if (row.reason === "empty") {
      // An empty file is a valid recording of nothing for the library; the CLI refuses it (below).
      expect(error).toBeUndefined();
      return;
    }
    expect(isArbError(error, "RECORDING_INVALID"), String(error)).toBe(true);
    if (!isArbError(error, "RECORDING_INVALID")) return;
    expect(error.context.file).toBe(path);
    if (row.line !== undefined) expect(error.context.line).toBe(row.line);
    expect(error.shortMessage).toContain(path);
    if (row.reason !== undefined) expect(`${error.shortMessage} ${error.context.reason}`).toContain(row.reason);
  });
});

describe("frames for a venue nobody replays", () => {
  it("replayRecording names the frame and the venue (RECORDING_INVALID)", async () => {
    const frames: RecordedFrame[] = [
      { recvTs: 1, venue: "coinbase", conn: "c", frame: "{}" },
      { recvTs: 2, venue: "kraken", conn: "k", frame: "{}" },
    ];
    const error = await replayRecording({ frames, clock: new TestClock(0), sinks: [{ venue: "coinbase", ingest: () => undefined }], source: "x.jsonl" }).catch((e: unknown) => e);
    expect(isArbError(error, "RECORDING_INVALID") && error.context).toEqual({ file: "x.jsonl", line: 2, reason: "no sink for venue kraken (have: coinbase)" });
  });
});

/** A journal holding one finished run, and a way to see whether anything was added to it. */
function createSeedJournal(name: string): { path: string; runs: () => { id: number; end_reason: string | null }[] } {
  const path = join(dir, `${name}.sqlite`);
  createJournal({ path }, { startedAt: 1, mode: "replay", source: "seed" }).close(2, "completed");
  return {
    path,
    runs: () => {
      const reader = createJournalReader(path);
      try {
        return reader.runs().map((r) => ({ id: r.id, end_reason: r.end_reason }));
      } finally {
        reader.close();
      }
    },
  };
}

describe("bad recordings through arb-cli (coded error, exit 2, no stack trace, journal untouched)", () => {
  it.each(rows)("backtest: %s", async (_name, row) => {
    const path = materialize(row);
    const r = await runCliInProcess(["backtest", path, "--json"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("[RECORDING_INVALID]");
    expect(r.stderr).toContain(row.file);
    if (row.line !== undefined && row.line > 0) expect(r.stderr).toContain(`${row.file}:${row.line}`);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each(rows)("run --replay with a journal: %s", async (_name, row) => {
    const path = materialize(row);
    const journal = createSeedJournal(`run-${row.file}`);
    const before = journal.runs();
    const r = await runCliInProcess(["run", "--replay", path, "--no-server", "--journal", journal.path]);
    expect(r.code, r.stderr).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain("RECORDING_INVALID");
    expect(r.stderr).not.toMatch(STACK_LINE);
    const after = journal.runs();
    if (row.early) {
      // Refused before the first frame: the journal is exactly as it was.
      expect(after).toEqual(before);
    } else {
      // Frames before the bad line were replayed; the earlier runs are intact and this run is not
      // recorded as a success.
      expect(after.slice(0, before.length)).toEqual(before);
      for (const run of after.slice(before.length)) expect(run.end_reason).not.toBe("completed");
    }
  });

  it("run --replay refuses frames of an unknown venue (a typo, or another tool's recording) with RECORDING_INVALID", async () => {
    const lines = [...VALID_LINES];
    const o = JSON.parse(lines[8] as string) as Record<string, unknown>;
    o.venue = "kraken";
    lines[8] = JSON.stringify(o);
    const path = join(dir, "unknown-venue.jsonl");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const r = await runCliInProcess(["backtest", path, "--json"]);
    expect(r.code, r.stdout).toBe(2);
    expect(r.stderr).toContain("[RECORDING_INVALID]");
    expect(r.stderr).toContain("kraken");
  });
});
