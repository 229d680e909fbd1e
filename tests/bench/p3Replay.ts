// P3: end-to-end replay throughput of the arb-cli pipeline (the very session `arb-cli run --replay` builds:
// connectors' parsers and books, the Orca decoder, the composed engine, Prometheus metrics, stats and the SQLite
// journal) against a JSON.parse-only pass over the same recording (each line parsed, and the frame text inside
// it parsed). Input: a SYNTHETIC scenario recording generated in memory (seeded; see examples/data/README.md).
// Target: the pipeline keeps at least 50 % of the parse-only frame rate.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createScenarioRecording, readScenarioAccounts, replayRecording, type RecordedFrame } from "@arbkit/connectors";
import { TestClock } from "@arbkit/core";
import { resolveConfig } from "../../packages/cli/src/config/resolveConfig";
import { createJournal } from "../../packages/cli/src/journal/createJournal";
import { createBotSession } from "../../packages/cli/src/pipeline/createBotSession";
import { fixturePath } from "../support/fixtures";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { quantile } from "./measure";

async function replayOnce(lines: readonly string[], startMs: number): Promise<{ ms: number; opportunities: number }> {
  const dir = mkdtempSync(join(tmpdir(), "arbkit-p3-"));
  const clock = new TestClock(startMs);
  const journal = createJournal({ path: join(dir, "j.sqlite") }, { startedAt: startMs, mode: "replay", source: "bench" });
  const session = createBotSession({ config: resolveConfig(undefined), secrets: { solanaRpcUrl: undefined, solanaWsUrl: undefined, controlToken: undefined }, clock, journal, processMetrics: false, monotonicSeconds: () => performance.now() / 1000 });
  const start = performance.now();
  // From the recording's text lines, like readRecording: each line parsed, then handed to the sinks.
  function* parsed(): Generator<RecordedFrame> {
    let i = 0;
    for (const line of lines) {
      yield JSON.parse(line) as RecordedFrame;
      if (++i % 1000 === 0) journal.flush();
    }
  }
  await replayRecording({ frames: parsed(), clock, sinks: session.connectors.sinks });
  journal.flush();
  const ms = performance.now() - start;
  const opportunities = session.stats.opportunities;
  await session.stop();
  journal.close(clock.now(), "bench");
  rmSync(dir, { recursive: true, force: true });
  return { ms, opportunities };
}

function parseOnce(lines: readonly string[]): { ms: number; sink: number } {
  const start = performance.now();
  let sink = 0;
  for (const line of lines) {
    const f = JSON.parse(line) as RecordedFrame;
    const inner = JSON.parse(f.frame) as object;
    sink += Object.keys(inner).length;
  }
  return { ms: performance.now() - start, sink };
}

/** P3 workload. */
export const p3Replay: BenchWorkload = {
  id: "P3",
  title: "end-to-end replay (arb-cli pipeline) vs JSON.parse-only over the same synthetic recording",
  async run({ quick, log }): Promise<BenchResult[]> {
    const seconds = quick ? 300 : 1800;
    const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
    const recording = createScenarioRecording({ accounts, seed: 3, durationSeconds: seconds });
    const frames = recording.frames;
    const lines = frames.map((f) => JSON.stringify(f));
    const inbound = frames.filter((f) => f.dir !== "out").length;
    log(`  synthetic recording: ${frames.length} frames (${inbound} inbound), ${seconds} s of market time, ${(lines.reduce((a, l) => a + l.length, 0) / 1e6).toFixed(1)} MB`);
    const rounds = quick ? 3 : 5;
    const e2e: number[] = [];
    const parse: number[] = [];
    let opportunities = -1;
    for (let r = 0; r < rounds; r++) {
      parse.push(parseOnce(lines).ms);
      const run = await replayOnce(lines, recording.header.startedAt * 1000);
      // Same input, same pipeline, test clock: every round must find the same opportunities.
      if (opportunities !== -1 && run.opportunities !== opportunities) throw new Error(`P3: round ${r} found ${run.opportunities} opportunities, earlier ${opportunities}`);
      opportunities = run.opportunities;
      e2e.push(run.ms);
    }
    if (opportunities <= 0) throw new Error("P3: the pipeline found no opportunity; the workload is not exercising the engine");
    const oursRate = frames.length / (quantile(e2e, 0.5) / 1000);
    const parseRate = frames.length / (quantile(parse, 0.5) / 1000);
    const ratio = oursRate / parseRate;
    return [
      {
        name: "P3 replay end-to-end (frames/s)",
        unit: "frames/s",
        ours: Math.round(oursRate),
        peer: Math.round(parseRate),
        peerName: "JSON.parse only",
        ratio,
        target: "≥ 50 % of parse-only",
        met: ratio >= 0.5,
        extra: { frames: frames.length, opportunities, medianMs: Math.round(quantile(e2e, 0.5)), parseMedianMs: Math.round(quantile(parse, 0.5)) },
      },
    ];
  },
};
