/**
 * Why a swap stopped before using its whole amount.
 * - `priceLimit`: the caller's `sqrtPriceLimit` was reached.
 * - `liquidityExhausted`: no limit was given and the price reached the end of the Whirlpool range
 *   ({@link MIN_SQRT_PRICE} / {@link MAX_SQRT_PRICE}): there is no liquidity left to trade against.
 * - `tickArraysExhausted`: the supplied tick arrays ended (the on-chain program would fail the swap
 *   with `TickArraySequenceInvalidIndex`); supply more arrays to see further.
 */
export type SwapStopReason = "priceLimit" | "liquidityExhausted" | "tickArraysExhausted";

/** A swap to quote against a prepared pool ({@link SwapQuoter.quote}). */
export interface SwapQuoteRequest {
  /** Direction: `true` = token A in, token B out (price falls); `false` = B in, A out. */
  readonly aToB: boolean;
  /** `true`: `amount` is the input (fee included); `false`: `amount` is the desired output. */
  readonly exactIn: boolean;
  /** Amount in token base units, 1 … 2^64 − 1. */
  readonly amount: bigint;
  /**
   * Sqrt price (Q64.64) at which to stop, on the trade's side of the current price (at or below it
   * for a→b, at or above it for b→a). Omitted: the end of the Whirlpool range. Note that on chain an
   * exact-output swap WITHOUT an explicit limit fails (`PartialFillError`) unless fully filled.
   */
  readonly sqrtPriceLimit?: bigint;
}

/**
 * The outcome of a swap quote, equal to what the Whirlpool program computes (no Token-2022 transfer
 * fees, no slippage). Amounts are token base units (u64); prices are Q64.64 sqrt prices.
 */
export interface SwapQuote {
  /** Direction as requested. */
  readonly aToB: boolean;
  /** Mode as requested. */
  readonly exactIn: boolean;
  /** The requested amount. */
  readonly amountSpecified: bigint;
  /** Total input paid into the pool, fee included (token A if `aToB`, else token B). */
  readonly amountIn: bigint;
  /** Output paid out (token B if `aToB`, else token A). */
  readonly amountOut: bigint;
  /** Total swap fee charged, in input-token base units (part of `amountIn`). */
  readonly fee: bigint;
  /** The protocol's share of `fee` (summed per step, each step rounded down). */
  readonly protocolFee: bigint;
  /**
   * Increase of the pool's input-side `fee_growth_global` (Q64.64 per unit of liquidity, modulo 2^128):
   * the program adds this to `fee_growth_global_a` (a→b) or `_b` (b→a), wrapping.
   */
  readonly feeGrowthGlobalDelta: bigint;
  /** Sqrt price after the swap, Q64.64. */
  readonly endSqrtPrice: bigint;
  /**
   * Tick index after the swap, as the program stores it: a swap ending exactly on a tick boundary `t`
   * while moving down (a→b) reports `t − 1`; one that did not move the price keeps the start tick.
   */
  readonly endTickIndex: number;
  /** Active liquidity after the swap (u128). */
  readonly endLiquidity: bigint;
  /** Number of initialized ticks crossed (each changed the active liquidity by its `liquidityNet`). */
  readonly ticksCrossed: number;
  /** Whether the whole `amountSpecified` was swapped. */
  readonly filled: boolean;
  /** How much of `amountSpecified` was swapped (`amountIn` for exact input, `amountOut` for exact output). */
  readonly amountFilled: bigint;
  /** Why the swap stopped short; `"filled"` when it did not. */
  readonly stopReason: SwapStopReason | "filled";
}
