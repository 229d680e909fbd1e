import type { TickArrayState, TickState } from "@arbkit/core";

/** One decoded tick slot: the math's {@link TickState} plus the fee and reward accounting. */
export interface TickDetail extends TickState {
  /** Fee growth of token A outside the tick, Q64.64 (u128). */
  readonly feeGrowthOutsideA: bigint;
  /** Fee growth of token B outside the tick, Q64.64 (u128). */
  readonly feeGrowthOutsideB: bigint;
  /** Reward growth outside the tick for the three reward slots, Q64.64 (u128 each). */
  readonly rewardGrowthsOutside: readonly [bigint, bigint, bigint];
}

/**
 * A decoded TickArray account of either on-chain layout. It is a core {@link TickArrayState} (pass it
 * to the swap math as is) plus the owning pool and the layout it came from.
 */
export interface TickArrayAccount extends TickArrayState {
  /** `fixed` (9,988-byte `TickArray`) or `dynamic` (variable-size `DynamicTickArray`). */
  readonly layout: "fixed" | "dynamic";
  /** The account address (base58) when the caller supplied it, otherwise `undefined`. */
  readonly address: string | undefined;
  /** The Whirlpool this array belongs to (base58). */
  readonly whirlpool: string;
  /** Exactly 88 slots; slot `i` is tick `startTickIndex + i × tickSpacing`. */
  readonly ticks: readonly TickDetail[];
}
