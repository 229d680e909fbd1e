import { Decimal } from "decimal.js";
import type { NaiveOrderBook } from "../support/NaiveOrderBook";

/**
 * Adds `levels` levels per side far from the touch, one price step apart at the touch prices' number of
 * decimals: asks from three times the best ask (or past the farthest ask) up, bids from a fifth of the best
 * bid (or below the farthest bid) down while above zero. The top of the book does not change, so a book can
 * be made huge again and again: chaos uses it for huge snapshots.
 */
export function padNaiveOrderBook(book: NaiveOrderBook, levels: number): void {
  const bids = book.levels("bid");
  const asks = book.levels("ask");
  const best = { bid: bids[0]?.price, ask: asks[0]?.price };
  if (best.bid === undefined || best.ask === undefined) return;
  const decimals = Math.max(best.bid.split(".")[1]?.length ?? 0, best.ask.split(".")[1]?.length ?? 0, 2);
  const step = new Decimal(1).dividedBy(new Decimal(10).pow(decimals));
  const lowest = new Decimal(bids[bids.length - 1]?.price ?? best.bid);
  const highest = new Decimal(asks[asks.length - 1]?.price ?? best.ask);
  let bid = Decimal.min(new Decimal(best.bid).dividedBy(5).toDecimalPlaces(decimals, Decimal.ROUND_DOWN), lowest.minus(step));
  let ask = Decimal.max(new Decimal(best.ask).times(3).toDecimalPlaces(decimals, Decimal.ROUND_UP), highest.plus(step));
  for (let i = 0; i < levels; i++) {
    if (bid.gt(0)) book.set("bid", bid.toFixed(decimals), "0.5");
    book.set("ask", ask.toFixed(decimals), "0.5");
    bid = bid.minus(step);
    ask = ask.plus(step);
  }
}
