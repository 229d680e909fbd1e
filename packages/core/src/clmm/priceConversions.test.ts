import { Decimal } from "decimal.js";
import { PriceMath } from "@orca-so/whirlpools-sdk";
import { BN } from "@coral-xyz/anchor";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE } from "./clmmConstants";
import { priceToSqrtPrice } from "./priceToSqrtPrice";
import { sqrtPriceToPrice } from "./sqrtPriceToPrice";

// Test arithmetic must not round: decimal.js's default precision is 20 significant digits.
const Exact = Decimal.clone({ precision: 400 });
const sqrtPrice = fc.bigInt({ min: MIN_SQRT_PRICE, max: MAX_SQRT_PRICE });
const decimals = fc.integer({ min: 0, max: 12 });

describe("sqrtPriceToPrice / priceToSqrtPrice", () => {
  it("converts the real SOL/USDC state (sqrt 2663341003414134411, 9/6 decimals) to ~20.8456 USDC per SOL", () => {
    const price = sqrtPriceToPrice(2663341003414134411n, 9, 6);
    expect(price.toSignificantDigits(6).toString()).toBe("20.8456");
    // Exact: sqrt² / 2^128 × 10^3, with no rounding at all.
    expect(new Exact(price).mul(new Exact(2).pow(128)).div(1000).eq(new Exact((2663341003414134411n ** 2n).toString()))).toBe(true);
  });

  it("agrees with the Orca SDK's PriceMath to 20 significant digits", () => {
    fc.assert(
      fc.property(sqrtPrice, decimals, decimals, (sp, da, db) => {
        const ours = sqrtPriceToPrice(sp, da, db).toSignificantDigits(15);
        const sdk = PriceMath.sqrtPriceX64ToPrice(new BN(sp.toString()), da, db).toSignificantDigits(15);
        expect(ours.minus(sdk).abs().lte(ours.abs().mul("1e-14"))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips: price → sqrt (down) → price ≤ price < price of sqrt + 1, and 'up' is the next integer when inexact", () => {
    fc.assert(
      fc.property(sqrtPrice, decimals, decimals, (sp, da, db) => {
        const price = sqrtPriceToPrice(sp, da, db);
        expect(priceToSqrtPrice(price, da, db, "down")).toBe(sp);
        expect(priceToSqrtPrice(price, da, db, "up")).toBe(sp);
        const between = new Exact(price).plus(new Exact(sqrtPriceToPrice(sp + 1n, da, db))).div(2);
        fc.pre(sp < MAX_SQRT_PRICE);
        expect(priceToSqrtPrice(between, da, db, "down")).toBe(sp);
        expect(priceToSqrtPrice(between, da, db, "up")).toBe(sp + 1n);
      }),
      { numRuns: 1000 },
    );
  });

  it("rejects bad prices and decimals with typed errors", () => {
    expect(() => priceToSqrtPrice("0", 9, 6)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
    expect(() => priceToSqrtPrice("-1", 9, 6)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
    expect(() => priceToSqrtPrice("1e40", 0, 0)).toThrow(expect.objectContaining({ code: "CLMM_SQRT_PRICE_OUT_OF_RANGE" }));
    expect(() => sqrtPriceToPrice(1n, 1.5, 6)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
    expect(() => sqrtPriceToPrice(-1n, 9, 6)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
  });
});
