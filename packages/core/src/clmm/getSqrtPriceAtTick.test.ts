import { PriceMath } from "@orca-so/whirlpools-sdk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isArbError } from "../errors/isArbError";
import { MAX_SQRT_PRICE, MAX_TICK_INDEX, MIN_SQRT_PRICE, MIN_TICK_INDEX } from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";

const sdkSqrtPrice = (tick: number): bigint => BigInt(PriceMath.tickIndexToSqrtPriceX64(tick).toString());

describe("getSqrtPriceAtTick", () => {
  it("gives 2^64 at tick 0 and the range constants at the range ends", () => {
    expect(getSqrtPriceAtTick(0)).toBe(1n << 64n);
    expect(getSqrtPriceAtTick(MIN_TICK_INDEX)).toBe(MIN_SQRT_PRICE);
    expect(getSqrtPriceAtTick(MAX_TICK_INDEX)).toBe(MAX_SQRT_PRICE);
  });

  it("equals the Orca SDK at every power-of-two tick and its neighbours", () => {
    for (let bit = 0; bit < 19; bit++) {
      for (const base of [1 << bit, -(1 << bit)]) {
        for (const tick of [base - 1, base, base + 1]) {
          if (tick >= MIN_TICK_INDEX && tick <= MAX_TICK_INDEX) expect(getSqrtPriceAtTick(tick)).toBe(sdkSqrtPrice(tick));
        }
      }
    }
  });

  it("equals the Orca SDK on random ticks", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_TICK_INDEX, max: MAX_TICK_INDEX }), (tick) => {
        expect(getSqrtPriceAtTick(tick)).toBe(sdkSqrtPrice(tick));
      }),
      { numRuns: 3000 },
    );
  });

  it("is strictly increasing", () => {
    let previous = getSqrtPriceAtTick(MIN_TICK_INDEX);
    for (let tick = MIN_TICK_INDEX + 1; tick <= MAX_TICK_INDEX; tick += 997) {
      const current = getSqrtPriceAtTick(tick);
      expect(current > previous).toBe(true);
      previous = current;
    }
  });

  it.each([MIN_TICK_INDEX - 1, MAX_TICK_INDEX + 1, 0.5, Number.NaN])("rejects tick %s with CLMM_TICK_OUT_OF_RANGE", (tick) => {
    expect(() => getSqrtPriceAtTick(tick)).toThrow(expect.objectContaining({ code: "CLMM_TICK_OUT_OF_RANGE" }));
    try {
      getSqrtPriceAtTick(tick);
    } catch (error) {
      expect(isArbError(error, "CLMM_TICK_OUT_OF_RANGE")).toBe(true);
    }
  });
});
