// Soak (a benchmark, not a test): `pnpm soak [--hours 24] [--chunk-minutes 60]`.
// A 24 h-equivalent SYNTHETIC recording (the seeded scenario generator, one hour-long chunk at a time so the
// recording itself is never all in memory) replayed at full speed through the arb-cli pipeline (the session
// `arb-cli run --replay` builds: connectors, books, Orca decoder, engine, Prometheus metrics, stats and the
// SQLite journal committed every 1,000 frames). RSS and heap are sampled after each simulated hour, after a
// forced GC when `--expose-gc` is on (the root script sets it). Reported: growth after a 2-hour warm-up.
// Target: RSS growth ≤ 10 %.
// Chunks: each hour is a fresh scenario seed continuing the clock and the slot; its CEX connections get new
// ids, so every hour starts with fresh snapshots exactly as a reconnect would.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestClock } from "@arbkit/core";
import { createScenarioRecording, readScenarioAccounts, replayRecording, type RecordedFrame } from "@arbkit/connectors";
import { createBotSession, createJournal, resolveConfig } from "../../packages/cli/src/index";
import { fixturePath } from "../support/fixtures";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
};
const hours = arg("hours", 24);
const chunkSeconds = Math.round(arg("chunk-minutes", 60) * 60);
const warmupChunks = Math.max(1, Math.round(7200 / chunkSeconds));
const chunks = Math.ceil((hours * 3600) / chunkSeconds);
const gc = (globalThis as { gc?: () => void }).gc;

const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
const startTime = 1_786_310_400;
const dir = mkdtempSync(join(tmpdir(), "arbkit-soak-"));
const clock = new TestClock(startTime * 1000);
const journal = createJournal({ path: join(dir, "journal.sqlite"), synchronous: "NORMAL" }, { startedAt: clock.now(), mode: "replay", source: "soak" });
const session = createBotSession({ config: resolveConfig(undefined), secrets: { solanaRpcUrl: undefined, solanaWsUrl: undefined, controlToken: undefined }, clock, journal, processMetrics: false });

interface Sample {
  readonly hour: number;
  readonly frames: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly wallSeconds: number;
}
const samples: Sample[] = [];
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const started = process.hrtime.bigint();
let frames = 0;
for (let c = 0; c < chunks; c++) {
  const scenario = createScenarioRecording({ accounts, seed: 1000 + c, durationSeconds: chunkSeconds, startTime: startTime + c * chunkSeconds, startSlot: 185_760_000 + c * Math.round(chunkSeconds * 2.5) });
  function* chunkFrames(): Generator<RecordedFrame> {
    for (const f of scenario.frames) {
      frames++;
      if (frames % 1000 === 0) journal.flush();
      yield { ...f, conn: `${f.conn}#${c}` };
    }
  }
  await replayRecording({ frames: chunkFrames(), clock, sinks: session.connectors.sinks });
  journal.flush();
  gc?.();
  const m = process.memoryUsage();
  const sample = { hour: ((c + 1) * chunkSeconds) / 3600, frames, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), wallSeconds: Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10 };
  samples.push(sample);
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}
await session.stop();
journal.close(clock.now(), "soak");
rmSync(dir, { recursive: true, force: true });
const base = samples[warmupChunks - 1] ?? samples[0];
const last = samples.at(-1);
const growth = (a: number | undefined, b: number | undefined): number => (a === undefined || b === undefined ? Number.NaN : Math.round(((b - a) / a) * 1000) / 10);
const report = {
  hoursSimulated: (chunks * chunkSeconds) / 3600,
  frames,
  gcForced: gc !== undefined,
  warmupHours: (warmupChunks * chunkSeconds) / 3600,
  rssAfterWarmupMb: base?.rssMb,
  rssEndMb: last?.rssMb,
  rssGrowthPct: growth(base?.rssMb, last?.rssMb),
  heapAfterWarmupMb: base?.heapMb,
  heapEndMb: last?.heapMb,
  heapGrowthPct: growth(base?.heapMb, last?.heapMb),
  maxRssMb: Math.max(...samples.map((s) => s.rssMb)),
  opportunities: session.stats.opportunities,
  trades: session.stats.trades,
  wallSeconds: last?.wallSeconds,
  target: "rssGrowthPct ≤ 10",
  pass: growth(base?.rssMb, last?.rssMb) <= 10,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exitCode = report.pass ? 0 : 1;
