import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPool } from "../../../../tests/clmm/arbitraryWhirlpool";
import { isArbError } from "../errors/isArbError";
import { MAX_TICK_INDEX, MIN_TICK_INDEX } from "./clmmConstants";
import { createSwapQuoter } from "./createSwapQuoter";
import { getMarginalPriceAfterSwap } from "./getMarginalPriceAfterSwap";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import { quoteSwapToPrice, quoteSwapToSqrtPrice } from "./quoteSwapToSqrtPrice";
import { sqrtPriceToPrice } from "./sqrtPriceToPrice";

describe("quoteSwapToSqrtPrice / quoteSwapToPrice / getMarginalPriceAfterSwap", () => {
  it("the input it reports reaches the target, and sending it with the target as limit buys the same", () => {
    fc.assert(
      fc.property(arbitraryPool, fc.integer({ min: -3000, max: 3000 }), (g, offset) => {
        const quoter = createSwapQuoter(g.pool, g.arrays);
        const tick = Math.min(Math.max(g.pool.tickCurrentIndex + offset, MIN_TICK_INDEX), MAX_TICK_INDEX);
        const target = getSqrtPriceAtTick(tick);
        const aToB = target <= g.pool.sqrtPrice;
        fc.pre(quoter.tickArrayCount(aToB) > 0);
        let q;
        try {
          q = quoteSwapToSqrtPrice(quoter, target);
        } catch (error) {
          if (isArbError(error, "CLMM_AMOUNT_OVERFLOW") || isArbError(error, "CLMM_MATH_OVERFLOW")) return;
          throw error;
        }
        if (q.stopReason !== "priceLimit" || q.amountIn < 2n) return;
        expect(q.endSqrtPrice).toBe(target);
        // Sending exactly that input with the target as limit buys the same output; the price lands on
        // the target unless the last stretch before it has no liquidity (crossed only while input remains).
        const same = quoter.quote({ aToB, exactIn: true, amount: q.amountIn, sqrtPriceLimit: target });
        expect(same).toMatchObject({ amountIn: q.amountIn, amountOut: q.amountOut });
        if (same.endSqrtPrice !== target) expect(same.endLiquidity).toBe(0n);
        expect(aToB ? same.endSqrtPrice >= target : same.endSqrtPrice <= target).toBe(true);
        expect(getMarginalPriceAfterSwap(q, 9, 6).eq(sqrtPriceToPrice(target, 9, 6))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("targets a human price without overshooting it", () => {
    const pool = { tickSpacing: 64, feeRate: 3000, protocolFeeRate: 300, liquidity: 10n ** 12n, sqrtPrice: getSqrtPriceAtTick(-38709), tickCurrentIndex: -38709 };
    const empty = { initialized: false, liquidityNet: 0n, liquidityGross: 0n };
    const arrays = [-45056, -39424, -33792].map((startTickIndex) => ({ startTickIndex, ticks: Array.from({ length: 88 }, () => empty) }));
    const quoter = createSwapQuoter(pool, arrays);
    const spot = sqrtPriceToPrice(pool.sqrtPrice, 9, 6);
    const down = quoteSwapToPrice(quoter, spot.mul(0.99), 9, 6);
    expect(down).toMatchObject({ aToB: true, stopReason: "priceLimit" });
    expect(getMarginalPriceAfterSwap(down, 9, 6).gte(spot.mul(0.99))).toBe(true);
    const up = quoteSwapToPrice(quoter, spot.mul(1.01), 9, 6);
    expect(up).toMatchObject({ aToB: false, stopReason: "priceLimit" });
    expect(getMarginalPriceAfterSwap(up, 9, 6).lte(spot.mul(1.01))).toBe(true);
    expect(quoteSwapToSqrtPrice(quoter, pool.sqrtPrice)).toMatchObject({ amountIn: 0n, amountOut: 0n });
  });
});
