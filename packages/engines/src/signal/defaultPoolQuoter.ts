import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, createSwapQuoter, quoteSwapToSqrtPrice, type PoolStateEvent, type SwapQuoter } from "@arbkit/core";
import type { PoolQuoter, PoolQuoterFactory, PoolSwapQuote } from "./PoolQuoter";

const NOTHING: PoolSwapQuote = Object.freeze({ amountIn: 0n, amountOut: 0n, feeAmount: 0n, filled: false });

/**
 * The default {@link PoolQuoterFactory}: `@arbkit/core`'s exact Whirlpool swap quoter (bit-exact with
 * the program) over the event's pool and tick arrays. A direction with no loaded tick array quotes as
 * "not filled" rather than throwing, so a thin state never looks like liquidity.
 *
 * @throws ArbError `CLMM_POOL_STATE_INVALID` / `CLMM_TICK_ARRAYS_INVALID` for an inconsistent state.
 */
export const defaultPoolQuoter: PoolQuoterFactory = (event): PoolQuoter => wrapSwapQuoter(createSwapQuoter(event.state, event.tickArrays), event);

/** The {@link PoolQuoter} over a core quoter of `event`'s state. @internal */
export function wrapSwapQuoter(quoter: SwapQuoter, event: PoolStateEvent): PoolQuoter {
  return {
    quote(amount, aToB, exactIn) {
      if (quoter.tickArrayCount(aToB) === 0) return NOTHING;
      const q = quoter.quote({ aToB, exactIn, amount });
      return { amountIn: q.amountIn, amountOut: q.amountOut, feeAmount: q.fee, filled: q.filled };
    },
    quoteToSqrtPrice(target) {
      const clamped = target < MIN_SQRT_PRICE ? MIN_SQRT_PRICE : target > MAX_SQRT_PRICE ? MAX_SQRT_PRICE : target;
      if (quoter.tickArrayCount(clamped <= event.state.sqrtPrice) === 0) return NOTHING;
      const q = quoteSwapToSqrtPrice(quoter, clamped);
      return { amountIn: q.amountIn, amountOut: q.amountOut, feeAmount: q.fee, filled: q.stopReason === "priceLimit" };
    },
  };
}
