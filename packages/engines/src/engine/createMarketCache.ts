import type { InstrumentId, PoolStateEvent, ReadonlyOrderBook } from "@arbkit/core";
import type { MarketView } from "../execution/MarketView";

/** A {@link MarketView} backed by two maps the composition keeps current from the market bus. */
export interface MarketCache extends MarketView {
  /** Latest book per CEX instrument. */
  readonly books: Map<InstrumentId, ReadonlyOrderBook>;
  /** Latest state per pool instrument. */
  readonly pools: Map<InstrumentId, PoolStateEvent>;
}

/** Creates an empty {@link MarketCache}. */
export function createMarketCache(): MarketCache {
  const books = new Map<InstrumentId, ReadonlyOrderBook>();
  const pools = new Map<InstrumentId, PoolStateEvent>();
  return { books, pools, book: (id) => books.get(id), pool: (id) => pools.get(id) };
}
