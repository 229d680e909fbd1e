// P3: end-to-end replay throughput of the arb-cli pipeline (the very session `arb-cli run --replay` and
// `backtest` build: connectors' parsers and books, the Orca decoder, the composed engine, Prometheus metrics,
// stats and the SQLite journal, committed every 200 ms of wall time as the CLI does) against a JSON.parse-only
// pass over the same recording (each line parsed, and the frame text inside it parsed).
// Input: a SYNTHETIC scenario recording generated in memory (seeded; see examples/data/README.md).
// Target: the pipeline keeps at least 50 % of the parse-only frame rate.
//
// What runs: the BUILT packages (`packages/*/dist`, what `arb-cli` executes) under plain `node`, in a child
// process, with the parse-only pass in that same process. Not the TypeScript sources through tsx: tsx compiles
// with esbuild's keepNames, which renames every closure at creation (a defineProperty per closure per call),
// a cost the built CLI does not pay. The dist must be current (`pnpm build`); a stale one is refused.
// Figures: two warm-up rounds of each pass (not counted), then the median of 11 rounds; the first (cold)
// round's rate is reported as `coldFramesPerSec`. Each round is a new bot session over ~0.15 s of work, and the
// end-to-end pass takes 4-5 rounds to settle (V8 tiering up the pipeline's code, the young generation growing
// to its allocation rate; the parse-only loop settles after one): the second round still runs ~2x its steady
// time, the next few 10-25 % over. Both passes get the same warm-up and rounds, interleaved.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createScenarioRecording, readScenarioAccounts } from "@arbkit/connectors";
import { fixturePath, repoRoot } from "../support/fixtures";
import { getDistStaleness } from "../support/getDistStaleness";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { quantile } from "./measure";

const PACKAGES = ["core", "connectors", "engines", "cli"] as const;
/** Rounds of each pass run before the measured ones (see the header). */
const WARMUP_ROUNDS = 2;

// Runs in the child (plain node, ES module). argv: lines file, rounds, dist URLs (cli, connectors, core).
const CHILD_SCRIPT = `
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// Like arb-cli (runCommand, backtestCommand): the global \`performance\` is a getter on every access.
import { performance } from "node:perf_hooks";
const [linesFile, roundsText, startText, cliUrl, connectorsUrl, coreUrl] = process.argv.slice(1);
const { resolveConfig, createJournal, createBotSession } = await import(cliUrl);
const { replayRecording } = await import(connectorsUrl);
const { TestClock } = await import(coreUrl);
const lines = readFileSync(linesFile, "utf8").split("\\n").filter((l) => l.length > 0);
const startMs = Number(startText);
const FLUSH_MS = 200;
async function replayOnce() {
  const dir = mkdtempSync(join(tmpdir(), "arbkit-p3-"));
  const clock = new TestClock(startMs);
  const journal = createJournal({ path: join(dir, "j.sqlite") }, { startedAt: startMs, mode: "replay", source: "bench" });
  const session = createBotSession({ config: resolveConfig(undefined), secrets: { solanaRpcUrl: undefined, solanaWsUrl: undefined, controlToken: undefined }, clock, journal, processMetrics: false, monotonicSeconds: () => performance.now() / 1000 });
  const start = performance.now();
  let lastFlush = start;
  // From the recording's text lines, like readRecording: each line parsed, then handed to the sinks; the
  // journal committed every 200 ms of wall time, like arb-cli run and backtest.
  function* parsed() {
    let i = 0;
    for (const line of lines) {
      yield JSON.parse(line);
      if (++i % 100 === 0 && performance.now() - lastFlush >= FLUSH_MS) {
        journal.flush();
        lastFlush = performance.now();
      }
    }
  }
  await replayRecording({ frames: parsed(), clock, sinks: session.connectors.sinks });
  journal.flush();
  const ms = performance.now() - start;
  const s = session.stats;
  const summary = { opportunities: s.opportunities, trades: s.trades, wins: s.wins, losses: s.losses, realizedPnl: s.realizedPnl, fees: s.fees, riskApproved: s.riskApproved, riskDenied: s.riskDenied };
  await session.stop();
  journal.close(clock.now(), "bench");
  rmSync(dir, { recursive: true, force: true });
  return { ms, summary };
}
function parseOnce() {
  const start = performance.now();
  let sink = 0;
  for (const line of lines) {
    const f = JSON.parse(line);
    const inner = JSON.parse(f.frame);
    sink += Object.keys(inner).length;
  }
  return { ms: performance.now() - start, sink };
}
const rounds = Number(roundsText);
const WARMUP = ${WARMUP_ROUNDS};
const e2e = [];
const parse = [];
const summaries = [];
for (let r = 0; r < rounds + WARMUP; r++) {
  parse.push(parseOnce().ms);
  const run = await replayOnce();
  e2e.push(run.ms);
  summaries.push(JSON.stringify(run.summary));
}
process.stdout.write(JSON.stringify({ e2e, parse, summaries, frames: lines.length }) + "\\n");
`;

