import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isVenueDecimal, isVenuePrice } from "./isVenueDecimal";
import { VENUE_DECIMAL_MAX_LENGTH, VENUE_DECIMAL_SOURCE, VENUE_PRICE_SOURCE } from "./VENUE_DECIMAL_SOURCE";

const decimal = new RegExp(`^(?:${VENUE_DECIMAL_SOURCE})$`);
const price = new RegExp(`^(?:${VENUE_PRICE_SOURCE})$`);
const fits = (s: string): boolean => s.length <= VENUE_DECIMAL_MAX_LENGTH;

// Decimal-looking strings hit the grammar's edges far more often than arbitrary text does.
const candidate = fc.oneof(
  fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-", "e", " ", "a"), maxLength: 12 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("0", "0.0", "00.000", "0.01", "1e-8", "NaN", ".5", "5.", "1..2", "", "١", "9".repeat(256), "9".repeat(257)),
);

describe("VENUE_DECIMAL_SOURCE / VENUE_PRICE_SOURCE", () => {
  it("match (within the length limit) exactly the strings isVenueDecimal / isVenuePrice accept", () => {
    fc.assert(
      fc.property(candidate, (s) => {
        expect(decimal.test(s) && fits(s)).toBe(isVenueDecimal(s));
        expect(price.test(s) && fits(s)).toBe(isVenuePrice(s));
      }),
      { numRuns: 5000 },
    );
  });
});
