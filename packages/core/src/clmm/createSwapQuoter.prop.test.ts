import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPool, arbitrarySwap } from "../../../../tests/clmm/arbitraryWhirlpool";
import { isArbError } from "../errors/isArbError";
import { createSwapQuoter } from "./createSwapQuoter";
import { prepareSwapTickArrays } from "./prepareSwapTickArrays";
import type { SwapQuote, SwapQuoteRequest } from "./SwapQuote";

const RUNS = Number(process.env.ARBKIT_PROP_RUNS ?? 1_000);

function attempt(f: () => SwapQuote): SwapQuote | string {
  try {
    return f();
  } catch (error) {
    if (isArbError(error)) return error.code;
    throw error;
  }
}

describe("createSwapQuoter properties (synthetic pools)", () => {
  it("a quoter reused for many quotes (warm step cache) answers exactly like fresh quoters", () => {
    fc.assert(
      fc.property(arbitraryPool, fc.array(arbitrarySwap, { minLength: 2, maxLength: 12 }), (g, swaps) => {
        const shared = createSwapQuoter(g.pool, g.arrays);
        for (const s of swaps) {
          const request: SwapQuoteRequest = { aToB: s.aToB, exactIn: s.exactIn, amount: s.amount };
          const warm = attempt(() => shared.quote(request));
          const cold = attempt(() => createSwapQuoter(g.pool, g.arrays).quote(request));
          expect(warm).toEqual(cold);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("quoters sharing prepared tick arrays across states of one pool answer exactly like quoters over the arrays", () => {
    fc.assert(
      fc.property(arbitraryPool, fc.array(fc.tuple(arbitrarySwap, fc.integer({ min: 0, max: 4 })), { minLength: 2, maxLength: 8 }), (g, swaps) => {
        const prepared = prepareSwapTickArrays(g.pool.tickSpacing, g.arrays);
        for (const [s, k] of swaps) {
          // Another state of the same pool: same price and tick, liquidity scaled (0 included).
          const state = { ...g.pool, liquidity: (g.pool.liquidity * BigInt(k)) / 2n };
          const request: SwapQuoteRequest = { aToB: s.aToB, exactIn: s.exactIn, amount: s.amount };
          const shared = attempt(() => createSwapQuoter(state, prepared).quote(request));
          const direct = attempt(() => createSwapQuoter(state, g.arrays).quote(request));
          expect(shared).toEqual(direct);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its accounting straight: fee within input, fill flags consistent, more input never yields less output", () => {
    fc.assert(
      fc.property(arbitraryPool, arbitrarySwap, (g, s) => {
        const quoter = createSwapQuoter(g.pool, g.arrays);
        fc.pre(quoter.tickArrayCount(s.aToB) > 0);
        const q = attempt(() => quoter.quote({ aToB: s.aToB, exactIn: s.exactIn, amount: s.amount }));
        if (typeof q === "string") return;
        expect(q.fee <= q.amountIn).toBe(true);
        expect(q.protocolFee <= q.fee).toBe(true);
        expect(q.filled).toBe(q.stopReason === "filled");
        expect(q.amountFilled).toBe(s.exactIn ? q.amountIn : q.amountOut);
        expect(q.amountFilled <= s.amount).toBe(true);
        if (q.filled) expect(q.amountFilled).toBe(s.amount);
        expect(s.aToB ? q.endSqrtPrice <= g.pool.sqrtPrice : q.endSqrtPrice >= g.pool.sqrtPrice).toBe(true);
        if (s.exactIn && s.amount > 1n) {
          const less = attempt(() => quoter.quote({ aToB: s.aToB, exactIn: true, amount: s.amount - 1n }));
          if (typeof less !== "string") expect(less.amountOut <= q.amountOut).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("maxTickArrays only shortens the walk: with enough arrays it changes nothing", () => {
    fc.assert(
      fc.property(arbitraryPool, arbitrarySwap, (g, s) => {
        const all = createSwapQuoter(g.pool, g.arrays);
        const count = all.tickArrayCount(s.aToB);
        fc.pre(count > 0);
        const limited = createSwapQuoter(g.pool, g.arrays, { maxTickArrays: count });
        const request = { aToB: s.aToB, exactIn: s.exactIn, amount: s.amount };
        expect(attempt(() => limited.quote(request))).toEqual(attempt(() => all.quote(request)));
        if (count > 1) {
          const shorter = createSwapQuoter(g.pool, g.arrays, { maxTickArrays: count - 1 });
          expect(shorter.tickArrayCount(s.aToB)).toBe(count - 1);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
