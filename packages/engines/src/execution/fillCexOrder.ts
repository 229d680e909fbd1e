import { Dec as Decimal } from "../math/Dec";
import type { ReadonlyOrderBook, UnixMs } from "@arbkit/core";
import type { CexFill } from "./TradeRecord";

/** A simulated CEX taker order (internal to the paper executor). */
export interface CexOrder {
  /** `buy` walks the asks, `sell` the bids. */
  readonly side: "buy" | "sell";
  /** Base units asked for. */
  readonly size: Decimal;
  /** IOC limit price, or `undefined` for a market order. */
  readonly limit: Decimal | undefined;
  /** Taker fee, a fraction of the filled quote. */
  readonly feeRate: Decimal;
  /**
   * What the account holds of the asset the order spends (quote for a buy, base for a sell) when the
   * order reaches the venue, or `undefined` when not tracked (no bound). @default undefined
   */
  readonly available?: Decimal | undefined;
}

/**
 * Fills a taker order against a book, exactly: IOC with a limit (levels beyond the limit are not taken)
 * or market (`limit` undefined). Unfilled size is cancelled. The fee is `quote × feeRate`, exact.
 * An absent book fills nothing.
 *
 * With `available`, the order is bounded like the venue bounds it: an IOC order whose funds hold
 * (`limit × size × (1 + feeRate)` for a buy, `size` for a sell) exceeds it is rejected whole
 * (`rejected: "insufficientBalance"`, nothing fills); a market order is cut to what the balance can sell
 * or pay for (`balanceCapped: true`): a sell to `available` base, a buy walks levels while
 * `(quote + fee) ≤ available`, its last partial level rounded down to the book's size scale
 * (10^-sizeScale base units), so the cost plus fee never exceeds `available`.
 */
export function fillCexOrder(book: ReadonlyOrderBook | undefined, order: CexOrder, ts: UnixMs): CexFill {
  const { side, limit, feeRate, available } = order;
  const buy = side === "buy";
  const bookSide = buy ? "ask" : "bid";
  const zero = new Decimal(0);
  let filled = zero;
  let quote = zero;
  let size = order.size;
  let capped = false;
  let rejected: CexFill["rejected"];
  const touch = book === undefined ? undefined : buy ? book.bestAsk() : book.bestBid();
  const feeFactor = feeRate.add(1);
  if (available !== undefined && limit !== undefined) {
    const hold = buy ? limit.mul(size).mul(feeFactor) : size;
    if (hold.gt(available)) rejected = "insufficientBalance";
  } else if (available !== undefined && !buy && size.gt(available)) {
    // A market sell can only sell what the account holds, in whole size units of the book.
    size = Decimal.max(available.toDecimalPlaces(book?.sizeScale ?? 18, Decimal.ROUND_DOWN), zero);
    capped = true;
  }
  if (book !== undefined && rejected === undefined) {
    let wanted = 32;
    let levels = book.depth(bookSide, wanted);
    let i = 0;
    while (filled.lt(size)) {
      if (i === levels.length) {
        if (levels.length < wanted) break;
        wanted *= 4;
        levels = book.depth(bookSide, wanted);
        continue;
      }
      const level = levels[i++]!;
      const price = new Decimal(level.price);
      if (limit !== undefined && (buy ? price.gt(limit) : price.lt(limit))) break;
      let take = Decimal.min(new Decimal(level.size), size.sub(filled));
      if (available !== undefined && limit === undefined && buy && quote.add(take.mul(price)).mul(feeFactor).gt(available)) {
        take = getAffordable(available, quote, price, feeFactor, book.sizeScale);
        capped = true;
        filled = filled.add(take);
        quote = quote.add(take.mul(price));
        break;
      }
      filled = filled.add(take);
      quote = quote.add(take.mul(price));
    }
  }
  return {
    side,
    requested: order.size,
    filled,
    quote,
    vwap: filled.isZero() ? undefined : quote.div(filled).toSignificantDigits(20),
    limitPrice: limit,
    touchPrice: touch === undefined ? undefined : new Decimal(touch.price),
    fee: quote.mul(feeRate),
    rejected,
    balanceCapped: capped,
    ts,
  };
}

/**
 * The most base (a multiple of 10^-scale, ≥ 0) buyable at `price` on top of `spent` so that
 * `(spent + take × price) × feeFactor ≤ available`. The division is rounded down to the size scale, then
 * checked with exact products (one step back if the division's last digit rounded it over).
 */
function getAffordable(available: Decimal, spent: Decimal, price: Decimal, feeFactor: Decimal, scale: number): Decimal {
  const step = new Decimal(1).div(new Decimal(10).pow(scale));
  let take = available.div(feeFactor).sub(spent).div(price).toDecimalPlaces(scale, Decimal.ROUND_DOWN);
  if (take.gt(0) && spent.add(take.mul(price)).mul(feeFactor).gt(available)) take = take.sub(step);
  return Decimal.max(take, 0);
}
