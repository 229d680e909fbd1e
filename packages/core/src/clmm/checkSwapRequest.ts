import { ArbError } from "../errors/ArbError";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U64_MAX } from "./clmmConstants";
import type { SwapQuoteRequest } from "./SwapQuote";

/** Validates a swap request against the pool's current sqrt price (the program's preconditions). @internal */
export function checkSwapRequest(request: SwapQuoteRequest, sqrtPrice: bigint): void {
  const { amount, sqrtPriceLimit } = request;
  if (typeof amount !== "bigint" || amount <= 0n) {
    throw new ArbError("QUANTITY_INVALID", "swap amount must be a positive bigint", {
      quantity: String(amount),
      reason: "the program rejects zero amounts (ZeroTradableAmount)",
    });
  }
  if (amount > U64_MAX) {
    throw new ArbError("CLMM_AMOUNT_OVERFLOW", "swap amount does not fit a u64", {
      amount: amount.toString(),
      what: "swap amount",
    });
  }
  if (sqrtPriceLimit === undefined) return;
  if (sqrtPriceLimit < MIN_SQRT_PRICE || sqrtPriceLimit > MAX_SQRT_PRICE) {
    throw new ArbError("CLMM_SQRT_PRICE_OUT_OF_RANGE", "sqrt price limit is outside the Whirlpool range", {
      sqrtPrice: sqrtPriceLimit.toString(),
    });
  }
  if (request.aToB ? sqrtPriceLimit > sqrtPrice : sqrtPriceLimit < sqrtPrice) {
    throw new ArbError("ARGUMENT_INVALID", "sqrt price limit is on the wrong side of the current price", {
      name: "sqrtPriceLimit",
      value: sqrtPriceLimit.toString(),
      reason: request.aToB ? "above the current price for a→b" : "below the current price for b→a",
    });
  }
}
