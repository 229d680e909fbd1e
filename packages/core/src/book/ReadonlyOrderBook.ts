import type { Decimal } from "decimal.js";
import type { InstrumentId } from "../ids/InstrumentId";
import type { ScaledWalk } from "./ScaledWalk";

/** Which side of a book: `bid` (buyers) or `ask` (sellers; Coinbase calls it `offer`). */
export type BookSide = "bid" | "ask";

/** One price level at the API edge: exact decimal strings, as the venue sent them (normalized). */
export interface PriceLevel {
  /** Price in quote per base, exact decimal string. */
  readonly price: string;
  /** Size in base units, exact decimal string, > 0. */
  readonly size: string;
}

/** The result of walking a book side for a quantity. Every value is exact (no rounding). */
export interface WalkResult {
  /** The quantity asked for (base units for base walks, quote units for budget walks). */
  readonly requested: Decimal;
  /** Base units that the book could fill (≤ requested for base walks). */
  readonly filledBase: Decimal;
  /** Quote units paid (buys) or received (sells) for `filledBase`. */
  readonly filledQuote: Decimal;
  /**
   * `filledQuote / filledBase`, or `undefined` when nothing filled. The only inexact field: a quotient,
   * rounded half-even to 40 significant digits.
   */
  readonly vwap: Decimal | undefined;
  /** The last (worst) price touched, or `undefined` when nothing filled. */
  readonly worstPrice: Decimal | undefined;
  /** Number of levels touched, the last one possibly partially. */
  readonly levelsConsumed: number;
  /** Whether the whole request was filled; `false` means the side's depth ran out. */
  readonly complete: boolean;
}

/**
 * A read-only view of an L2 order book. Book events carry this view of the state *after* the event;
 * it stays valid until the next event of the same instrument (the state is updated before publishing).
 */
export interface ReadonlyOrderBook {
  /** The instrument this book belongs to. */
  readonly instrument: InstrumentId;
  /** Decimals of the book's scaled prices: a price `p` is stored as the integer `p × 10^priceScale`. */
  readonly priceScale: number;
  /** Decimals of the book's scaled sizes: a size `s` is stored as the integer `s × 10^sizeScale`. */
  readonly sizeScale: number;
  /** Number of bid levels. */
  readonly bidCount: number;
  /** Number of ask levels. */
  readonly askCount: number;
  /** The highest bid, or `undefined` when the side is empty. */
  bestBid(): PriceLevel | undefined;
  /** The lowest ask, or `undefined` when the side is empty. */
  bestAsk(): PriceLevel | undefined;
  /** Best ask − best bid (quote per base), exact, or `undefined` when a side is empty. */
  spread(): Decimal | undefined;
  /** (best bid + best ask) / 2, exact, or `undefined` when a side is empty. */
  mid(): Decimal | undefined;
  /**
   * Whether best bid ≥ best ask. A book holds a crossed state only after the venue sent one, which the
   * book's `applyChanges` / `applySnapshot` / `checkIntegrity` report as `BOOK_CROSSED` (resync then).
   */
  isCrossed(): boolean;
  /** Up to `maxLevels` levels of a side, best first. @default all levels */
  depth(side: BookSide, maxLevels?: number): PriceLevel[];
  /** The best price of a side as a scaled integer (units of `10^-priceScale`), or `undefined` when empty. */
  bestPriceScaled(side: BookSide): number | undefined;
  /**
   * A counter for one side that changes whenever that side's levels change (an insert, removal, size change,
   * snapshot, clear or depth trim) or the book rescales its stored integers. Equal values read from the same
   * book mean the side is unchanged, so a consumer can keep whatever it derived from the side (a walk, a
   * curve, a quote) until the value moves. Only increases; not comparable across books.
   * @example
   * ```ts
   * const seen = book.revision("ask");
   * // … later, after more book events …
   * if (book.revision("ask") === seen) reuseAskSideResult();
   * ```
   */
  revision(side: BookSide): number;
  /**
   * Cost of buying `baseQuantity` (walks the asks). Exact: `filledBase`, `filledQuote` and `worstPrice`
   * are never rounded; `vwap` is rounded half-even to 40 significant digits.
   * @throws ArbError `QUANTITY_INVALID` for a negative, non-finite or malformed quantity.
   * @example
   * ```ts
   * const r = book.walkBuy("100");
   * if (!r.complete) console.log("only", r.filledBase.toFixed(), "available");
   * ```
   */
  walkBuy(baseQuantity: Decimal | string): WalkResult;
  /**
   * Proceeds of selling `baseQuantity` (walks the bids). Exact like {@link ReadonlyOrderBook.walkBuy}.
   * @throws ArbError `QUANTITY_INVALID`
   */
  walkSell(baseQuantity: Decimal | string): WalkResult;
  /**
   * Base obtainable by spending at most `quoteBudget` on the asks (`requested` is the budget). Whole
   * levels are taken while affordable; the last one in whole size units of the book (`10^-sizeScale`),
   * rounded DOWN, so `filledQuote ≤ quoteBudget` always. `complete` is `true` when the budget, not the
   * depth, ran out (less than one size unit at the next price remains).
   * @throws ArbError `QUANTITY_INVALID`
   */
  walkBuyWithQuote(quoteBudget: Decimal | string): WalkResult;
  /**
   * The fast path for hot loops (signal engines): the cost of buying `baseUnits × 10^-baseScale` base,
   * as exact scaled integers, with no `Decimal` and no allocation per level (one result object and one
   * or two bigints per call). Same walk, same exactness as {@link ReadonlyOrderBook.walkBuy}.
   * @param baseUnits A safe integer ≥ 0 (e.g. `100_00000000` for 100 base at `baseScale` 8).
   * @param baseScale Decimals of `baseUnits`, an integer in [0, 36].
   * @throws ArbError `QUANTITY_INVALID` when the request is not a safe integer at the larger of
   * `baseScale` and the book's size scale (use `walkBuy` for such amounts).
   * @example
   * ```ts
   * const w = book.walkBuyScaled(100_00000000, 8); // 100 SOL
   * // cost in quote = w.filledQuote × 10^-w.quoteScale; compare two venues by cross-multiplying.
   * ```
   */
  walkBuyScaled(baseUnits: number, baseScale: number): ScaledWalk;
  /**
   * The fast path for selling (walks the bids); see {@link ReadonlyOrderBook.walkBuyScaled}.
   * @throws ArbError `QUANTITY_INVALID`
   */
  walkSellScaled(baseUnits: number, baseScale: number): ScaledWalk;
}
