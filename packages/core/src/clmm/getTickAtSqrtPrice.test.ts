import { BN } from "@coral-xyz/anchor";
import { PriceMath } from "@orca-so/whirlpools-sdk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SQRT_PRICE, MAX_TICK_INDEX, MIN_SQRT_PRICE, MIN_TICK_INDEX } from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import { getTickAtSqrtPrice } from "./getTickAtSqrtPrice";

const sdkTick = (sqrtPrice: bigint): number => PriceMath.sqrtPriceX64ToTickIndex(new BN(sqrtPrice.toString()));

describe("getTickAtSqrtPrice", () => {
  it("is exact at every tick boundary of the whole range (t at √P(t), t − 1 just below)", () => {
    let failures = 0;
    for (let tick = MIN_TICK_INDEX; tick <= MAX_TICK_INDEX; tick++) {
      const price = getSqrtPriceAtTick(tick);
      if (getTickAtSqrtPrice(price) !== tick) failures++;
      if (tick > MIN_TICK_INDEX && getTickAtSqrtPrice(price - 1n) !== tick - 1) failures++;
    }
    expect(failures).toBe(0);
  });

  it("equals the Orca SDK (the program's algorithm) on random sqrt prices", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MIN_SQRT_PRICE, max: MAX_SQRT_PRICE }), (sqrtPrice) => {
        expect(getTickAtSqrtPrice(sqrtPrice)).toBe(sdkTick(sqrtPrice));
      }),
      { numRuns: 3000 },
    );
  });

  it("equals the Orca SDK on log-uniform sqrt prices and right at boundaries", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_TICK_INDEX, max: MAX_TICK_INDEX }), fc.integer({ min: -3, max: 3 }), (tick, offset) => {
        const sqrtPrice = getSqrtPriceAtTick(tick) + BigInt(offset);
        fc.pre(sqrtPrice >= MIN_SQRT_PRICE && sqrtPrice <= MAX_SQRT_PRICE);
        expect(getTickAtSqrtPrice(sqrtPrice)).toBe(sdkTick(sqrtPrice));
      }),
      { numRuns: 3000 },
    );
  });

  it("rejects sqrt prices outside the range with CLMM_SQRT_PRICE_OUT_OF_RANGE", () => {
    for (const bad of [MIN_SQRT_PRICE - 1n, MAX_SQRT_PRICE + 1n, 0n]) {
      expect(() => getTickAtSqrtPrice(bad)).toThrow(expect.objectContaining({ code: "CLMM_SQRT_PRICE_OUT_OF_RANGE" }));
    }
  });
});
