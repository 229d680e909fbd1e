import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLiveClock } from "@arbkit/core";
import { createSeededRandom } from "@arbkit/connectors";
import { createJournalReader } from "../../../packages/cli/src/index";
import type { CliResult } from "../../cli/support/cliProcess";
import { assertPrometheusText } from "../../cli/support/assertPrometheusText";
import { checkSpawnedChaos, type SpawnedChaosReport } from "./checkSpawnedChaos";
import { createChaosFeeds } from "./createChaosFeeds";
import { createFaultPlan, type ChaosVenue } from "./createFaultPlan";
import { createStatusPoller } from "./createStatusPoller";
import { compareBooksWithVenues } from "./compareBooksWithVenues";
import { runSolanaLane } from "./runSolanaLane";
import { spawnChaosBot } from "./spawnChaosBot";
import { startChaosVenues, type FrameFaultRates } from "./startChaosVenues";

/** Options of {@link runSpawnedChaos}. */
export interface SpawnedChaosOptions {
  /** Seed of the market, the plan and every fault. */
  readonly seed: number;
  /** Fault phases; each is followed by a recovery and a quiet hold in which every book is compared. */
  readonly phases: number;
  /** Length of a fault phase, ms (stalls that run over extend it). @default 30_000 */
  readonly phaseMs?: number;
  /** Progress lines (long runs). */
  readonly onProgress?: (line: string) => void;
}

const STALL_MS = 20_000;
// 1 % malformed frames as the issue asks; gaps, repeats and crossing updates a little more often than a real
// venue has them, so that a one-minute run meets each of them.
const RATES: FrameFaultRates = { malformed: 0.01, skip: 0.02, repeat: 0.005, crossing: 0.01 };
const PAD_LEVELS = 2_500;
const RECOVERY_MS = 45_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The event and JavaScript stack of a Node diagnostic report the crashed bot left in `dir`, if any. */
function readCrashReport(dir: string): string | undefined {
  const file = readdirSync(dir).find((f) => f.startsWith("report.") && f.endsWith(".json"));
  if (file === undefined) return undefined;
  const report = JSON.parse(readFileSync(join(dir, file), "utf8")) as { header?: { event?: string }; javascriptStack?: { message?: string; stack?: string[] } };
  return `${report.header?.event ?? "?"}: ${report.javascriptStack?.message ?? ""}\n${(report.javascriptStack?.stack ?? []).slice(0, 25).join("\n")}`;
}

/**
 * Chaos against the real bot: starts the loopback fake Coinbase, Gemini and Solana RPC serving a seeded
 * synthetic market on the wall clock, spawns `arb-cli run` (live mode, the starter config pointed at the fakes),
 * and runs `phases` fault phases — disconnects every 5–30 s per CEX venue, 1 % malformed frames, Coinbase
 * sequence gaps and repeats, crossing updates, 20 s stalls, Solana 429 bursts and hung requests, huge snapshots —
 * each followed by a recovery (every input live, no stale pause) and a quiet hold in which the bot's books
 * (`/status`) are compared with the venues' own. Everything is observed from outside: `/status` polled every
 * 100 ms, `/metrics`, the pino log lines, the exit code after SIGTERM and the journal (opened read-only).
 */
