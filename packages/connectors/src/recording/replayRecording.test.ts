import { describe, expect, it } from "vitest";
import { TestClock, isArbError } from "@arbkit/core";
import type { FrameSink } from "./FrameSink";
import type { RecordedFrame } from "./RecordedFrame";
import { replayRecording } from "./replayRecording";

const frame = (recvTs: number, venue: string, extra: Partial<RecordedFrame> = {}): RecordedFrame => ({ recvTs, venue, conn: "c1", frame: `f${recvTs}`, ...extra });

describe("replayRecording", () => {
  it("advances the test clock to each frame's receive time, firing timers on the way, and skips outbound frames", async () => {
    const clock = new TestClock(0);
    const seen: string[] = [];
    const sink = (venue: string): FrameSink => ({ venue, ingest: (f) => seen.push(`${venue} ${f.frame} @${clock.now()}`) });
    clock.setTimeout(() => seen.push(`timer @${clock.now()}`), 1_500);
    async function* frames(): AsyncGenerator<RecordedFrame> {
      yield frame(1, "a");
      yield frame(1.25, "b", { dir: "out" });
      yield frame(2, "b");
      yield frame(1.5, "a"); // unordered: the clock does not go back
    }
    const result = await replayRecording({ frames: frames(), clock, sinks: [sink("a"), sink("b")] });
    expect(seen).toEqual(["a f1 @1000", "timer @1500", "b f2 @2000", "a f1.5 @2000"]);
    expect(result).toEqual({ frames: 3, outbound: 1, firstTs: 1, lastTs: 1.5 });
  });

  it("paces at a speed factor through the injected sleep", async () => {
    const waits: number[] = [];
    await replayRecording({
      frames: [frame(10, "a"), frame(12, "a"), frame(12.5, "a")],
      clock: new TestClock(0),
      sinks: [{ venue: "a", ingest: () => {} }],
      speed: 10,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([200, 50]);
  });

  it("names the frame and venue when no sink takes it", async () => {
    const error = await replayRecording({ frames: [frame(1, "a"), frame(2, "kraken")], clock: new TestClock(0), sinks: [{ venue: "a", ingest: () => {} }], source: "s.jsonl" }).catch((e: unknown) => e);
    expect(isArbError(error, "RECORDING_INVALID") && error.context).toEqual({ file: "s.jsonl", line: 2, reason: "no sink for venue kraken (have: a)" });
  });

  it("rejects a non-positive speed", async () => {
    await expect(replayRecording({ frames: [], clock: new TestClock(0), sinks: [], speed: 0 })).rejects.toMatchObject({ code: "ARGUMENT_INVALID" });
  });
});
