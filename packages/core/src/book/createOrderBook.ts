import type { Instrument } from "../ids/Instrument";
import { getDecimalScale } from "../money/getDecimalScale";
import { OrderBook } from "./OrderBook";

/** Options for {@link createOrderBook}. */
export interface CreateOrderBookOptions {
  /** See {@link OrderBookOptions.maxDepth}. @default Infinity (no cap) */
  readonly maxDepth?: number;
}

/**
 * Creates an {@link OrderBook} whose fixed scales come from the instrument's increments: price scale =
 * decimals of `priceIncrement`, size scale = decimals of `sizeIncrement` (`"0.01"` → 2). A level with
 * more decimals than its increment is then rejected (`BOOK_LEVEL_INVALID`), never rounded.
 *
 * @example
 * ```ts
 * const book = createOrderBook(solUsd); // Coinbase SOL-USD: price scale 2, size scale 8
 * ```
 */
export function createOrderBook(instrument: Instrument, options: CreateOrderBookOptions = {}): OrderBook {
  return new OrderBook({
    instrument: instrument.id,
    priceScale: getDecimalScale(instrument.priceIncrement),
    sizeScale: getDecimalScale(instrument.sizeIncrement),
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  });
}
