import { type BookSide, type ReadonlyOrderBook, formatScaled, parseScaled } from "@arbkit/core";
import { ceilDiv, floorDiv } from "../math/divide";
import { pow10 } from "../math/pow10";

/**
 * One side of a CEX book seen in "value units" (10^-valueDecimals of the CEX quote currency), for the
 * size search. Walks go through the book's exact scaled fast path; nothing is approximated.
 */
export interface CexCurve {
  /** The side walked: `ask` for buys, `bid` for sells. */
  readonly side: BookSide;
  /** Whether the side has at least one level. */
  readonly hasDepth: boolean;
  /** Best price in value units per base atom (rounded against us: up for asks, down for bids). */
  readonly bestPrice: bigint;
  /**
   * Exact value of taking `atoms` base atoms from the side (cost for asks, proceeds for bids), or
   * `undefined` when the side is too shallow.
   */
  valueOf(atoms: bigint): bigint | undefined;
  /** The worst price a walk of `atoms` touches, as an exact decimal string ("0" when nothing fills). */
  worstPriceOf(atoms: bigint): string;
  /**
   * Level `i` (0 = best): its price in value units per base atom (rounded against us) and the base
   * atoms of levels 0…i together; `undefined` past the last level. Parsed lazily.
   */
  level(i: number): { readonly price: bigint; readonly cumAtoms: bigint } | undefined;
}

/** `x × 10^shift` (shift ≥ 0) or `x / 10^-shift` rounded up (`up`) or down. */
function rescale(x: bigint, shift: number, up: boolean): bigint {
  if (shift === 0) return x;
  if (shift > 0) return x * pow10(shift);
  const d = pow10(-shift);
  return up ? ceilDiv(x, d) : floorDiv(x, d);
}

/**
 * Wraps one side of a book as a {@link CexCurve}. The view is valid as long as the book event it came
 * from (the next event of the instrument replaces it).
 *
 * @param baseDecimals Decimals of a base atom (9 for SOL).
 * @param valueDecimals Decimals of a value unit; when the book is finer, costs round up, proceeds down.
 */
export function createCexCurve(book: ReadonlyOrderBook, side: BookSide, baseDecimals: number, valueDecimals: number): CexCurve {
  const up = side === "ask";
  const best = book.bestPriceScaled(side);
  const walk = (atoms: bigint) =>
    up ? book.walkBuyScaled(Number(atoms), baseDecimals) : book.walkSellScaled(Number(atoms), baseDecimals);
  const prices: bigint[] = [];
  const cums: bigint[] = [];
  let complete = false;
  const load = (n: number): void => {
    const levels = book.depth(side, n);
    for (let i = prices.length; i < levels.length; i++) {
      const l = levels[i]!;
      prices.push(rescale(parseScaled(l.price, book.priceScale), valueDecimals - baseDecimals - book.priceScale, up));
      cums.push((cums[i - 1] ?? 0n) + parseScaled(l.size, baseDecimals));
    }
    complete = levels.length < n;
  };
  return {
    side,
    hasDepth: best !== undefined,
    level(i) {
      // Most optima sit in the first few levels: parse 4, then double.
      while (i >= prices.length && !complete) load(Math.max(4, prices.length * 2));
      return i < prices.length ? { price: prices[i]!, cumAtoms: cums[i]! } : undefined;
    },
    bestPrice: best === undefined ? 0n : rescale(BigInt(best), valueDecimals - baseDecimals - book.priceScale, up),
    valueOf(atoms: bigint): bigint | undefined {
      const w = walk(atoms);
      if (!w.complete) return undefined;
      return rescale(w.filledQuote, valueDecimals - w.quoteScale, up);
    },
    worstPriceOf(atoms: bigint): string {
      const w = walk(atoms);
      return w.worstPrice === undefined ? "0" : formatScaled(w.worstPrice, w.priceScale);
    },
  };
}
