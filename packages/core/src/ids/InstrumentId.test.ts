import { describe, expect, it } from "vitest";
import { assertIsInstrumentId, instrumentId, isInstrumentId, venueId } from "@arbkit/core";

describe("InstrumentId", () => {
  it("is <venue>:<venue symbol>", () => {
    expect(instrumentId(venueId("coinbase"), "SOL-USD")).toBe("coinbase:SOL-USD");
    expect(instrumentId(venueId("gemini"), "SOLUSD")).toBe("gemini:SOLUSD");
    expect(instrumentId(venueId("orca"), "Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE")).toBe(
      "orca:Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE",
    );
  });

  it.each(["coinbase:SOL-USD", "gemini:SOLUSD", "x:a.b/c_d"])("accepts %s", (v) => expect(isInstrumentId(v)).toBe(true));

  it.each(["coinbase", "coinbase:", ":SOL", "Coinbase:SOL", "coinbase:SOL USD", "coinbase:-SOL", 5])("rejects %j", (v) => {
    expect(isInstrumentId(v)).toBe(false);
    expect(() => assertIsInstrumentId(v)).toThrow(/IDENTIFIER_INVALID/);
  });

  it("instrumentId validates the symbol", () => {
    expect(() => instrumentId(venueId("coinbase"), "SOL USD")).toThrow(/IDENTIFIER_INVALID/);
  });
});
