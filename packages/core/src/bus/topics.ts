import type { InstrumentId } from "../ids/InstrumentId";
import type { VenueId } from "../ids/VenueId";

/**
 * Builds every bus topic name, so no module spells one by hand. A topic is `kind[:venue[:symbol]]`;
 * subscribing to a prefix (`book`, `book:coinbase`) receives everything below it.
 *
 * @example
 * ```ts
 * bus.subscribe(topics.book(solUsd.id), (e) => e.book.bestBid());
 * ```
 */
export const topics = Object.freeze({
  /** Book events of one instrument, e.g. `book:coinbase:SOL-USD`. */
  book: (instrument: InstrumentId) => `book:${instrument}` as const,
  /** Trades of one instrument. */
  trade: (instrument: InstrumentId) => `trade:${instrument}` as const,
  /** Status of a venue connection, or of one instrument when given. */
  status: (venue: VenueId, instrument?: InstrumentId) =>
    instrument === undefined ? (`status:${venue}` as const) : (`status:${instrument}` as const),
  /** Errors reported by a venue's connector. */
  error: (venue: VenueId) => `error:${venue}` as const,
  /** Pool states of one pool instrument, e.g. `pool:orca:Czfq…`. */
  pool: (instrument: InstrumentId) => `pool:${instrument}` as const,
  /** Solana transaction-cost estimates for one pool instrument, e.g. `solanaCost:orca:Czfq…`. */
  solanaCost: (instrument: InstrumentId) => `solanaCost:${instrument}` as const,
});
