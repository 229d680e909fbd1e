import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDecimalString } from "@arbkit/core";
import { isVenueDecimal, isVenuePrice } from "./isVenueDecimal";

describe("isVenueDecimal / isVenuePrice", () => {
  it.each(["0", "0.0", "65062.5", "0.00000001", "007", "1.10"])("accepts %j", (s) => expect(isVenueDecimal(s)).toBe(true));
  it.each(["", "-1", "+1", "1e-8", "1E5", "NaN", "Infinity", " 1", "1 ", ".5", "5.", "1.2.3", "0x10", "1,5", "１", "9".repeat(257)])("rejects %j", (s) =>
    expect(isVenueDecimal(s)).toBe(false),
  );
  it("rejects non-strings", () => {
    expect([1, null, undefined, {}, ["1"]].some((v) => isVenueDecimal(v))).toBe(false);
  });
  it("prices must be positive", () => {
    expect(["0", "0.000", "00"].map(isVenuePrice)).toEqual([false, false, false]);
    expect(["0.001", "10"].map(isVenuePrice)).toEqual([true, true]);
  });
  it("agrees with the core grammar (minus the sign) on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?[0-9]{0,4}(\.[0-9]{0,3})?$/)), (s) => {
        expect(isVenueDecimal(s)).toBe(isDecimalString(s) && !s.startsWith("-"));
        expect(isVenuePrice(s)).toBe(isVenueDecimal(s) && /[1-9]/.test(s));
      }),
      { numRuns: 2_000 },
    );
  });
});
