import { describe, expect, it } from "vitest";
import { assertIsAssetSymbol, assetSymbol, isAssetSymbol } from "@arbkit/core";

describe("AssetSymbol", () => {
  it.each(["SOL", "USD", "USDC", "BTC", "1INCH", "BRK.B"])("accepts %s", (v) => {
    expect(isAssetSymbol(v)).toBe(true);
    expect(assetSymbol(v)).toBe(v);
  });

  it.each(["", "sol", ".SOL", "SO L", "A".repeat(17), 7, null])("rejects %j", (v) => {
    expect(isAssetSymbol(v)).toBe(false);
    expect(() => assertIsAssetSymbol(v)).toThrow(/IDENTIFIER_INVALID/);
  });
});
