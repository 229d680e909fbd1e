import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U128_MAX, U64_MAX } from "./clmmConstants";
import { getAmountDeltaA } from "./getAmountDeltaA";
import { getAmountDeltaB } from "./getAmountDeltaB";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";

const sqrtPrice = fc.bigInt({ min: MIN_SQRT_PRICE, max: MAX_SQRT_PRICE });
const liquidity = fc.oneof(fc.bigInt({ min: 0n, max: 1n << 64n }), fc.bigInt({ min: 0n, max: U128_MAX }));

function divide(n: bigint, d: bigint, roundUp: boolean): bigint {
  const q = n / d;
  return roundUp && q * d !== n ? q + 1n : q;
}

/** Brute-force references: the real-valued formulas, rounded, then the program's range checks. */
function referenceA(p0: bigint, p1: bigint, l: bigint, up: boolean): bigint | string {
  const [lo, hi] = p0 < p1 ? [p0, p1] : [p1, p0];
  if ((l * (hi - lo)) << 64n >= 1n << 256n) return "MultiplicationOverflow";
  const r = divide(l * (hi - lo) * (1n << 64n), lo * hi, up);
  return r > U128_MAX ? "NumberDownCastError" : r > U64_MAX ? "TokenMaxExceeded" : r;
}
function referenceB(p0: bigint, p1: bigint, l: bigint, up: boolean): bigint | string {
  const diff = p0 < p1 ? p1 - p0 : p0 - p1;
  if (l * diff > U128_MAX) return "MultiplicationShiftRightOverflow";
  const r = divide(l * diff, 1n << 64n, up);
  return r > U64_MAX ? "MultiplicationOverflow" : r;
}
function run(f: () => bigint): bigint | string {
  try {
    return f();
  } catch (error) {
    return (error as { context?: { programError?: string } }).context?.programError ?? "untyped";
  }
}

describe("getAmountDeltaA / getAmountDeltaB", () => {
  it("match exact rational references, including the program's overflow errors", () => {
    fc.assert(
      fc.property(sqrtPrice, sqrtPrice, liquidity, fc.boolean(), (p0, p1, l, up) => {
        expect(run(() => getAmountDeltaA(p0, p1, l, up))).toBe(referenceA(p0, p1, l, up));
        expect(run(() => getAmountDeltaB(p0, p1, l, up))).toBe(referenceB(p0, p1, l, up));
      }),
      { numRuns: 5000 },
    );
  });

  it("round up by at most one unit and are symmetric in the price order", () => {
    fc.assert(
      fc.property(sqrtPrice, sqrtPrice, fc.bigInt({ min: 0n, max: 1n << 30n }), (p0, p1, l) => {
        const up = getAmountDeltaB(p0, p1, l, true);
        const down = getAmountDeltaB(p1, p0, l, false);
        expect(up - down === 0n || up - down === 1n).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("give the documented examples", () => {
    expect(getAmountDeltaA(getSqrtPriceAtTick(-64), getSqrtPriceAtTick(0), 1_000_000n, true)).toBe(3205n);
    expect(getAmountDeltaB(getSqrtPriceAtTick(0), getSqrtPriceAtTick(64), 1_000_000n, true)).toBe(3205n);
    expect(getAmountDeltaB(getSqrtPriceAtTick(0), getSqrtPriceAtTick(0), 1_000_000n, true)).toBe(0n);
  });
});
