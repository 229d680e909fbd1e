import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastSatisfying } from "./lastSatisfying";
import { maximizeUnimodal } from "./maximizeUnimodal";

/** A random unimodal integer function: rises to a peak (maybe a plateau), then falls, then maybe goes infeasible. */
const unimodal = fc
  .record({
    lo: fc.integer({ min: 0, max: 50 }),
    width: fc.integer({ min: 0, max: 5_000 }),
    peak: fc.double({ min: 0, max: 1, noNaN: true }),
    plateau: fc.integer({ min: 0, max: 20 }),
    up: fc.integer({ min: 1, max: 1_000 }),
    down: fc.integer({ min: 1, max: 1_000 }),
    infeasibleFrom: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((r) => {
    const hi = r.lo + r.width;
    const peak = r.lo + Math.floor(r.width * r.peak);
    const cut = r.infeasibleFrom === undefined ? Infinity : r.lo + Math.floor(r.width * r.infeasibleFrom);
    const f = (x: number): bigint | undefined => {
      if (x > cut) return undefined;
      if (x <= peak) return BigInt((x - r.lo) * r.up);
      if (x <= peak + r.plateau) return BigInt((peak - r.lo) * r.up);
      return BigInt((peak - r.lo) * r.up - (x - peak - r.plateau) * r.down);
    };
    return { lo: r.lo, hi, f };
  });

describe("maximizeUnimodal / lastSatisfying (property)", () => {
  it("finds the maximum of any unimodal function with an infeasible suffix, preferring the smallest argument", () => {
    fc.assert(
      fc.property(unimodal, ({ lo, hi, f }) => {
        let best: { at: number; value: bigint | undefined } = { at: lo, value: f(lo) };
        for (let x = lo; x <= hi; x++) {
          const v = f(x);
          if (v !== undefined && (best.value === undefined || v > best.value)) best = { at: x, value: v };
        }
        const found = maximizeUnimodal(f, lo, hi);
        expect(found.value).toBe(best.value);
        if (best.value !== undefined) expect(found.at).toBe(best.at);
      }),
      { numRuns: 500 },
    );
  });

  it("lastSatisfying returns the last true index of a prefix predicate", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 100 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: -10, max: 300 }), (lo, width, edge) => {
        const hi = lo + width;
        expect(lastSatisfying((x) => x <= edge, lo, hi)).toBe(Math.max(lo - 1, Math.min(hi, edge)));
      }),
    );
  });
});
