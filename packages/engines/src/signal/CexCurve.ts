import { type BookSide, type ReadonlyOrderBook, type ScaledWalk, formatScaled, parseScaled } from "@arbkit/core";
import { ceilDiv, floorDiv } from "../math/divide";
import { pow10 } from "../math/pow10";
import type { Ratio } from "../math/Ratio";

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
   * `atoms` valued at the walk's worst price times `markup`, value units rounded up, or `undefined` when
   * the side is too shallow: what a venue holds for a limit buy at that price (`markup` = 1 + tolerance).
   */
  limitValueOf(atoms: bigint, markup: Ratio): bigint | undefined;
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

interface CurveLevel {
  readonly price: bigint;
  readonly cumAtoms: bigint;
}

/** The {@link CexCurve} implementation: a class, so a curve per book event allocates no closures. */
class BookCurve implements CexCurve {
  readonly hasDepth: boolean;
  readonly bestPrice: bigint;
  readonly #book: ReadonlyOrderBook;
  readonly #up: boolean;
  readonly #baseDecimals: number;
  readonly #valueDecimals: number;
  readonly #levels: CurveLevel[] = [];
  #complete = false;

  constructor(
    book: ReadonlyOrderBook,
    readonly side: BookSide,
    baseDecimals: number,
    valueDecimals: number,
  ) {
    this.#book = book;
    this.#up = side === "ask";
    this.#baseDecimals = baseDecimals;
    this.#valueDecimals = valueDecimals;
    const best = book.bestPriceScaled(side);
    this.hasDepth = best !== undefined;
    this.bestPrice = best === undefined ? 0n : rescale(BigInt(best), valueDecimals - baseDecimals - book.priceScale, this.#up);
  }

  // The last walk: a size's value and its limit value (the funds hold) are asked for one after the other.
  #lastAtoms = -1n;
  #lastWalk: ScaledWalk | undefined;

  #walk(atoms: bigint): ScaledWalk {
    if (atoms === this.#lastAtoms && this.#lastWalk !== undefined) return this.#lastWalk;
    const n = Number(atoms);
    const w = this.#up ? this.#book.walkBuyScaled(n, this.#baseDecimals) : this.#book.walkSellScaled(n, this.#baseDecimals);
    this.#lastAtoms = atoms;
    this.#lastWalk = w;
    return w;
  }

  #load(n: number): void {
    const book = this.#book;
    const levels = book.depth(this.side, n);
    const out = this.#levels;
    const shift = this.#valueDecimals - this.#baseDecimals - book.priceScale;
    for (let i = out.length; i < levels.length; i++) {
      const l = levels[i]!;
      const cum = (i === 0 ? 0n : out[i - 1]!.cumAtoms) + parseScaled(l.size, this.#baseDecimals);
      out.push({ price: rescale(parseScaled(l.price, book.priceScale), shift, this.#up), cumAtoms: cum });
    }
    this.#complete = levels.length < n;
  }

  level(i: number): CurveLevel | undefined {
    const levels = this.#levels;
    // Most optima sit in the first few levels: parse 4, then double.
    while (i >= levels.length && !this.#complete) this.#load(Math.max(4, levels.length * 2));
    return levels[i];
  }

  valueOf(atoms: bigint): bigint | undefined {
    const w = this.#walk(atoms);
    if (!w.complete) return undefined;
    return rescale(w.filledQuote, this.#valueDecimals - w.quoteScale, this.#up);
  }

  worstPriceOf(atoms: bigint): string {
    const w = this.#walk(atoms);
    return w.worstPrice === undefined ? "0" : formatScaled(w.worstPrice, w.priceScale);
  }

  limitValueOf(atoms: bigint, markup: Ratio): bigint | undefined {
    const w = this.#walk(atoms);
    if (!w.complete || w.worstPrice === undefined) return undefined;
    // price (10^-priceScale quote per base unit) × atoms (10^-baseDecimals base) in 10^-valueDecimals quote.
    const shift = this.#valueDecimals - w.priceScale - this.#baseDecimals;
    const num = BigInt(w.worstPrice) * atoms * markup.num * (shift > 0 ? pow10(shift) : 1n);
    return ceilDiv(num, markup.den * (shift < 0 ? pow10(-shift) : 1n));
  }
}

/**
 * Wraps one side of a book as a {@link CexCurve}. The view reads the live book lazily, so it is valid while
 * the side's `book.revision(side)` is what it was at creation (the signal engine keeps it across book events
 * that leave the side alone, and makes a new one when the revision moves).
 *
 * @param baseDecimals Decimals of a base atom (9 for SOL).
 * @param valueDecimals Decimals of a value unit; when the book is finer, costs round up, proceeds down.
 */
export function createCexCurve(book: ReadonlyOrderBook, side: BookSide, baseDecimals: number, valueDecimals: number): CexCurve {
  return new BookCurve(book, side, baseDecimals, valueDecimals);
}
