import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssetSymbol, type BookEvent, type LevelChange, type OrderBook, TestClock, type VenueId, createOrderBook } from "@arbkit/core";
import { buildMarketScenario, marketParams, marketScenario, type MarketScenario } from "../../../../tests/support/engineArbitraries";
import { liveStatus, syntheticPoolEvent } from "../../../../tests/support/engineFixtures";
import { Decimal, referenceProfit } from "../../../../tests/support/referenceProfit";
import { createSignalEngine } from "./createSignalEngine";
import { DIRECTIONS } from "./Direction";
import type { Opportunity } from "./Opportunity";

const TS = 1_000;

function decide(s: MarketScenario): readonly Opportunity[] {
  const clock = new TestClock(TS);
  const signal = createSignalEngine({ clock, pairs: [s.pair], minEdgeBps: s.minEdgeBps, slippageBufferBps: s.bufferBps });
  signal.applyStatus(liveStatus(s.pair.cex[0]!.instrument, TS));
  signal.applyStatus(liveStatus(s.pair.pool.instrument, TS));
  signal.applyPool(s.pool);
  return signal.applyBook(s.book);
}

/** Sizes to brute-force: an even grid over the whole range plus the neighbourhood of `around`. */
function grid(maxLots: number, around: number | undefined): number[] {
  const out = new Set<number>();
  for (let k = 0; k <= 40; k++) out.add(Math.max(1, Math.round((maxLots * k) / 40)));
  if (around !== undefined) for (let d = -3; d <= 3; d++) if (around + d >= 1 && around + d <= maxLots) out.add(around + d);
  return [...out];
}

