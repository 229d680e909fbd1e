import { describe, expect, it } from "vitest";
import { assertSupportedPool, getUnsupportedPoolFeatures } from "./assertSupportedPool";

const plain = { pool: "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", tickSpacing: 64, feeTierIndexSeed: 64, transferFeeA: false, transferFeeB: false };

describe("assertSupportedPool", () => {
  it("accepts a static-fee pool without transfer fees", () => {
    expect(getUnsupportedPoolFeatures(plain)).toEqual([]);
    expect(() => assertSupportedPool(plain)).not.toThrow();
  });

  it("refuses adaptive-fee pools (fee tier index ≠ tick spacing) and Token-2022 transfer fees with POOL_UNSUPPORTED", () => {
    expect(getUnsupportedPoolFeatures({ ...plain, feeTierIndexSeed: 1088, transferFeeB: true })).toEqual(["adaptiveFee", "transferFeeB"]);
    for (const [override, feature] of [
      [{ feeTierIndexSeed: 1088 }, "adaptiveFee"],
      [{ transferFeeA: true }, "transferFeeA"],
      [{ transferFeeB: true }, "transferFeeB"],
    ] as const) {
      expect(() => assertSupportedPool({ ...plain, ...override })).toThrow(
        expect.objectContaining({ code: "POOL_UNSUPPORTED", context: { pool: plain.pool, feature } }),
      );
    }
  });
});
