// P6: tick-to-decision latency of the composed engine (3 venues, one pair): from one market event
// published on the bus (the connector has already applied it to its book) to the decision returned
// (signal sizing on every affected pairing, risk gate, paper-execution scheduling). Seeded synthetic
// market (clearly labelled): Coinbase and Gemini SOL-USD books random-walking around ~20.85 and an Orca
// SOL/USDC pool that lags them, so that opportunities appear and vanish.
import { type LevelChange, type MarketEvents, type OrderBook, type PoolStateEvent, TestClock, createEventBus, createOrderBook, deepFreeze, topics } from "@arbkit/core";
import { createArbitrageEngine } from "@arbkit/engines";
import { coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../support/engineFixtures";
import { cpus, loadavg } from "node:os";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { nowNs, quantile } from "./measure";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = 50;
const px = (tick: number): string => (tick / 100).toFixed(2);

/** A CEX book kept around a mid tick (1 tick = 0.01): bids ≤ mid − 1, asks ≥ mid + 1. */
function createVenueBook(instrument: typeof coinbaseSolUsd, mid: number, rnd: () => number) {
  const book: OrderBook = createOrderBook(instrument);
  const size = (): string => (1 + Math.floor(rnd() * 40_000) / 1000).toFixed(3);
  book.applySnapshot(
    Array.from({ length: LEVELS }, (_, i) => ({ price: px(mid - 1 - i), size: size() })),
    Array.from({ length: LEVELS }, (_, i) => ({ price: px(mid + 1 + i), size: size() })),
  );
  let m = mid;
  return {
    book,
    mid: () => m,
    /** Moves the mid one tick toward `target`, or resizes a few levels near the touch when it is there. */
    step(target: number): LevelChange[] {
      const move = Math.sign(target - m);
      const changes: LevelChange[] = [];
      if (move > 0) {
        changes.push({ side: "ask", price: px(m + 1), size: "0" }, { side: "bid", price: px(m), size: size() });
        changes.push({ side: "bid", price: px(m - LEVELS), size: "0" }, { side: "ask", price: px(m + 1 + LEVELS), size: size() });
        m += 1;
      } else if (move < 0) {
        changes.push({ side: "bid", price: px(m - 1), size: "0" }, { side: "ask", price: px(m), size: size() });
        changes.push({ side: "ask", price: px(m + LEVELS), size: "0" }, { side: "bid", price: px(m - 1 - LEVELS), size: size() });
        m -= 1;
      } else {
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          const bid = rnd() < 0.5;
          const off = 1 + Math.floor(rnd() * 5);
          changes.push({ side: bid ? "bid" : "ask", price: px(bid ? m - off : m + off), size: size() });
        }
      }
      book.applyChanges(changes);
      return changes;
    },
  };
}

