import { describe, expect, it } from "vitest";
import { assertIsInstrument, createAsset, createInstrument, isInstrument } from "@arbkit/core";

const spec = {
  venue: "coinbase",
  venueSymbol: "SOL-USD",
  base: createAsset("SOL", 9),
  quote: createAsset("USD", 2),
  priceIncrement: "0.01",
  sizeIncrement: "0.00000001",
};

describe("Instrument", () => {
  it("creates a frozen, valid instrument with its id", () => {
    const solUsd = createInstrument(spec);
    expect(solUsd.id).toBe("coinbase:SOL-USD");
    expect(solUsd.venue).toBe("coinbase");
    expect(Object.isFrozen(solUsd)).toBe(true);
    expect(isInstrument(solUsd)).toBe(true);
    expect(() => assertIsInstrument(solUsd)).not.toThrow();
  });

  it.each([
    ["a zero price increment", { priceIncrement: "0" }],
    ["a negative size increment", { sizeIncrement: "-0.1" }],
    ["an exponent increment", { priceIncrement: "1e-2" }],
    ["a bad venue", { venue: "Coinbase" }],
    ["a bad symbol", { venueSymbol: "SOL USD" }],
  ])("rejects %s", (_, patch) => {
    expect(() => createInstrument({ ...spec, ...patch })).toThrow(/IDENTIFIER_INVALID/);
  });

  it("isInstrument checks the id matches venue and symbol", () => {
    const solUsd = createInstrument(spec);
    expect(isInstrument({ ...solUsd, id: "coinbase:BTC-USD" })).toBe(false);
    expect(isInstrument(null)).toBe(false);
    expect(() => assertIsInstrument({})).toThrow(/IDENTIFIER_INVALID/);
  });
});
