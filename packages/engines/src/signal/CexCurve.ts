import { type BookSide, type ReadonlyOrderBook, formatScaled } from "@arbkit/core";
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
  return {
    side,
    hasDepth: best !== undefined,
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
