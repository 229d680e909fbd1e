import { Dec as Decimal } from "../math/Dec";
import type { ReadonlyOrderBook, UnixMs } from "@arbkit/core";
import type { CexFill } from "./TradeRecord";

/**
 * Fills a taker order against a book, exactly: IOC with a limit (levels beyond the limit are not taken)
 * or market (`limit` undefined). Unfilled size is cancelled. The fee is `quote × feeRate`, exact.
 * An absent book fills nothing.
 */
export function fillCexOrder(
  book: ReadonlyOrderBook | undefined,
  side: "buy" | "sell",
  size: Decimal,
  limit: Decimal | undefined,
  feeRate: Decimal,
  ts: UnixMs,
): CexFill {
  const bookSide = side === "buy" ? "ask" : "bid";
  let filled = new Decimal(0);
  let quote = new Decimal(0);
  const touch = book === undefined ? undefined : side === "buy" ? book.bestAsk() : book.bestBid();
  if (book !== undefined) {
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
      if (limit !== undefined && (side === "buy" ? price.gt(limit) : price.lt(limit))) break;
      const take = Decimal.min(new Decimal(level.size), size.sub(filled));
      filled = filled.add(take);
      quote = quote.add(take.mul(price));
    }
  }
  return {
    side,
    requested: size,
    filled,
    quote,
    vwap: filled.isZero() ? undefined : quote.div(filled).toSignificantDigits(20),
    limitPrice: limit,
    touchPrice: touch === undefined ? undefined : new Decimal(touch.price),
    fee: quote.mul(feeRate),
    ts,
  };
}