/** The dist entry of each package; throws when one is missing or older than its sources. */
function builtEntries(): Record<(typeof PACKAGES)[number], string> {
  const out = {} as Record<(typeof PACKAGES)[number], string>;
  for (const name of PACKAGES) {
    const entry = join(repoRoot, "packages", name, "dist", "index.js");
    const staleness = getDistStaleness(name);
    if (staleness === "missing") {
      throw new Error(`P3 measures the built packages (as arb-cli runs): ${entry} is missing; run \`pnpm build\` first`);
    }
    if (staleness === "stale") {
      throw new Error(`P3 measures the built packages (as arb-cli runs): packages/${name}/dist is older than its sources; run \`pnpm build\` first`);
    }
    out[name] = pathToFileURL(entry).href;
  }
  return out;
}

function runChild(args: readonly string[]): Promise<{ e2e: number[]; parse: number[]; summaries: string[]; frames: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD_SCRIPT, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`P3 child exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(last) as { e2e: number[]; parse: number[]; summaries: string[]; frames: number });
    });
  });
}

/** P3 workload. */
export const p3Replay: BenchWorkload = {
  id: "P3",
  title: "end-to-end replay (arb-cli pipeline, built) vs JSON.parse-only over the same synthetic recording",
  async run({ quick, log }): Promise<BenchResult[]> {
    const entries = builtEntries();
    const seconds = quick ? 300 : 1800;
    const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
    const recording = createScenarioRecording({ accounts, seed: 3, durationSeconds: seconds });
    const frames = recording.frames;
    const lines = frames.map((f) => JSON.stringify(f));
    const inbound = frames.filter((f) => f.dir !== "out").length;
    log(`  synthetic recording: ${frames.length} frames (${inbound} inbound), ${seconds} s of market time, ${(lines.reduce((a, l) => a + l.length, 0) / 1e6).toFixed(1)} MB`);
    const dir = mkdtempSync(join(tmpdir(), "arbkit-p3-lines-"));
    const rounds = quick ? 3 : 11;
    let result: Awaited<ReturnType<typeof runChild>>;
    try {
      const file = join(dir, "recording.jsonl");
      writeFileSync(file, `${lines.join("\n")}\n`);
      result = await runChild([file, String(rounds), String(recording.header.startedAt * 1000), entries.cli, entries.connectors, entries.core]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (result.frames !== frames.length) throw new Error(`P3: the child read ${result.frames} frames, expected ${frames.length}`);
    // Same input, same pipeline, test clock: every round must reach the same result.
    const first = result.summaries[0] as string;
    for (const [r, s] of result.summaries.entries()) if (s !== first) throw new Error(`P3: round ${r} summary ${s} differs from ${first}`);
    const summary = JSON.parse(first) as { opportunities: number; trades: number; realizedPnl: string };
    if (summary.opportunities <= 0) throw new Error("P3: the pipeline found no opportunity; the workload is not exercising the engine");
    const e2e = result.e2e.slice(WARMUP_ROUNDS);
    const parse = result.parse.slice(WARMUP_ROUNDS);
    const oursRate = frames.length / (quantile(e2e, 0.5) / 1000);
    const parseRate = frames.length / (quantile(parse, 0.5) / 1000);
    const ratio = oursRate / parseRate;
    log(`  summary: ${first}`);
    log(`  e2e rounds (ms, first ${WARMUP_ROUNDS} are warm-up): ${result.e2e.map((x) => x.toFixed(0)).join(" ")}; parse-only: ${result.parse.map((x) => x.toFixed(0)).join(" ")}`);
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
        extra: {
          frames: frames.length,
          opportunities: summary.opportunities,
          trades: summary.trades,
          medianMs: Math.round(quantile(e2e, 0.5)),
          parseMedianMs: Math.round(quantile(parse, 0.5)),
          coldFramesPerSec: Math.round(frames.length / ((result.e2e[0] as number) / 1000)),
        },
      },
    ];
  },
};
