import { Decimal } from "decimal.js";

/** A level as the reference returns it: normalized decimal strings (no trailing zeros). */
export interface NaiveLevel {
  readonly price: string;
  readonly size: string;
}

const norm = (s: string): string => new Decimal(s).toFixed();

/**
 * The naive reference order book: two Maps keyed by normalized price, sorted on read. Slow and obviously
 * right; tests compare the connectors' books (and the fake venues' truth) against it.
 */
export class NaiveBook {
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();

  /** Sets the absolute size of a level; a zero size removes it. */
  apply(side: "bid" | "ask", price: string, size: string): void {
    const map = side === "bid" ? this.bids : this.asks;
    const key = norm(price);
    if (new Decimal(size).isZero()) map.delete(key);
    else map.set(key, norm(size));
  }

  /** Removes every level. */
  clear(): void {
    this.bids.clear();
    this.asks.clear();
  }

  /** A side's levels, best first. */
  levels(side: "bid" | "ask"): NaiveLevel[] {
    const map = side === "bid" ? this.bids : this.asks;
    // Each price is parsed once (not once per comparison): chaos books reach tens of thousands of levels.
    const keyed = [...map].map(([price, size]) => ({ key: new Decimal(price), level: { price, size } }));
    keyed.sort((a, b) => {
      const c = a.key.cmp(b.key);
      return side === "bid" ? -c : c;
    });
    return keyed.map((k) => k.level);
  }

  /** A copy. */
  clone(): NaiveBook {
    const copy = new NaiveBook();
    for (const [p, s] of this.bids) copy.bids.set(p, s);
    for (const [p, s] of this.asks) copy.asks.set(p, s);
    return copy;
  }
}

/** Normalizes levels from any book view (e.g. `ReadonlyOrderBook.depth`) for comparison with {@link NaiveBook}. */
export function normalizeLevels(levels: readonly { readonly price: string; readonly size: string }[]): NaiveLevel[] {
  return levels.map((l) => ({ price: norm(l.price), size: norm(l.size) }));
}
