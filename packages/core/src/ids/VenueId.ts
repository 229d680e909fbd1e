import { ArbError } from "../errors/ArbError";
import type { Brand } from "./Brand";

/** A venue identifier: a lowercase slug such as `coinbase`, `gemini`, `orca`. */
export type VenueId = Brand<string, "VenueId">;

const VENUE_ID = /^[a-z][a-z0-9_-]{0,31}$/;

/** Whether `value` is a valid {@link VenueId} (lowercase letter, then up to 31 of `a-z 0-9 _ -`). */
export function isVenueId(value: unknown): value is VenueId {
  return typeof value === "string" && VENUE_ID.test(value);
}

/**
 * Asserts that `value` is a {@link VenueId}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assertIsVenueId(value: unknown): asserts value is VenueId {
  if (!isVenueId(value)) {
    throw new ArbError("IDENTIFIER_INVALID", `Not a venue id: ${JSON.stringify(value)}`, {
      kind: "VenueId",
      value,
      reason: "expected a lowercase slug matching /^[a-z][a-z0-9_-]{0,31}$/",
    });
  }
}

/**
 * Returns `value` as a {@link VenueId}.
 * @throws ArbError `IDENTIFIER_INVALID`
 * @example
 * ```ts
 * const coinbase = venueId("coinbase");
 * ```
 */
export function venueId(value: string): VenueId {
  assertIsVenueId(value);
  return value;
}
