import { describe, expect, it } from "vitest";
import { assertIsAsset, createAsset, isAsset } from "@arbkit/core";

describe("Asset", () => {
  it("creates frozen assets", () => {
    const sol = createAsset("SOL", 9);
    expect(sol).toEqual({ symbol: "SOL", decimals: 9 });
    expect(Object.isFrozen(sol)).toBe(true);
    expect(isAsset(sol)).toBe(true);
    expect(isAsset(createAsset("USD", 0))).toBe(true);
  });

  it.each([
    { symbol: "SOL", decimals: -1 },
    { symbol: "SOL", decimals: 37 },
    { symbol: "SOL", decimals: 1.5 },
    { symbol: "sol", decimals: 9 },
    { symbol: "SOL" },
    null,
    "SOL",
  ])("rejects %j", (v) => {
    expect(isAsset(v)).toBe(false);
    expect(() => assertIsAsset(v)).toThrow(/IDENTIFIER_INVALID/);
  });

  it("createAsset validates", () => {
    expect(() => createAsset("sol", 9)).toThrow(/IDENTIFIER_INVALID/);
    expect(() => createAsset("SOL", 40)).toThrow(/IDENTIFIER_INVALID/);
  });
});
