import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { marketScenario, type MarketScenario } from "../../../../tests/support/engineArbitraries";
import { liveStatus } from "../../../../tests/support/engineFixtures";
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
            // A size on the grid that clears the threshold means the engine must have found one at least as good.
            expect(op).toBeDefined();
            expect(new Decimal(op!.netPnl.toFixed()).add(oneIncrement).add("1e-16").gte(ref.profit)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
