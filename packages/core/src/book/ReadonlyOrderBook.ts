import type { Decimal } from "decimal.js";
import type { InstrumentId } from "../ids/InstrumentId";

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
  /** `filledQuote / filledBase`, or `undefined` when nothing filled. Exact to 40 significant digits. */
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
  /** Number of bid levels. */
  readonly bidCount: number;
  /** Number of ask levels. */
  readonly askCount: number;
  /** The highest bid, or `undefined` when the side is empty. */
  bestBid(): PriceLevel | undefined;
  /** The lowest ask, or `undefined` when the side is empty. */
  bestAsk(): PriceLevel | undefined;
  /** Best ask − best bid (quote per base), or `undefined` when a side is empty. */
  spread(): Decimal | undefined;
  /** (best bid + best ask) / 2, exact, or `undefined` when a side is empty. */
  mid(): Decimal | undefined;
  /** Whether best bid ≥ best ask (never true for a book accepted from a venue; see `BOOK_CROSSED`). */
  isCrossed(): boolean;
  /** Up to `maxLevels` levels of a side, best first. @default all levels */
  depth(side: BookSide, maxLevels?: number): PriceLevel[];
  /** Cost of buying `baseQuantity` (walks the asks). */
  walkBuy(baseQuantity: Decimal | string): WalkResult;
  /** Proceeds of selling `baseQuantity` (walks the bids). */
  walkSell(baseQuantity: Decimal | string): WalkResult;
  /** Base obtainable by spending at most `quoteBudget` on the asks (`requested` is the budget). */
  walkBuyWithQuote(quoteBudget: Decimal | string): WalkResult;
}
