import { Decimal } from "decimal.js";
import { TestClock, createEventBus, type InstrumentId, type MarketEvents } from "@arbkit/core";
import {
  createCoinbaseConnector,
  createGeminiConnector,
  createInMemoryConnectorMetrics,
  createOrcaConnector,
  createScenarioRecording,
  createSeededRandom,
  readScenarioAccounts,
  type RecordedFrame,
} from "@arbkit/connectors";
import { createArbitrageEngine } from "@arbkit/engines";
import { resolveConfig } from "../../../packages/cli/src/config/resolveConfig";
import { toEngineOptions } from "../../../packages/cli/src/config/toEngineOptions";
import { normalizeLevels } from "../../support/NaiveOrderBook";
import { fixturePath } from "../../support/fixtures";
import { createChaosCoinbaseVenue } from "./createChaosCoinbaseVenue";
import { createChaosGeminiVenue } from "./createChaosGeminiVenue";
import { createMemorySocketFactory } from "./createMemorySocketFactory";
import { createSequenceModel } from "./createSequenceModel";

/** Options of {@link runChaosSession}. */
export interface ChaosOptions {
  /** Seed of the scenario and of every fault. */
  readonly seed: number;
  /** Simulated seconds with faults; a quiet tail follows. */
  readonly seconds: number;
  /** Quiet simulated seconds after the faults stop (everything must recover). @default 40 */
  readonly tailSeconds?: number;
  /** Levels per side a huge snapshot adds. @default 5000 */
  readonly hugeLevels?: number;
}

/** The connector counters a chaos session checks. */
export interface ChaosCounters {
  readonly coinbaseParseErrors: number;
  readonly coinbaseGaps: number;
  readonly coinbaseReconnects: number;
  readonly geminiParseErrors: number;
  readonly geminiReconnects: number;
  readonly orcaParseErrors: number;
}

/** What a chaos session measured. `violations` must be empty. */
export interface ChaosReport {
  readonly seed: number;
  readonly simulatedSeconds: number;
  readonly frames: number;
  readonly injected: Record<string, number>;
  /** The connectors' counters at the end, and what the faults that reached them say they must be. */
  readonly counters: ChaosCounters;
  readonly expected: ChaosCounters;
  readonly opportunities: number;
  readonly staleEpisodes: Record<string, number>;
  /** Largest delay from a source's data passing its age limit to the stale pause, ms of simulated time. */
  readonly maxPauseDelayMs: number;
  /** Book comparisons with the venue's truth made (each after a resync, and every 5 s). */
  readonly bookChecks: number;
  readonly resyncChecks: number;
  readonly errorCodes: Record<string, number>;
  readonly violations: readonly string[];
}

const CHECK_MS = 100;
const ALLOWED_ERRORS = new Set(["FRAME_MALFORMED", "BOOK_SEQUENCE_GAP", "BOOK_SEQUENCE_REGRESSION", "CONNECTION_FAILED", "ACCOUNT_DECODE_FAILED"]);

/**
 * Runs the whole observe-only pipeline (Coinbase and Gemini connectors over in-memory sockets to simulated
 * venues, the Orca connector fed through its sink, the engine from the CLI's starter config) over a seeded
 * synthetic scenario while seeded faults hit it: disconnects every 5–30 s, 1 % malformed frames, sequence gaps
 * and repeats, 20 s stalls, huge snapshots, a stalled Solana feed and malformed Solana frames. Time is a
 * TestClock: minutes of chaos take seconds and every run of a seed is identical. Returns what it measured;
 * every broken invariant is a line in `violations`.
 */
