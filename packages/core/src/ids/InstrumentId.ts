import { ArbError } from "../errors/ArbError";
import type { Brand } from "./Brand";
import type { VenueId } from "./VenueId";

/** An instrument id: `<venue>:<venue symbol>`, e.g. `coinbase:SOL-USD`, `gemini:SOLUSD`, `orca:Czfq…`. */
export type InstrumentId = Brand<string, "InstrumentId">;

const INSTRUMENT_ID = /^[a-z][a-z0-9_-]{0,31}:[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** Whether `value` is a valid {@link InstrumentId}. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === "string" && INSTRUMENT_ID.test(value);
}

/**
 * Asserts that `value` is an {@link InstrumentId}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assertIsInstrumentId(value: unknown): asserts value is InstrumentId {
  if (!isInstrumentId(value)) {
    throw new ArbError("IDENTIFIER_INVALID", `Not an instrument id: ${JSON.stringify(value)}`, {
      kind: "InstrumentId",
      value,
      reason: "expected '<venue>:<venue symbol>'",
    });
  }
}

/**
 * Builds the {@link InstrumentId} of a venue's symbol.
 * @throws ArbError `IDENTIFIER_INVALID`
 * @example
 * ```ts
 * instrumentId(venueId("coinbase"), "SOL-USD"); // "coinbase:SOL-USD"
 * ```
 */
export function instrumentId(venue: VenueId, venueSymbol: string): InstrumentId {
  const id = `${venue}:${venueSymbol}`;
  assertIsInstrumentId(id);
  return id;
}
