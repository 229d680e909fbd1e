import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U64_MAX } from "./clmmConstants";
import { getAmountDeltaA } from "./getAmountDeltaA";
import { getAmountDeltaB } from "./getAmountDeltaB";
import { getNextSqrtPrice } from "./getNextSqrtPrice";

const sqrtPrice = fc.bigInt({ min: MIN_SQRT_PRICE << 16n, max: MAX_SQRT_PRICE >> 16n });
const liquidity = fc.bigInt({ min: 1n, max: 1n << 100n });
const amount = fc.bigInt({ min: 0n, max: U64_MAX });

function attempt(f: () => bigint): bigint | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

describe("getNextSqrtPrice", () => {
  it("never gives the trader more than the amount: the fixed-token delta to the new price stays within it", () => {
    fc.assert(
      fc.property(sqrtPrice, liquidity, amount, fc.boolean(), fc.boolean(), (p, l, a, isInput, aToB) => {
        const next = attempt(() => getNextSqrtPrice(p, l, a, isInput, aToB));
        if (next === undefined) return;
        // Price direction: a→b lowers the price, b→a raises it.
        if (a > 0n) expect(aToB ? next <= p : next >= p).toBe(true);
        const fixedIsA = isInput === aToB;
        const delta = attempt(() => (fixedIsA ? getAmountDeltaA(p, next, l, isInput) : getAmountDeltaB(p, next, l, isInput)));
        if (delta === undefined) return;
        // Input: the rounded-up input to reach `next` fits in `amount`. Output: the rounded-down output covers it.
        expect(isInput ? delta <= a : delta >= a).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it("returns the same price for a zero amount of token A", () => {
    expect(getNextSqrtPrice(1n << 64n, 1000n, 0n, true, true)).toBe(1n << 64n);
  });

  it("rejects removing more token A than the range holds (DivideByZero)", () => {
    expect(() => getNextSqrtPrice(1n << 64n, 1000n, 1000n, false, false)).toThrow(
      expect.objectContaining({ code: "CLMM_MATH_OVERFLOW", context: expect.objectContaining({ programError: "DivideByZero" }) }),
    );
  });
});
