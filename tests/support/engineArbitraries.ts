import fc from "fast-check";
import type { BookSnapshotEvent, PoolStateEvent } from "@arbkit/core";
import type { ArbPair } from "@arbkit/engines";
import { bookEvent, coinbaseSolUsd, geminiSolUsd, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "./engineFixtures";

/** A SYNTHETIC market for property tests: one CEX book and one single-range pool, near each other. */
export interface MarketScenario {
  /** Prints counterexamples as their parameters (fast-check). */
  readonly [fc.toStringMethod]: () => string;
  readonly pair: ArbPair;
  readonly book: BookSnapshotEvent;
  readonly pool: PoolStateEvent;
  readonly minEdgeBps: string;
  readonly bufferBps: string;
}

const levels = (start: number, dir: 1 | -1, sizes: readonly number[]): (readonly [string, string])[] =>
  sizes.map((s, i) => [((start + dir * i * 3) / 100).toFixed(2), (s / 1000).toFixed(3)] as const);

/** The parameters a {@link MarketScenario} is built from. */
export const marketParams = fc.record({
      midCents: fc.integer({ min: 1_000, max: 20_000 }),
      spreadCents: fc.integer({ min: 1, max: 20 }),
      bids: fc.array(fc.integer({ min: 10, max: 40_000 }), { minLength: 1, maxLength: 12 }),
      asks: fc.array(fc.integer({ min: 10, max: 40_000 }), { minLength: 1, maxLength: 12 }),
      poolOffsetBps: fc.oneof(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -120, max: 120 })),
      liquidityExp: fc.integer({ min: 10, max: 14 }),
      poolFee: fc.constantFrom(100, 500, 3000, 10_000),
      takerFee: fc.constantFrom("0", "0.001", "0.004", "0.006"),
      gemini: fc.boolean(),
      minEdgeBps: fc.constantFrom("0", "5", "10", "25"),
      bufferBps: fc.constantFrom("0", "2", "10"),
      maxSize: fc.constantFrom("5", "50", "500"),
    });

/** Parameters of a {@link MarketScenario}. */
export type MarketParams = typeof marketParams extends fc.Arbitrary<infer T> ? T : never;

/** Random CEX book (cents ticks, 1-12 levels a side) around a mid of 10-200 USD and a pool within ±3 %. */
export const marketScenario = (ts: number): fc.Arbitrary<MarketScenario> => marketParams.map((r) => buildMarketScenario(r, ts));

/** Builds the SYNTHETIC market of `r` (deterministic). */
export function buildMarketScenario(r: MarketParams, ts: number): MarketScenario {
    {
      const instrument = r.gemini ? geminiSolUsd : coinbaseSolUsd;
      const bid = r.midCents - Math.ceil(r.spreadCents / 2);
      const ask = bid + r.spreadCents;
      const poolPrice = (r.midCents / 100) * (1 + r.poolOffsetBps / 10_000);
      return {
        // Counterexamples print as their parameters, not as the built books and tick arrays.
        [fc.toStringMethod]: () => `market(${JSON.stringify(r)})`,
        pair: { id: "SOL-USD", cex: [{ instrument, takerFeeRate: r.takerFee }], pool: { instrument: orcaSolUsdc }, maxSize: r.maxSize, sizeIncrement: "0.001" },
        book: bookEvent(instrument, levels(bid, -1, r.bids), levels(ask, 1, r.asks), ts),
        pool: syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(poolPrice), liquidity: 10n ** BigInt(r.liquidityExp), feeRate: r.poolFee, tsInit: ts }),
        minEdgeBps: r.minEdgeBps,
        bufferBps: r.bufferBps,
      };
    }
}
