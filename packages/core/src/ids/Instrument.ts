import { ArbError } from "../errors/ArbError";
import { isDecimalString } from "../money/isDecimalString";
import type { Asset } from "./Asset";
import { assertIsAsset } from "./Asset";
import { type InstrumentId, instrumentId } from "./InstrumentId";
import { type VenueId, assertIsVenueId } from "./VenueId";

/**
 * A tradable instrument on one venue: base/quote assets, the venue's own symbol (`SOL-USD` on Coinbase,
 * `SOLUSD` on Gemini, the pool address on Orca) and its increments as exact decimal strings.
 */
export interface Instrument {
  readonly id: InstrumentId;
  readonly venue: VenueId;
  readonly venueSymbol: string;
  readonly base: Asset;
  readonly quote: Asset;
  /** Smallest price step, in quote per base, as an exact decimal string (e.g. `"0.01"`). */
  readonly priceIncrement: string;
  /** Smallest size step, in base units, as an exact decimal string (e.g. `"0.00000001"`). */
  readonly sizeIncrement: string;
}

/** Input of {@link createInstrument}. */
export interface InstrumentSpec {
  readonly venue: string;
  readonly venueSymbol: string;
  readonly base: Asset;
  readonly quote: Asset;
  readonly priceIncrement: string;
  readonly sizeIncrement: string;
}

const positiveDecimal = (value: unknown): boolean => isDecimalString(value) && /[1-9]/.test(value) && !value.startsWith("-");

/** Whether `value` is a valid {@link Instrument}. */
export function isInstrument(value: unknown): value is Instrument {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Instrument>;
  return (
    typeof v.venue === "string" &&
    typeof v.venueSymbol === "string" &&
    v.id === `${v.venue}:${v.venueSymbol}` &&
    positiveDecimal(v.priceIncrement) &&
    positiveDecimal(v.sizeIncrement)
  );
}

/**
 * Asserts that `value` is an {@link Instrument}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assertIsInstrument(value: unknown): asserts value is Instrument {
  if (!isInstrument(value)) {
    throw new ArbError("IDENTIFIER_INVALID", "Not an instrument", {
      kind: "Instrument",
      value,
      reason: "expected id '<venue>:<venueSymbol>' and positive decimal-string increments",
    });
  }
}

/**
 * Creates a frozen {@link Instrument}, validating every field.
 * @throws ArbError `IDENTIFIER_INVALID`
 * @example
 * ```ts
 * const solUsd = createInstrument({
 *   venue: "coinbase", venueSymbol: "SOL-USD", base: createAsset("SOL", 9), quote: createAsset("USD", 2),
 *   priceIncrement: "0.01", sizeIncrement: "0.00000001",
 * });
 * ```
 */
export function createInstrument(spec: InstrumentSpec): Instrument {
  assertIsVenueId(spec.venue);
  assertIsAsset(spec.base);
  assertIsAsset(spec.quote);
  const instrument = {
    id: instrumentId(spec.venue, spec.venueSymbol),
    venue: spec.venue,
    venueSymbol: spec.venueSymbol,
    base: spec.base,
    quote: spec.quote,
    priceIncrement: spec.priceIncrement,
    sizeIncrement: spec.sizeIncrement,
  };
  assertIsInstrument(instrument);
  return Object.freeze(instrument);
}
