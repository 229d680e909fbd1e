import type { PoolStateEvent } from "@arbkit/core";

/** The exact result of one swap quote on a pool state, in token atoms (u64 amounts as bigint). */
export interface PoolSwapQuote {
  /** Atoms of the input token the swap takes, fee included (rounded up, as on-chain). */
  readonly amountIn: bigint;
  /** Atoms of the output token the swap gives (rounded down, as on-chain). */
  readonly amountOut: bigint;
  /** Atoms of the input token kept as the pool fee (part of `amountIn`). */
  readonly feeAmount: bigint;
  /** Whether the requested amount was fully swapped (false when the loaded liquidity ran out). */
  readonly filled: boolean;
}

/**
 * The port through which engines price a pool: exact swap quotes on one immutable pool state. The
 * default implementation wraps `@arbkit/core`'s Whirlpool swap math; engines never do pool math
 * themselves.
 */
export interface PoolQuoter {
  /**
   * Quotes a swap. `amount` is the input (exact-in) or the output (exact-out), in atoms;
   * `aToB` sells token A for token B.
   */
  quote(amount: bigint, aToB: boolean, exactIn: boolean): PoolSwapQuote;
  /**
   * The swap that moves the price to `sqrtPrice` (Q64.64), in whichever direction that is: `amountIn`
   * is the input needed (fee included), `amountOut` what it yields; `filled` is false when the loaded
   * liquidity ends before the target (the amounts then say how far it gets).
   */
  quoteToSqrtPrice(sqrtPrice: bigint): PoolSwapQuote;
}

/** Builds a {@link PoolQuoter} for one pool state (called once per pool update). */
export type PoolQuoterFactory = (event: PoolStateEvent) => PoolQuoter;
