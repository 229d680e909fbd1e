/**
 * The result of a fast walk ({@link ReadonlyOrderBook.walkBuyScaled} / `walkSellScaled`): exact scaled
 * integers, no `Decimal`. A value `v` at scale `k` means `v × 10^-k`. Nothing is rounded.
 *
 * Compare two walks exactly without division by cross-multiplying (`a.filledQuote * BigInt(b.filledBase)`),
 * after bringing them to the same scales.
 */
export interface ScaledWalk {
  /** The requested base quantity, in units of `10^-baseScale`. */
  readonly requested: number;
  /** Base filled, in units of `10^-baseScale` (≤ `requested`). */
  readonly filledBase: number;
  /** Decimals of `requested` and `filledBase`: the larger of the caller's scale and the book's size scale. */
  readonly baseScale: number;
  /** Quote paid (buys) or received (sells), in units of `10^-quoteScale`. A bigint: it can exceed 2^53. */
  readonly filledQuote: bigint;
  /** Decimals of `filledQuote`: `priceScale + baseScale`. */
  readonly quoteScale: number;
  /** The last (worst) price touched, in units of `10^-priceScale`, or `undefined` when nothing filled. */
  readonly worstPrice: number | undefined;
  /** Decimals of `worstPrice`: the book's price scale at the time of the walk. */
  readonly priceScale: number;
  /** Number of levels touched, the last one possibly partially. */
  readonly levelsConsumed: number;
  /** Whether all of `requested` was filled. */
  readonly complete: boolean;
}
