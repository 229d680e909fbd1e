import { MAX_SQRT_PRICE, MIN_SQRT_PRICE, U128_MAX } from "./clmmConstants";
import { programError } from "./programError";

const U256_MAX = (1n << 256n) - 1n;

/** Token A side: `√P' = L·√P / (L ± amount·√P)`, rounded up (both directions). @internal */
export function getNextSqrtPriceFromA(sqrtPrice: bigint, liquidity: bigint, amount: bigint, amountIsInput: boolean): bigint {
  if (amount === 0n) return sqrtPrice;
  const product = sqrtPrice * amount;
  const numerator = (liquidity * sqrtPrice) << 64n;
  if (numerator > U256_MAX) throw programError("MultiplicationOverflow", "next sqrt price numerator (u256)");
  const liquidityX64 = liquidity << 64n;
  if (!amountIsInput && liquidityX64 <= product) {
    throw programError("DivideByZero", "next sqrt price (output exceeds the range's token A)");
  }
  const denominator = amountIsInput ? liquidityX64 + product : liquidityX64 - product;
  let price = numerator / denominator;
  if (price * denominator !== numerator) price += 1n;
  if (price > U128_MAX) throw programError("NumberDownCastError", "next sqrt price (u128)");
  if (price < MIN_SQRT_PRICE) throw programError("TokenMinSubceeded", "next sqrt price below the minimum");
  if (price > MAX_SQRT_PRICE) throw programError("TokenMaxExceeded", "next sqrt price above the maximum");
  return price;
}

/** Token B side: `√P' = √P ± amount·2^64 / L`, the delta rounded so that √P' rounds down. @internal */
export function getNextSqrtPriceFromB(sqrtPrice: bigint, liquidity: bigint, amount: bigint, amountIsInput: boolean): bigint {
  if (liquidity === 0n) throw programError("DivideByZero", "next sqrt price (zero liquidity)");
  const amountX64 = amount << 64n;
  let delta = amountX64 / liquidity;
  if (!amountIsInput && delta * liquidity !== amountX64) delta += 1n;
  const next = amountIsInput ? sqrtPrice + delta : sqrtPrice - delta;
  if (next < 0n || next > U128_MAX) throw programError("SqrtPriceOutOfBounds", "next sqrt price (u128)");
  return next;
}

/**
 * The sqrt price reached after adding (input) or removing (output) `amount` of the fixed token
 * within one liquidity range, bit-exact with the Whirlpool program's `get_next_sqrt_price`.
 *
 * Rounding: when token A is fixed (`amountIsInput === aToB`) the price rounds up; when token B is
 * fixed it rounds down. Either way the trader never gets more than `amount` allows.
 *
 * @param sqrtPrice - Current sqrt price, Q64.64.
 * @param liquidity - Active liquidity (u128).
 * @param amount - Fixed-token amount in base units (u64), after fees for inputs.
 * @param amountIsInput - `amount` is paid in (exact input) rather than taken out (exact output).
 * @param aToB - Swap direction: token A in, token B out (price falls).
 * @returns The next sqrt price, Q64.64.
 * @throws ArbError `CLMM_MATH_OVERFLOW` or `CLMM_AMOUNT_OVERFLOW` (program error names
 *   `MultiplicationOverflow`, `DivideByZero`, `TokenMinSubceeded`, `TokenMaxExceeded`,
 *   `SqrtPriceOutOfBounds`, `NumberDownCastError`) when the program would fail the same way.
 * @example
 * ```ts
 * getNextSqrtPrice(1n << 64n, 1_000_000n, 1_000n, true, false); // price up by 1000/1e6 in √P
 * ```
 */
export function getNextSqrtPrice(
  sqrtPrice: bigint,
  liquidity: bigint,
  amount: bigint,
  amountIsInput: boolean,
  aToB: boolean,
): bigint {
  return amountIsInput === aToB
    ? getNextSqrtPriceFromA(sqrtPrice, liquidity, amount, amountIsInput)
    : getNextSqrtPriceFromB(sqrtPrice, liquidity, amount, amountIsInput);
}
