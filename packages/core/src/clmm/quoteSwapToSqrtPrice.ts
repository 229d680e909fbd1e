import type { Decimal } from "decimal.js";
import { U64_MAX } from "./clmmConstants";
import type { SwapQuoter } from "./createSwapQuoter";
import { priceToSqrtPrice } from "./priceToSqrtPrice";
import type { SwapQuote } from "./SwapQuote";

/**
 * The swap that moves the pool's price to `targetSqrtPrice`: an exact-input quote of up to u64::MAX
 * with the target as the price limit, in the direction of the target (a→b when it is below the current
 * price). `amountIn` (fee included) is the input needed, `amountOut` what it yields.
 *
 * If `stopReason` is `"priceLimit"` the target is reached; any other reason means it cannot be
 * reached with the supplied tick arrays / liquidity (`endSqrtPrice` says how far the price gets). A
 * target equal to the current price gives an empty swap. Sending exactly `amountIn` with
 * `sqrtPriceLimit` = the target buys the same `amountOut`; the price then lands on the target, except
 * when the last stretch before it holds no liquidity: the program only crosses such a gap while some
 * input remains, so the price stops where the liquidity ends (at no cost difference).
 *
 * @param quoter - The prepared pool.
 * @param targetSqrtPrice - Target sqrt price, Q64.64, within the Whirlpool range.
 * @returns The quote (amounts in token base units).
 * @throws ArbError as {@link SwapQuoter.quote} (e.g. `CLMM_SQRT_PRICE_OUT_OF_RANGE`).
 * @example
 * ```ts
 * const q = quoteSwapToSqrtPrice(quoter, target);
 * if (q.stopReason === "priceLimit") console.log(`needs ${q.amountIn} in`);
 * ```
 */
export function quoteSwapToSqrtPrice(quoter: SwapQuoter, targetSqrtPrice: bigint): SwapQuote {
  return quoter.quote({
    aToB: targetSqrtPrice <= quoter.pool.sqrtPrice,
    exactIn: true,
    amount: U64_MAX,
    sqrtPriceLimit: targetSqrtPrice,
  });
}

/**
 * {@link quoteSwapToSqrtPrice} for a human price of token A in token B (see {@link priceToSqrtPrice}).
 * The target sqrt price is rounded towards the current price, so the swap never overshoots `price`.
 *
 * @param quoter - The prepared pool.
 * @param price - Target price, token B per token A in whole-token units.
 * @param decimalsA - Decimals of token A.
 * @param decimalsB - Decimals of token B.
 * @returns The quote (amounts in token base units).
 * @throws ArbError as {@link priceToSqrtPrice} and {@link SwapQuoter.quote}.
 * @example
 * ```ts
 * quoteSwapToPrice(quoter, "20.5", 9, 6).amountIn; // lamports of SOL to sell to push SOL to 20.5 USDC
 * ```
 */
export function quoteSwapToPrice(quoter: SwapQuoter, price: Decimal.Value, decimalsA: number, decimalsB: number): SwapQuote {
  const down = priceToSqrtPrice(price, decimalsA, decimalsB, "down");
  const target = down >= quoter.pool.sqrtPrice ? down : priceToSqrtPrice(price, decimalsA, decimalsB, "up");
  return quoteSwapToSqrtPrice(quoter, target);
}
