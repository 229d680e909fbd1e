import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isqrt } from "./isqrt";

describe("isqrt (property)", () => {
  it("returns ⌊√n⌋ exactly for any size", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 1100n) - 1n }), (n) => {
        const r = isqrt(n);
        expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
