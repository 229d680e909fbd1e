import type { InstrumentId, PoolStateEvent, ReadonlyOrderBook } from "@arbkit/core";

/**
 * The latest market state, read when a simulated fill happens (a clock timer fires): in a backtest and
 * live alike, a leg fills against whatever book or pool state is newest at that instant.
 */
export interface MarketView {
  /** The newest book of a CEX instrument, or `undefined` when none is known. */
  book(instrument: InstrumentId): ReadonlyOrderBook | undefined;
  /** The newest state of a pool instrument, or `undefined` when none is known. */
  pool(instrument: InstrumentId): PoolStateEvent | undefined;
}