describe("signal engine sizing (property)", () => {
  it("emits nothing when the touch spread is below the proportional costs", () => {
    fc.assert(
      fc.property(marketScenario(TS), (s) => {
        const ops = decide(s);
        const f = new Decimal(s.pair.cex[0]!.takerFeeRate);
        const hurdle = new Decimal(s.minEdgeBps).add(s.bufferBps).div(10_000);
        const poolFee = new Decimal(s.pool.state.feeRate).div(1e6);
        const spot = new Decimal(s.pool.state.sqrtPrice.toString()).pow(2).div(new Decimal(2).pow(128)).mul(1000);
        const ask = new Decimal(s.book.book.bestAsk()!.price);
        const bid = new Decimal(s.book.book.bestBid()!.price);
        const cexToPoolEdge = spot.mul(new Decimal(1).sub(poolFee)).sub(ask.mul(new Decimal(1).add(f).add(hurdle)));
        const poolToCexEdge = bid.mul(new Decimal(1).sub(f).sub(hurdle)).sub(spot.div(new Decimal(1).sub(poolFee)));
        if (cexToPoolEdge.lte(0)) expect(ops.filter((o) => o.direction === "cexToPool")).toEqual([]);
        if (poolToCexEdge.lte(0)) expect(ops.filter((o) => o.direction === "poolToCex")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("chooses a size whose profit is ≥ every brute-force grid size that clears the threshold (within one size increment), and matches the reference exactly", () => {
    fc.assert(
      fc.property(marketScenario(TS), (s) => {
        const ops = decide(s);
        const maxLots = Number(s.pair.maxSize) * 1000;
        const quoteAtom = new Decimal(10).pow(-s.pair.pool.instrument.quote.decimals);
        for (const direction of DIRECTIONS) {
          const op = ops.find((o) => o.direction === direction);
          const chosenLots = op === undefined ? undefined : op.cexLeg.size.mul(1000).toNumber();
          if (op !== undefined) {
            const ref = referenceProfit(s, direction, chosenLots!);
            expect(ref).toBeDefined();
            // The engine rounds each cost up to 1e-18 USD; nothing else differs.
            expect(ref!.profit.sub(op.netPnl.toFixed()).abs().lte("1e-16")).toBe(true);
            expect(ref!.clears).toBe(true);
          }
          for (const g of grid(maxLots, chosenLots)) {
            const ref = referenceProfit(s, direction, g);
            if (ref === undefined || !ref.clears) continue;
            // "Within one size increment": the profit change to either neighbouring size.
            const oneIncrement = [g - 1, g + 1]
              .map((n) => (n >= 1 ? referenceProfit(s, direction, n) : undefined))
              .reduce((m, n) => (n === undefined ? m : Decimal.max(m, n.profit.sub(ref.profit).abs())), new Decimal(0));
            // Or one atom of the pool's quote token: the pool floors its output to whole atoms, so near a flat
            // optimum the profit is a sawtooth of one-atom teeth (a tooth can span many sizes), and sizes whose
            // profits differ by less than an atom are a tie the climb need not break.
            const tie = Decimal.max(oneIncrement, quoteAtom);
            // A size on the grid that clears the threshold means the engine must have found one at least as good.
            expect(op).toBeDefined();
            expect(new Decimal(op!.netPnl.toFixed()).add(tie).add("1e-16").gte(ref.profit)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** One step of a market after the scenario's start: a book change on one or both sides, a new pool state, time. */
const marketStep = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("book" as const),
      // Ticks away from the side's own touch (never crossing) and sizes; size 0 removes the level.
      bids: fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), fc.integer({ min: 0, max: 40_000 })), { maxLength: 3 }),
      asks: fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), fc.integer({ min: 0, max: 40_000 })), { maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pool" as const), ticks: fc.integer({ min: -200, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("time" as const), ms: fc.integer({ min: 1, max: 1_500 }) }) },
  // One new balance: SOL in the pool wallet (tenths) or at the CEX (tenths), USD at the CEX or USDC in the wallet.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("inventory" as const), which: fc.nat(3), amount: fc.integer({ min: 0, max: 2_000 }) }) },
);

/**
 * Everything an opportunity or evaluation says, as text: the book view it carries is left out, and so are ids
 * (they number decisions per engine, and the reference below is a new engine every time).
 */
const describeAll = (values: readonly unknown[]): string =>
  JSON.stringify(values, (key, v: unknown) => (key === "book" || key === "id" || key === "opportunityId" ? undefined : typeof v === "bigint" ? `${v}n` : v));

/** Markets where the pool is far enough off the book that one direction usually has an edge to size. */
const edgyMarket = fc
  .tuple(marketParams, fc.integer({ min: 40, max: 300 }), fc.boolean())
  .map(([r, offset, up]) => buildMarketScenario({ ...r, poolOffsetBps: up ? offset : -offset }, TS));

describe("signal engine reuse of unchanged inputs (property)", () => {
  it("an engine fed one live book across many events decides as a new engine shown only the current state", () => {
    let stepsWithOpportunities = 0;
    fc.assert(
      fc.property(fc.oneof(edgyMarket, marketScenario(TS)), fc.array(marketStep, { minLength: 1, maxLength: 14 }), (s, steps) => {
        const instrument = s.pair.cex[0]!.instrument;
        const clock = new TestClock(TS);
        const balances = new Map<string, InstanceType<typeof Decimal>>();
        const inventory = { revision: 0, available: (venue: VenueId, asset: AssetSymbol) => balances.get(`${venue}|${asset}`) };
        const engineAt = (now: number) => {
          const signal = createSignalEngine({ clock: new TestClock(now), pairs: [s.pair], minEdgeBps: s.minEdgeBps, slippageBufferBps: s.bufferBps, inventory });
          signal.applyStatus(liveStatus(instrument, TS));
          signal.applyStatus(liveStatus(s.pair.pool.instrument, TS));
          return signal;
        };
        // Under test: one engine and one live book mutated in place between events (as connectors publish it),
        // so whatever the engine derived from a side may be carried over to later events.
        const signal = createSignalEngine({ clock, pairs: [s.pair], minEdgeBps: s.minEdgeBps, slippageBufferBps: s.bufferBps, inventory });
        signal.applyStatus(liveStatus(instrument, TS));
        signal.applyStatus(liveStatus(s.pair.pool.instrument, TS));
        signal.applyPool(s.pool);
        const live = s.book.book as OrderBook;
        let bookEvent: BookEvent = s.book;
        let pool = s.pool;
        // Reference: a new engine that sees a copy of the current book and the current pool, nothing earlier.
        const reference = (): { readonly ops: readonly unknown[]; readonly evaluations: readonly unknown[] } => {
          const copy = createOrderBook(instrument);
          copy.applySnapshot(live.depth("bid"), live.depth("ask"));
          const fresh = engineAt(clock.now());
          fresh.applyPool(pool);
          const ops = fresh.applyBook({ ...bookEvent, book: copy });
          return { ops, evaluations: fresh.getEvaluations() };
        };
        const check = (ops: readonly unknown[]): void => {
          const ref = reference();
          expect(describeAll(ops)).toBe(describeAll(ref.ops));
          expect(describeAll(signal.getEvaluations())).toBe(describeAll(ref.evaluations));
          if (ops.length > 0) stepsWithOpportunities++;
        };
        check(signal.applyBook(s.book));
        for (const step of steps) {
          if (step.kind === "time") {
            clock.advanceBy(step.ms);
            check(signal.evaluateAll());
          } else if (step.kind === "inventory") {
            const pool = s.pair.pool.instrument.venue;
            const [key, amount] = [
              [`${pool}|SOL`, new Decimal(step.amount).div(10)],
              [`${instrument.venue}|SOL`, new Decimal(step.amount).div(10)],
              [`${instrument.venue}|USD`, new Decimal(step.amount)],
              [`${pool}|USDC`, new Decimal(step.amount)],
            ][step.which] as [string, InstanceType<typeof Decimal>];
            balances.set(key, amount);
            inventory.revision++;
            check(signal.evaluateAll());
          } else if (step.kind === "pool") {
            const tick = Math.round(Math.log(Number(pool.state.sqrtPrice) / 2 ** 64) / Math.log(Math.sqrt(1.0001))) + step.ticks;
            pool = syntheticPoolEvent(s.pair.pool.instrument, { tick, liquidity: pool.state.liquidity, feeRate: pool.state.feeRate, tsInit: clock.now() });
            check(signal.applyPool(pool));
          } else {
            const bestBid = new Decimal(live.bestBid()?.price ?? "1");
            const bestAsk = new Decimal(live.bestAsk()?.price ?? "300");
            const changes: LevelChange[] = [
              ...step.bids.map(([t, size]): LevelChange => ({ side: "bid", price: Decimal.max("0.01", bestBid.sub(t * 0.03)).toFixed(2), size: (size / 1000).toFixed(3) })),
              ...step.asks.map(([t, size]): LevelChange => ({ side: "ask", price: bestAsk.add(t * 0.03).toFixed(2), size: (size / 1000).toFixed(3) })),
            ];
            live.applyChanges(changes);
            bookEvent = { type: "delta", venue: instrument.venue, instrument: instrument.id, sequence: undefined, changes, book: live, tsEvent: clock.now(), tsInit: clock.now() };
            check(signal.applyBook(bookEvent));
          }
        }
      }),
      { numRuns: 200 },
    );
    // The comparison means something only if sizing ran: most runs must reach opportunities.
    expect(stepsWithOpportunities).toBeGreaterThan(200);
  });
});
