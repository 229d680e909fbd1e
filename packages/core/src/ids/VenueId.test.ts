import { describe, expect, it } from "vitest";
import { assertIsVenueId, isArbError, isVenueId, venueId } from "@arbkit/core";

describe("VenueId", () => {
  it.each(["coinbase", "gemini", "orca", "a", "my_venue-2"])("accepts %s", (v) => {
    expect(isVenueId(v)).toBe(true);
    expect(venueId(v)).toBe(v);
    expect(() => assertIsVenueId(v)).not.toThrow();
  });

  it.each(["", "Coinbase", "2coin", "coin base", "coin:base", "a".repeat(33), 42, undefined, null])("rejects %j", (v) => {
    expect(isVenueId(v)).toBe(false);
    try {
      assertIsVenueId(v);
      expect.unreachable();
    } catch (error) {
      expect(isArbError(error, "IDENTIFIER_INVALID")).toBe(true);
      if (isArbError(error, "IDENTIFIER_INVALID")) expect(error.context.kind).toBe("VenueId");
    }
  });
});
