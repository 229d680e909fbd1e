import { Decimal } from "decimal.js";
import { decodeWhirlpool } from "@arbkit/connectors";
import type { NaiveLevel } from "../../support/NaiveOrderBook";
import type { ChaosVenues } from "./startChaosVenues";
import type { StatusSample } from "./createStatusPoller";

const norm = (pairs: readonly (readonly [string, string])[]): string => JSON.stringify(pairs.map(([p, s]) => [new Decimal(p).toFixed(), new Decimal(s).toFixed()]));
const top = (levels: readonly NaiveLevel[]): string => JSON.stringify(levels.slice(0, 10).map((l) => [l.price, l.size]));

/** The pool price as arb-cli's `/status` computes it (the same float operations, so equal means equal). */
export function getStatusPoolPrice(whirlpool: Buffer): number {
  const raw = Number(decodeWhirlpool(whirlpool).state.sqrtPrice) / 2 ** 64;
  return raw * raw * 10 ** (9 - 6);
}

/**
 * Compares what the bot reports in one `/status` document with the venues' own state: for each CEX book its
 * status (`live`), its level count per side (the whole book), its ten best levels per side (price and size,
 * exact decimals) and its best bid and ask; for the pool its status and price. Returns the mismatches.
 */
export function compareBooksWithVenues(sample: StatusSample, venues: ChaosVenues): string[] {
  const out: string[] = [];
  const cex = [
    ["coinbase:SOL-USD", venues.coinbase.truth("SOL-USD")],
    ["gemini:SOLUSD", venues.gemini.truth("SOLUSD")],
  ] as const;
  for (const [id, truth] of cex) {
    const book = sample.books.find((b) => b.instrument === id);
    const touch = sample.venues.flatMap((v) => v.instruments).find((i) => i.instrument === id);
    if (book === undefined || touch === undefined) {
      out.push(`${id}: not in /status`);
      continue;
    }
    const bids = truth.levels("bid");
    const asks = truth.levels("ask");
    if (book.status !== "live") out.push(`${id} is ${String(book.status)}`);
    if (book.bidLevels !== bids.length || book.askLevels !== asks.length) out.push(`${id}: ${book.bidLevels} bids / ${book.askLevels} asks, the venue ${bids.length} / ${asks.length}`);
    if (norm(book.bids) !== top(bids)) out.push(`${id} bids ${norm(book.bids)}, the venue ${top(bids)}`);
    if (norm(book.asks) !== top(asks)) out.push(`${id} asks ${norm(book.asks)}, the venue ${top(asks)}`);
    const best = (p: string | null): string | null => (p === null ? null : new Decimal(p).toFixed());
    if (best(touch.bid) !== (bids[0]?.price ?? null) || best(touch.ask) !== (asks[0]?.price ?? null)) {
      out.push(`${id} touch ${String(touch.bid)} / ${String(touch.ask)}, the venue ${String(bids[0]?.price)} / ${String(asks[0]?.price)}`);
    }
  }
  const pool = sample.pools[0];
  const data = venues.poolData();
  if (pool === undefined || data === undefined) out.push("pool: not in /status or never served");
  else {
    if (pool.status !== "live") out.push(`${pool.instrument} is ${String(pool.status)}`);
    const price = getStatusPoolPrice(data);
    if (pool.price !== price) out.push(`${pool.instrument} price ${pool.price}, the chain ${price}`);
  }
  return out;
}