export async function runSpawnedChaos(options: SpawnedChaosOptions): Promise<SpawnedChaosReport> {
  const { seed } = options;
  const phaseMs = options.phaseMs ?? 30_000;
  const progress = options.onProgress ?? (() => undefined);
  const clock = createLiveClock();
  const wallStart = clock.now();
  const plan = createFaultPlan({ seed, phases: options.phases, phaseMs, stallMs: STALL_MS, maxPads: 5 });
  // Market time only runs while the feed plays; generously more than the run can use.
  const feeds = createChaosFeeds(seed, Math.ceil((options.phases * (phaseMs + STALL_MS + RECOVERY_MS)) / 1000) + 60);
  const venues = await startChaosVenues(feeds, clock, { coinbase: createSeededRandom(seed * 101 + 1), gemini: createSeededRandom(seed * 101 + 2) });
  const dropRng = createSeededRandom(seed * 101 + 3);
  const dir = mkdtempSync(join(tmpdir(), "arbkit-chaos-"));
  const stalls: { venue: ChaosVenue; start: number; end: number }[] = [];
  const holds: { start: number; end: number }[] = [];
  const recoveries: { start: number; end: number | undefined }[] = [];
  const compares: { at: number; mismatches: string[] }[] = [];
  const skipped: string[] = [];

  // The feed: market time advances with the wall clock except during holds; drops and frame faults only in phases.
  let scenarioMs = feeds.startMs;
  let last = clock.now();
  let holding = false;
  let faultsOn = false;
  let lastHeartbeat = 0;
  const dropIn = { coinbase: dropRng.int(5_000, 30_000), gemini: dropRng.int(5_000, 30_000) };
  const stalled = new Set<ChaosVenue>();
  const cancelTick = clock.setInterval(() => {
    const now = clock.now();
    const dt = now - last;
    last = now;
    if (faultsOn) {
      for (const venue of ["coinbase", "gemini"] as const) {
        dropIn[venue] -= dt;
        if (dropIn[venue] > 0) continue;
        dropIn[venue] = dropRng.int(5_000, 30_000);
        venues[venue].dropConnection();
      }
    }
    if (holding) {
      if (now - lastHeartbeat >= 1_000) {
        lastHeartbeat = now;
        venues.heartbeat();
      }
      return;
    }
    scenarioMs += dt;
    // No frame fault within 1 s of a drop: what the client reads just before its socket dies is uncertain.
    const rates = (venue: "coinbase" | "gemini") => (faultsOn && dropIn[venue] > 1_000 && !stalled.has(venue) ? RATES : undefined);
    venues.play(scenarioMs, { coinbase: rates("coinbase"), gemini: rates("gemini") });
  }, 20);

  const bot = await spawnChaosBot(dir, { coinbase: venues.coinbase.url, gemini: venues.gemini.url, rpcHttp: venues.solana.httpUrl(), rpcWs: venues.solana.wsUrl() });
  const poller = createStatusPoller(bot.url, clock);
  // A bot that exits before the suite stops it has crashed: record it, stop the run early, keep its output.
  let stopping = false;
  let crashed: { at: number; result: CliResult; report: string | undefined } | undefined;
  void bot.process.exited.then((result) => {
    if (stopping) return;
    crashed = { at: clock.now(), result, report: readCrashReport(bot.dir) };
    progress(`the bot exited during the run (code ${String(result.code)}, signal ${String(result.signal)})`);
  });
  const recovered = (s: { venues: readonly { instruments: readonly { status: string | null }[] }[]; pools: readonly { status: string | null }[]; risk: { pauses: readonly string[] } }): boolean =>
    s.venues.every((v) => v.instruments.every((i) => i.status === "live")) && s.pools.every((p) => p.status === "live") && !s.risk.pauses.includes("stale");
  const recover = async (): Promise<void> => {
    const r = { start: clock.now(), end: undefined as number | undefined };
    recoveries.push(r);
    r.end = (await poller.waitFor(recovered, RECOVERY_MS))?.now;
  };
  const hold = async (): Promise<void> => {
    holding = true;
    const start = clock.now();
    lastHeartbeat = start;
    // Everything sent before the hold has been read once the bot renders a document 400 ms later; a huge
    // snapshot may take longer to apply, so mismatches are retried for 4 s before they count.
    let mismatches: string[] = ["no /status document"];
    for (let at = start + 400; at <= start + 4_000 && mismatches.length > 0; at += 300) {
      const sample = await poller.waitFor((s) => s.now >= at, 3_000);
      if (sample !== undefined) mismatches = compareBooksWithVenues(sample, venues);
    }
    compares.push({ at: start, mismatches });
    holding = false;
    holds.push({ start, end: clock.now() });
  };

  // Start-up counts as the first recovery: every input live and unpaused before any fault.
  await recover();
  for (const [p, phase] of plan.entries()) {
    if (crashed !== undefined) break;
    const phaseStart = clock.now();
    const phaseEnd = phaseStart + phaseMs;
    const memory = await fetch(`${bot.url}/metrics`)
      .then((res) => res.text())
      .then((text) => assertPrometheusText(text))
      .catch(() => new Map<string, number>());
    const mb = (name: string): string => `${Math.round((memory.get(name) ?? 0) / 1e6)} MB`;
    progress(`bot memory: rss ${mb("process_resident_memory_bytes")}, heap used ${mb("nodejs_heap_size_used_bytes")}`);
    progress(`phase ${p + 1}/${plan.length}: stalls ${phase.stalls.map((s) => s.venue).join(",") || "-"}, rpc ${phase.rpc.map((r) => r.kind).join(",") || "-"}, pads ${phase.pads.map((x) => x.venue).join(",") || "-"}`);
    faultsOn = true;
    const stallDone = (venue: ChaosVenue, atMs: number): Promise<void> =>
      sleep(atMs).then(async () => {
        const s = { venue, start: clock.now(), end: 0 };
        stalled.add(venue);
        if (venue === "solana") venues.stallSolana(true);
        else venues[venue].stall();
        await sleep(STALL_MS);
        if (venue === "solana") venues.stallSolana(false);
        else venues[venue].resume();
        stalled.delete(venue);
        s.end = clock.now();
        stalls.push(s);
      });
    const cexStalls = phase.stalls.filter((s) => s.venue !== "solana").map((s) => stallDone(s.venue, s.atMs));
    const solanaStall = phase.stalls.find((s) => s.venue === "solana");
    const lane = runSolanaLane({
      solana: venues.solana,
      clock,
      phaseEnd,
      items: [...phase.rpc, ...(solanaStall === undefined ? [] : [{ kind: "stall" as const, atMs: solanaStall.atMs }])].sort((a, b) => a.atMs - b.atMs),
      stall: () => stallDone("solana", 0),
      skipped,
      phaseStart,
    });
    const pads = phase.pads.map((pad) => sleep(pad.atMs).then(() => (pad.venue === "coinbase" ? venues.coinbase.padBook("SOL-USD", PAD_LEVELS) : venues.gemini.padBook("SOLUSD", PAD_LEVELS))));
    await Promise.all([sleep(phaseMs), ...cexStalls, lane, ...pads]);
    faultsOn = false;
    if (crashed !== undefined) break;
    await recover();
    await hold();
  }
  // Quiet, then the counters: everything delivered before `until` has been read when /metrics is rendered.
  cancelTick();
  await sleep(1_000);
  const until = clock.now();
  const metricsText = crashed === undefined ? await fetch(`${bot.url}/metrics`).then((r) => r.text()) : "";
  await poller.stop();
  stopping = true;
  bot.process.child.kill("SIGTERM");
  const exit = await Promise.race([bot.process.exited, sleep(20_000).then(() => undefined)]);
  if (exit === undefined) bot.process.child.kill("SIGKILL");
  // The journal as `arb-cli export … --format json` shows it, read in process (read-only) to save two process starts.
  const reader = createJournalReader(bot.journal);
  const opportunities = reader.query("opportunities") as unknown as Record<string, unknown>[];
  const statusChanges = reader.query("status_changes") as unknown as Record<string, unknown>[];
  reader.close();
  await venues.close();
  const record = {
    seed,
    phases: plan.length,
    wallSeconds: (clock.now() - wallStart) / 1000,
    until,
    plan,
    samples: poller.samples,
    pollFailures: poller.failures,
    deliveries: { coinbase: venues.coinbase.deliveries.filter((e) => e.at <= until), gemini: venues.gemini.deliveries.filter((e) => e.at <= until) },
    rpcEvents: venues.solana.events.filter((e) => e.at <= until),
    frameFaults: venues.frameFaults,
    crossings: venues.crossings,
    stalls,
    holds,
    recoveries,
    compares,
    skipped,
    exit,
    crashed,
    metrics: assertPrometheusText(metricsText),
    opportunities,
    statusChanges,
  };
  const report = checkSpawnedChaos(record);
  // A failed run leaves everything it observed next to the bot's journal and config, for a closer look; a
  // passed one leaves nothing.
  if (report.violations.length === 0) {
    rmSync(dir, { recursive: true, force: true });
    return report;
  }
  writeFileSync(join(dir, "chaos-record.json"), JSON.stringify({ ...record, metrics: [...record.metrics] }));
  return { ...report, workDir: dir };
}
