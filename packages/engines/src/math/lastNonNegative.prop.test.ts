import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastNonNegative } from "./lastNonNegative";

/** A random non-increasing integer function on [lo, hi]: steps of random size, maybe an infeasible suffix. */
const falling = fc
  .record({
    lo: fc.integer({ min: 0, max: 50 }),
    width: fc.integer({ min: 1, max: 200_000 }),
    start: fc.bigInt({ min: 0n, max: 10n ** 30n }),
    slope: fc.bigInt({ min: 0n, max: 10n ** 24n }),
    curve: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    flat: fc.integer({ min: 0, max: 1_000 }),
    infeasibleFrom: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((r) => {
    const hi = r.lo + r.width;
    const cut = r.infeasibleFrom === undefined ? Infinity : r.lo + 1 + Math.floor((r.width - 1) * r.infeasibleFrom);
    const f = (x: number): bigint | undefined => {
      if (x > cut) return undefined;
      const d = BigInt(Math.max(0, x - r.lo - r.flat));
      // Concave and falling (a surplus past its maximum), or a plateau then a fall.
      return r.start - r.slope * d - r.curve * d * d;
    };
    return { lo: r.lo, hi, f };
  });

describe("lastNonNegative (property)", () => {
  it("returns the last x with f(x) ≥ 0 of any non-increasing f with f(lo) ≥ 0 > f(hi), like a bisection", () => {
    fc.assert(
      fc.property(falling, ({ lo, hi, f }) => {
        const fhi = f(hi);
        fc.pre(fhi === undefined || fhi < 0n);
        let expected = lo;
        for (let x = lo; x <= hi; x++) {
          const v = f(x);
          if (v === undefined || v < 0n) break;
          expected = x;
        }
        expect(lastNonNegative(f, lo, f(lo)!, hi, fhi)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("needs at most 3·log2(width) + 4 evaluations even on a step function", () => {
    let calls = 0;
    const f = (x: number): bigint => {
      calls++;
      return x <= 777_777 ? 10n ** 20n : -1n;
    };
    expect(lastNonNegative(f, 0, f(0), 1_000_000, f(1_000_000))).toBe(777_777);
    // Two endpoint evaluations, then at most 3·⌈log2(10⁶)⌉ + 4 (see the function).
    expect(calls).toBeLessThanOrEqual(2 + 3 * 20 + 4);
  });
});
