import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U64_MAX } from "./clmmConstants";
import { computeSwapStep } from "./computeSwapStep";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";

const sqrtPrice = fc.bigInt({ min: MIN_SQRT_PRICE, max: MAX_SQRT_PRICE });

describe("computeSwapStep", () => {
  it("keeps the program's invariants: bounded price, amount used ≤ amount, all of it unless the target is hit", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: U64_MAX }),
        fc.integer({ min: 0, max: 65535 }),
        fc.bigInt({ min: 1n, max: (1n << 32n) - 1n }),
        sqrtPrice,
        sqrtPrice,
        fc.boolean(),
        (amount, feeRate, liquidity, p0, p1, isInput) => {
          fc.pre(p0 !== p1);
          const aToB = p0 >= p1;
          const step = computeSwapStep(amount, feeRate, liquidity, p0, p1, isInput, aToB);
          const used = isInput ? step.amountIn + step.feeAmount : step.amountOut;
          expect(used <= amount).toBe(true);
          if (step.nextSqrtPrice !== p1) expect(used).toBe(amount);
          const [lo, hi] = p0 < p1 ? [p0, p1] : [p1, p0];
          expect(step.nextSqrtPrice >= lo && step.nextSqrtPrice <= hi).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("stops exactly at the target and charges ceil(amountIn × fee / (1e6 − fee)) when the amount suffices", () => {
    const target = getSqrtPriceAtTick(-64);
    const step = computeSwapStep(10n ** 12n, 3000, 10n ** 9n, 1n << 64n, target, true, true);
    expect(step.nextSqrtPrice).toBe(target);
    expect(step.feeAmount).toBe((step.amountIn * 3000n + 997_000n - 1n) / 997_000n);
  });

  it("charges the remainder as the fee when the exact input runs out inside the range", () => {
    const step = computeSwapStep(1_000n, 3000, 10n ** 12n, 1n << 64n, getSqrtPriceAtTick(-64), true, true);
    expect(step.amountIn + step.feeAmount).toBe(1_000n);
    expect(step.feeAmount).toBe(3n);
  });

  it("rejects a fee rate that is not a u16", () => {
    expect(() => computeSwapStep(1n, 70_000, 1n, 1n << 64n, getSqrtPriceAtTick(-1), true, true)).toThrow(
      expect.objectContaining({ code: "ARGUMENT_INVALID" }),
    );
  });
});
