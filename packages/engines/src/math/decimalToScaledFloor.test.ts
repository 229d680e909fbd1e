import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec as Decimal } from "./Dec";
import { decimalToScaledFloor } from "./decimalToScaledFloor";

describe("decimalToScaledFloor", () => {
  it("scales by 10^decimals and rounds toward negative infinity, for any scale", () => {
    expect(decimalToScaledFloor(new Decimal("1.2345"), 2)).toBe(123n);
    expect(decimalToScaledFloor(new Decimal("-1.2345"), 2)).toBe(-124n);
    expect(decimalToScaledFloor(new Decimal("0.000000001"), 9)).toBe(1n);
    expect(decimalToScaledFloor(new Decimal("1e-80"), 80)).toBe(1n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 90 }), (v, scale, decimals) => {
        // v × 10^-scale scaled by 10^decimals, floored, in exact integer arithmetic.
        const num = v * 10n ** BigInt(decimals);
        const den = 10n ** BigInt(scale);
        const floor = num / den - (num % den < 0n ? 1n : 0n);
        expect(decimalToScaledFloor(new Decimal(`${v}e-${scale}`), decimals)).toBe(floor);
      }),
      { numRuns: 2_000 },
    );
  });
});