export const p6Engine: BenchWorkload = {
  id: "P6",
  title: "engine tick-to-decision latency (3 venues, one pair; synthetic seeded market)",
  async run({ quick, log }) {
    const rnd = mulberry32(6);
    const clock = new TestClock(1_700_000_000_000);
    const market = createEventBus<MarketEvents>();
    const engine = createArbitrageEngine({
      clock,
      market,
      pairs: [{
        id: "SOL-USD",
        cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0.006" }, { instrument: geminiSolUsd, takerFeeRate: "0.004" }],
        pool: { instrument: orcaSolUsdc },
        maxSize: "100",
        sizeIncrement: "0.001",
      }],
      execution: { latency: { solanaLandingMs: 400, cexRoundTripMs: { coinbase: 120, gemini: 150 } } },
    });
    let opportunities = 0;
    let approved = 0;
    engine.events.subscribe("opportunity", () => opportunities++);
    engine.events.subscribe("riskDecision", (d) => (d.approved ? approved++ : 0));
    const venues = [createVenueBook(coinbaseSolUsd, 2085, rnd), createVenueBook(geminiSolUsd, 2085, rnd)];
    const instruments = [coinbaseSolUsd, geminiSolUsd];
    for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) market.publish(topics.status(i.venue), liveStatus(i, clock.now()));
    const poolCache = new Map<number, PoolStateEvent>();
    const poolAt = (usdcPerSol: number, ts: number, slot: number): PoolStateEvent => {
      const tick = tickForPrice(usdcPerSol);
      let base = poolCache.get(tick);
      if (base === undefined) {
        base = syntheticPoolEvent(orcaSolUsdc, { tick, liquidity: 4n * 10n ** 12n, tsInit: ts });
        poolCache.set(tick, base);
      }
      // A fresh event object per update, as a connector publishes: the engine builds a new quoter for it.
      // Frozen here, as the bus freezes it for every subscriber before the engine's handler runs.
      return deepFreeze({ ...base, tsInit: ts, tsEvent: ts, slot });
    };
    let slot = 200_000_000;
    market.publish(topics.pool(orcaSolUsdc.id), poolAt(20.85, clock.now(), slot));
    const total = quick ? 5_000 : 40_000;
    const warmup = quick ? 500 : 4_000;
    const cex: number[] = [];
    const pool: number[] = [];
    const withOpportunity: number[] = [];
    // CPU time per tick (process user+system µs): unlike wall time it excludes time the OS gave to other
    // processes, so on a loaded machine it shows the engine's own cost. Coarser (µs granularity).
    const cpu: number[] = [];
    const quiet: number[] = [];
    // One "true" mid for the market; each venue's book follows it one tick per update of that venue.
    let trueMid = 2085;
    for (let n = 0; n < total + warmup; n++) {
      clock.advanceBy(20);
      if (rnd() < 0.15) trueMid += rnd() < 0.5 ? -1 : 1;
      const r = rnd();
      let elapsed: bigint;
      if (r < 0.1) {
        // The pool catches up with the CEX mid, with a lag error of up to ±1 %.
        const mid = trueMid / 100;
        const event = poolAt(mid * (1 + (rnd() - 0.5) * 0.02), clock.now(), ++slot);
        const before = opportunities;
        const c0 = process.cpuUsage();
        const t0 = nowNs();
        market.publish(topics.pool(orcaSolUsdc.id), event);
        elapsed = nowNs() - t0;
        const c1 = process.cpuUsage(c0);
        if (n >= warmup) {
          cpu.push(c1.user + c1.system);
          pool.push(Number(elapsed) / 1000);
          (opportunities > before ? withOpportunity : quiet).push(Number(elapsed) / 1000);
        }
      } else {
        const v = r < 0.55 ? 0 : 1;
        const venue = venues[v]!;
        const changes = venue.step(trueMid);
        const instrument = instruments[v]!;
        const event = deepFreeze({ type: "delta" as const, venue: instrument.venue, instrument: instrument.id, sequence: n, changes, book: venue.book, tsEvent: clock.now(), tsInit: clock.now() });
        const before = opportunities;
        const c0 = process.cpuUsage();
        const t0 = nowNs();
        market.publish(topics.book(instrument.id), event);
        elapsed = nowNs() - t0;
        const c1 = process.cpuUsage(c0);
        if (n >= warmup) {
          cpu.push(c1.user + c1.system);
          cex.push(Number(elapsed) / 1000);
          (opportunities > before ? withOpportunity : quiet).push(Number(elapsed) / 1000);
        }
      }
    }
    engine.stop();
    const all = [...cex, ...pool];
    const p50 = quantile(all, 0.5);
    const p99 = quantile(all, 0.99);
    log(`  ${all.length} decisions (${cex.length} CEX updates, ${pool.length} pool updates), ${opportunities} opportunities, ${approved} approved`);
    log(`  CPU time per tick: p50 ${quantile(cpu, 0.5).toFixed(0)} µs, p99 ${quantile(cpu, 0.99).toFixed(0)} µs; load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPUs`);
    log(`  ticks with an opportunity: ${withOpportunity.length} (p50 ${quantile(withOpportunity, 0.5).toFixed(1)} µs, p99 ${quantile(withOpportunity, 0.99).toFixed(1)} µs); without: ${quiet.length} (p50 ${quantile(quiet, 0.5).toFixed(1)} µs, p99 ${quantile(quiet, 0.99).toFixed(1)} µs)`);
    log(`  CEX update p50 ${quantile(cex, 0.5).toFixed(1)} µs p99 ${quantile(cex, 0.99).toFixed(1)} µs; pool update p50 ${quantile(pool, 0.5).toFixed(1)} µs p99 ${quantile(pool, 0.99).toFixed(1)} µs`);
    const result: BenchResult = {
      name: "P6 tick-to-decision (3 venues, 1 pair)",
      unit: "us p99",
      ours: p99,
      peer: undefined,
      peerName: "-",
      ratio: undefined,
      target: "p99 ≤ 100 µs",
      met: p99 <= 100,
      extra: {
        medianUs: p50,
        p99Us: p99,
        cexP99Us: quantile(cex, 0.99),
        poolP99Us: quantile(pool, 0.99),
        cpuP99Us: quantile(cpu, 0.99),
        loadAverage: loadavg()[0]!,
        opportunityTickP99Us: quantile(withOpportunity, 0.99),
        quietTickP99Us: quantile(quiet, 0.99),
        decisions: all.length,
        opportunities,
      },
    };
    return [result];
  },
};
