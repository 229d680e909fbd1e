import type { Decimal } from "decimal.js";
import type { SwapQuote } from "./SwapQuote";
import { sqrtPriceToPrice } from "./sqrtPriceToPrice";

/**
 * The pool's marginal (spot) price after a quoted swap: the price of token A in token B at the quote's
 * end sqrt price, before fees. A further infinitesimal a→b trade gets `price × (1 − feeRate / 1e6)` of
 * B per A; a b→a trade pays `price / (1 − feeRate / 1e6)` of B per A.
 *
 * Rounding: none (exact, see {@link sqrtPriceToPrice}).
 *
 * @param quote - A swap quote.
 * @param decimalsA - Decimals of token A.
 * @param decimalsB - Decimals of token B.
 * @returns Token B per token A in whole-token units, exact.
 * @example
 * ```ts
 * getMarginalPriceAfterSwap(quoter.quote({ aToB: true, exactIn: true, amount: 10n ** 9n }), 9, 6);
 * ```
 */
export function getMarginalPriceAfterSwap(quote: SwapQuote, decimalsA: number, decimalsB: number): Decimal {
  return sqrtPriceToPrice(quote.endSqrtPrice, decimalsA, decimalsB);
}
