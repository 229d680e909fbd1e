import { Decimal } from "decimal.js";

/** Plenty of digits: the reference multiplies and adds without ever rounding in practice. */
const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_DOWN });
/** The VWAP rounding the real book documents: half-even, 40 significant digits. */
const D40 = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** A level as plain normalized strings. */
export interface NaiveLevel {
  readonly price: string;
  readonly size: string;
}

/** What the brute-force walk found; all values are normalized decimal strings. */
export interface NaiveWalk {
  readonly filledBase: string;
  readonly filledQuote: string;
  readonly vwap: string | undefined;
  readonly worstPrice: string | undefined;
  readonly levelsConsumed: number;
  readonly complete: boolean;
}

const norm = (value: string): string => new Exact(value).toFixed();

/**
 * The test reference for order books: two `Map`s from normalized price to normalized size, sorted
 * only when read, walked level by level with big-precision Decimal arithmetic. Deliberately naive and
 * independent of the real book's scaled integers. The fake venues keep their own books in it, and tests
 * compare the connectors' books with it.
 */
export class NaiveOrderBook {
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();

  /** @param maxDepth Keep only the best `maxDepth` levels per side after every change. */
  constructor(readonly maxDepth = Number.POSITIVE_INFINITY) {}

  /** Sets a level; zero removes it. */
  set(side: "bid" | "ask", price: string, size: string): void {
    const map = side === "bid" ? this.bids : this.asks;
    if (new Exact(size).isZero()) map.delete(norm(price));
    else map.set(norm(price), norm(size));
    if (map.size > this.maxDepth) {
      const worst = this.levels(side).at(-1);
      if (worst !== undefined) map.delete(worst.price);
    }
  }

  /** Replaces both sides (zero sizes are skipped). */
  snapshot(bids: readonly NaiveLevel[], asks: readonly NaiveLevel[]): void {
    this.clear();
    // Skipped, not applied: a zero in a snapshot must not delete a level listed beside it at the same price.
    for (const l of bids) if (!new Exact(l.size).isZero()) this.set("bid", l.price, l.size);
    for (const l of asks) if (!new Exact(l.size).isZero()) this.set("ask", l.price, l.size);
  }

  clear(): void {
    this.bids.clear();
    this.asks.clear();
  }

  /** All levels of a side, best first. */
  levels(side: "bid" | "ask"): NaiveLevel[] {
    const map = side === "bid" ? this.bids : this.asks;
    // Each price is parsed once (not once per comparison): chaos books reach tens of thousands of levels.
    const keyed = [...map].map(([price, size]) => ({ key: new Exact(price), level: { price, size } }));
    keyed.sort((a, b) => {
      const c = a.key.cmp(b.key);
      return side === "bid" ? -c : c;
    });
    return keyed.map((k) => k.level);
  }

  /** A copy (same depth cap). */
  clone(): NaiveOrderBook {
    const copy = new NaiveOrderBook(this.maxDepth);
    for (const [p, q] of this.bids) copy.bids.set(p, q);
    for (const [p, q] of this.asks) copy.asks.set(p, q);
    return copy;
  }

  isCrossed(): boolean {
    const bid = this.levels("bid")[0];
    const ask = this.levels("ask")[0];
    return bid !== undefined && ask !== undefined && new Exact(bid.price).gte(ask.price);
  }

  /** Brute-force walk for a base quantity: buy walks the asks, sell the bids. */
  walk(side: "buy" | "sell", quantity: string): NaiveWalk {
    let remaining = new Exact(quantity);
    let base = new Exact(0);
    let quote = new Exact(0);
    let worst: string | undefined;
    let levels = 0;
    for (const level of this.levels(side === "buy" ? "ask" : "bid")) {
      if (remaining.isZero()) break;
      const take = Exact.min(remaining, level.size);
      base = base.plus(take);
      quote = quote.plus(take.times(level.price));
      remaining = remaining.minus(take);
      worst = level.price;
      levels++;
    }
    return {
      filledBase: base.toFixed(),
      filledQuote: quote.toFixed(),
      vwap: base.isZero() ? undefined : new D40(quote.toFixed()).div(base.toFixed()).toFixed(),
      worstPrice: worst,
      levelsConsumed: levels,
      complete: remaining.isZero(),
    };
  }

  /** Brute-force budget walk on the asks; the last level is taken in whole `10^-sizeScale` units, rounded down. */
  walkWithQuote(budget: string, sizeScale: number): NaiveWalk {
    let remaining = new Exact(budget);
    let base = new Exact(0);
    let quote = new Exact(0);
    let worst: string | undefined;
    let levels = 0;
    let exhausted = false;
    for (const level of this.levels("ask")) {
      const full = new Exact(level.size).times(level.price);
      const take = full.lte(remaining)
        ? new Exact(level.size)
        : remaining.div(level.price).toDecimalPlaces(sizeScale, Decimal.ROUND_DOWN);
      if (take.gt(0)) {
        base = base.plus(take);
        quote = quote.plus(take.times(level.price));
        remaining = remaining.minus(take.times(level.price));
        worst = level.price;
        levels++;
      }
      if (take.lt(level.size) || remaining.isZero()) {
        exhausted = true;
        break;
      }
    }
    return {
      filledBase: base.toFixed(),
      filledQuote: quote.toFixed(),
      vwap: base.isZero() ? undefined : new D40(quote.toFixed()).div(base.toFixed()).toFixed(),
      worstPrice: worst,
      levelsConsumed: levels,
      complete: exhausted || remaining.isZero(),
    };
  }
}

/** Normalizes levels from any book view (e.g. `ReadonlyOrderBook.depth`) for comparison with {@link NaiveOrderBook}. */
export function normalizeLevels(levels: readonly { readonly price: string; readonly size: string }[]): NaiveLevel[] {
  return levels.map((l) => ({ price: norm(l.price), size: norm(l.size) }));
}