export function runChaosSession(options: ChaosOptions): ChaosReport {
  const tail = options.tailSeconds ?? 40;
  const violations: string[] = [];
  const violate = (what: string): void => {
    if (violations.length < 50) violations.push(`[t=${((clock.now() - startMs) / 1000).toFixed(3)}s] ${what}`);
  };
  const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
  const scenario = createScenarioRecording({ accounts, seed: options.seed, durationSeconds: options.seconds + tail });
  const startMs = scenario.header.startedAt * 1000;
  const endFaultsMs = startMs + options.seconds * 1000;
  const clock = new TestClock(startMs);
  const rng = createSeededRandom(options.seed * 7919 + 1);
  const config = resolveConfig(undefined);
  const pair = config.pairs[0];
  if (pair === undefined) throw new Error("starter config has no pair");
  const maxBookAgeMs = config.signal.maxBookAgeMs;
  const maxPoolAgeMs = config.signal.maxPoolAgeMs;

  const bus = createEventBus<MarketEvents>();
  const metrics = createInMemoryConnectorMetrics();
  const cbVenue = createChaosCoinbaseVenue(clock, rng, "SOL-USD", { malformed: 0.01, skip: 0.005, repeat: 0.002 });
  const gmVenue = createChaosGeminiVenue(clock, rng, "SOLUSD", 0.01);
  const cbNet = createMemorySocketFactory(clock, (s) => cbVenue.accept(s));
  const gmNet = createMemorySocketFactory(clock, (s) => gmVenue.accept(s));
  const cbSeq = createSequenceModel();
  let cbMalformedDelivered = 0;
  let gmMalformedDelivered = 0;
  cbNet.onDelivered = (socket, text) => {
    if (cbVenue.isMalformed(text)) {
      cbMalformedDelivered++;
      cbSeq.malformed();
    } else cbSeq.frame(socket.id, text);
  };
  gmNet.onDelivered = (_socket, text) => {
    if (gmVenue.isMalformed(text)) gmMalformedDelivered++;
  };
  const common = { bus, clock, metrics, backoff: { initialDelayMs: 250, maxDelayMs: 5_000, jitter: 0.5, random: () => rng.next() } };
  const coinbase = createCoinbaseConnector({ ...common, products: ["SOL-USD"], endpoint: "ws://memory/coinbase", socketFactory: cbNet.factory });
  const gemini = createGeminiConnector({ ...common, symbols: ["SOLUSD"], endpoint: "ws://memory/gemini", socketFactory: gmNet.factory });
  const orca = createOrcaConnector({ bus, clock, metrics, pools: [{ address: pair.pool.address, decimalsA: 9, decimalsB: 6 }], endpoints: [] });
  const engine = createArbitrageEngine({ clock, market: bus, ...toEngineOptions(config) });

  const cbId = coinbase.instrumentOf("SOL-USD");
  const gmId = gemini.instrumentOf("SOLUSD");
  const poolId = `orca:${pair.pool.address}` as InstrumentId;
  const sources = [
    { id: cbId, maxAge: maxBookAgeMs, status: () => coinbase.status(cbId) },
    { id: gmId, maxAge: maxBookAgeMs, status: () => gemini.status(gmId) },
    { id: poolId, maxAge: maxPoolAgeMs, status: () => orca.status(poolId) },
  ];
  const lastData = new Map<string, number>();
  const errorCodes: Record<string, number> = {};
  let opportunities = 0;
  let resyncPending = false;
  bus.subscribe("book", (e) => lastData.set(e.instrument, e.tsInit));
  bus.subscribe("pool", (e) => lastData.set(e.instrument, e.tsInit));
  bus.subscribe("error", (e) => {
    errorCodes[e.error.code] = (errorCodes[e.error.code] ?? 0) + 1;
    if (!ALLOWED_ERRORS.has(e.error.code)) violate(`unexpected error ${e.error.code}: ${e.error.shortMessage}${e.error.cause instanceof Error ? ` (cause: ${e.error.cause.stack ?? e.error.cause.message})` : ""}`);
  });
  bus.subscribe("status", (e) => {
    if (e.status === "live" && e.previous !== "live" && e.previous !== "stale" && e.instrument !== undefined) resyncPending = true;
  });

  // No opportunity from a stale, syncing or crossed book, or from data past its age limit.
  engine.events.subscribe("opportunity", (op) => {
    opportunities++;
    const connector = op.cexLeg.instrument === cbId ? coinbase : gemini;
    const status = connector.status(op.cexLeg.instrument);
    if (status !== "live") violate(`opportunity ${op.id} from a ${String(status)} book`);
    const book = connector.book(op.cexLeg.instrument);
    const bid = book?.bestBid();
    const ask = book?.bestAsk();
    if (bid === undefined || ask === undefined || !new Decimal(String(bid.price)).lt(String(ask.price))) violate(`opportunity ${op.id} from a crossed or one-sided book`);
    if (orca.status(poolId) !== "live") violate(`opportunity ${op.id} from a ${String(orca.status(poolId))} pool`);
    if (op.inputs.cexAgeMs > maxBookAgeMs || op.inputs.poolAgeMs > maxPoolAgeMs) violate(`opportunity ${op.id} from data aged ${op.inputs.cexAgeMs}/${op.inputs.poolAgeMs} ms`);
  });

  // The stale pause: engaged within limit + 1 s of data going stale; lifted by itself when fresh.
  const staleEpisodes: Record<string, number> = {};
  const agedSince = new Map<string, number>();
  let maxPauseDelayMs = 0;
  engine.events.subscribe("riskState", (e) => {
    if (e.kind === "stale" && e.action === "paused") staleEpisodes[e.by] = (staleEpisodes[e.by] ?? 0) + 1;
    if (e.kind !== "stale") violate(`unexpected ${e.kind} ${e.action} by ${e.by}: ${e.reason}`);
  });
  const checkStaleness = (): void => {
    const now = clock.now();
    const staleSources = new Set(engine.risk.getState().staleSources);
    for (const s of sources) {
      const last = lastData.get(s.id);
      if (last === undefined) continue;
      const limitPassedAt = last + s.maxAge;
      if (now > limitPassedAt) {
        if (staleSources.has(s.id)) {
          if (!agedSince.has(s.id)) {
            agedSince.set(s.id, now);
            maxPauseDelayMs = Math.max(maxPauseDelayMs, now - limitPassedAt);
          }
        } else if (now > limitPassedAt + 1000) violate(`${s.id}: data ${now - last} ms old but no stale pause`);
      } else agedSince.delete(s.id);
      if (s.status() === "live" && now - last <= s.maxAge && staleSources.has(s.id)) violate(`${s.id}: live and fresh (${now - last} ms) but still paused as stale`);
    }
  };

  // The books equal the venues' truth whenever nothing is in flight: after every resync, and every 5 s.
  let bookChecks = 0;
  let resyncChecks = 0;
  let nextFullCheck = startMs + 5_000;
  const checkBooks = (): void => {
    if (cbNet.inFlight > 0 || gmNet.inFlight > 0 || !cbVenue.settled() || !gmVenue.settled()) return;
    const due = clock.now() >= nextFullCheck;
    if (!due && !resyncPending) return;
    if (resyncPending) resyncChecks++;
    resyncPending = false;
    if (due) nextFullCheck = clock.now() + 5_000;
    for (const [connector, id, truth] of [[coinbase, cbId, cbVenue.truth], [gemini, gmId, gmVenue.truth]] as const) {
      if (connector.status(id) !== "live") continue;
      bookChecks++;
      const book = connector.book(id);
      const bids = normalizeLevels(book?.depth("bid") ?? []);
      const asks = normalizeLevels(book?.depth("ask") ?? []);
      const want = { bids: truth.levels("bid"), asks: truth.levels("ask") };
      if (JSON.stringify(bids) !== JSON.stringify(want.bids) || JSON.stringify(asks) !== JSON.stringify(want.asks)) {
        violate(`${id}: book differs from the venue (${bids.length}/${asks.length} levels vs ${want.bids.length}/${want.asks.length})`);
      }
    }
  };
  clock.setInterval(() => {
    checkStaleness();
    checkBooks();
  }, CHECK_MS);

  // Seeded fault schedules.
  const faultsOn = (): boolean => clock.now() < endFaultsMs;
  const every = (lo: number, hi: number, action: () => void): void => {
    const schedule = (): void => {
      clock.setTimeout(() => {
        if (!faultsOn()) return;
        action();
        schedule();
      }, Math.round(rng.between(lo, hi)));
    };
    schedule();
  };
  every(5_000, 30_000, () => cbVenue.disconnect());
  every(5_000, 30_000, () => gmVenue.disconnect());
  every(25_000, 60_000, () => cbVenue.stall(20_000));
  every(25_000, 60_000, () => gmVenue.stall(20_000));
  every(15_000, 45_000, () => cbVenue.hugeSnapshot(options.hugeLevels ?? 5_000));
  let solanaStallUntil = 0;
  let solanaStalls = 0;
  let solanaMalformed = 0;
  every(20_000, 60_000, () => {
    solanaStalls++;
    solanaStallUntil = clock.now() + 20_000;
  });
  const orcaFrame = (f: RecordedFrame): void => {
    if (clock.now() < solanaStallUntil) return; // a stalled node: nothing arrives (account data comes back whole)
    if (faultsOn() && rng.next() < 0.01) {
      solanaMalformed++;
      const bad = solanaMalformed % 2 === 0 ? f.frame.slice(0, 30) : '{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"slot":-1},"subscription":1}}';
      orca.sink.ingest({ ...f, frame: bad });
    }
    orca.sink.ingest(f);
  };

  coinbase.start();
  gemini.start();
  let frames = 0;
  const run = (): void => {
    for (const f of scenario.frames) {
      if (f.dir === "out") continue;
      const at = f.recvTs * 1000;
      if (at > clock.now()) clock.advanceTo(at);
      if (!faultsOn()) {
        cbVenue.faultsEnabled = false;
        gmVenue.faultsEnabled = false;
      }
      frames++;
      if (f.venue === "coinbase") cbVenue.play(f.frame);
      else if (f.venue === "gemini") gmVenue.play(f.frame);
      else orcaFrame(f);
    }
    clock.advanceBy(1_000);
  };
  try {
    run();
  } catch (error) {
    violate(`crash: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  // Counters match the faults that reached the connectors.
  const counters: ChaosCounters = {
    coinbaseParseErrors: metrics.counter("parseErrors", { venue: "coinbase" }),
    coinbaseGaps: metrics.counter("gaps", { venue: "coinbase" }),
    coinbaseReconnects: metrics.counter("reconnects", { venue: "coinbase" }),
    geminiParseErrors: metrics.counter("parseErrors", { venue: "gemini" }),
    geminiReconnects: metrics.counter("reconnects", { venue: "gemini" }),
    orcaParseErrors: metrics.counter("parseErrors", { venue: "orca" }),
  };
  const expected: ChaosCounters = {
    coinbaseParseErrors: cbMalformedDelivered,
    coinbaseGaps: cbSeq.gaps,
    coinbaseReconnects: cbNet.sockets - 1,
    geminiParseErrors: gmMalformedDelivered,
    geminiReconnects: gmNet.sockets - 1,
    orcaParseErrors: solanaMalformed,
  };
  for (const [k, v] of Object.entries(expected)) if (counters[k as keyof ChaosCounters] !== v) violate(`counter ${k} = ${counters[k as keyof ChaosCounters]}, expected ${String(v)}`);
  if (counters.coinbaseReconnects < cbVenue.faults.disconnects) violate("fewer Coinbase reconnects than disconnects");
  if (counters.geminiReconnects < gmVenue.faults.disconnects) violate("fewer Gemini reconnects than disconnects");
  // Everything recovered in the quiet tail: live, no stale pause left (no one resumed anything by hand).
  for (const s of sources) if (s.status() !== "live") violate(`${s.id} is ${String(s.status())} at the end`);
  if (engine.risk.getState().pauses.length > 0) violate(`still paused at the end: ${engine.risk.getState().pauses.join(", ")} (${engine.risk.getState().staleSources.join(", ")})`);

  engine.stop();
  coinbase.close();
  gemini.close();
  void orca.stop();
  return {
    seed: options.seed,
    simulatedSeconds: (clock.now() - startMs) / 1000,
    frames,
    injected: {
      ...Object.fromEntries(Object.entries(cbVenue.faults).map(([k, v]) => [`coinbase.${k}`, v])),
      ...Object.fromEntries(Object.entries(gmVenue.faults).map(([k, v]) => [`gemini.${k}`, v])),
      "solana.stalls": solanaStalls,
      "solana.malformed": solanaMalformed,
    },
    counters,
    expected,
    opportunities,
    staleEpisodes,
    maxPauseDelayMs,
    bookChecks,
    resyncChecks,
    errorCodes,
    violations,
  };
}
