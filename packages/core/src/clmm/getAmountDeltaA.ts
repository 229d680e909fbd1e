import { U128_MAX, U64_MAX } from "./clmmConstants";
import { programError } from "./programError";

const U256_MAX = (1n << 256n) - 1n;
/** Sentinel results of {@link computeAmountDeltaA} (amounts are never negative). @internal */
export const DELTA_A_NUMERATOR_OVERFLOW = -1n;
/** @internal */
export const DELTA_A_OVER_U128 = -2n;
/** @internal */
export const DELTA_A_OVER_U64 = -3n;

/**
 * Token A amount for a liquidity over a sqrt price range, or a negative sentinel for the program's
 * overflow cases (numerator over u256, result over u128, result over u64). Hot path: no throwing.
 * @internal
 */
export function computeAmountDeltaA(sqrtPrice0: bigint, sqrtPrice1: bigint, liquidity: bigint, roundUp: boolean): bigint {
  const lower = sqrtPrice0 < sqrtPrice1 ? sqrtPrice0 : sqrtPrice1;
  const upper = sqrtPrice0 < sqrtPrice1 ? sqrtPrice1 : sqrtPrice0;
  const numerator = (liquidity * (upper - lower)) << 64n;
  if (numerator > U256_MAX) return DELTA_A_NUMERATOR_OVERFLOW;
  const denominator = lower * upper;
  let quotient = numerator / denominator;
  if (roundUp && quotient * denominator !== numerator) quotient += 1n;
  if (quotient > U128_MAX) return DELTA_A_OVER_U128;
  if (quotient > U64_MAX) return DELTA_A_OVER_U64;
  return quotient;
}

/** Throws the program's error for a negative {@link computeAmountDeltaA} sentinel. @internal */
export function throwAmountDeltaA(sentinel: bigint): never {
  if (sentinel === DELTA_A_NUMERATOR_OVERFLOW) throw programError("MultiplicationOverflow", "token A delta numerator (u256)");
  if (sentinel === DELTA_A_OVER_U128) throw programError("NumberDownCastError", "token A delta (u128)");
  throw programError("TokenMaxExceeded", "token A delta");
}

/**
 * Token A amount between two sqrt prices for a liquidity: `liquidity × (upper − lower) × 2^64 /
 * (upper × lower)`, bit-exact with the Whirlpool program's `get_amount_delta_a`.
 *
 * Rounding: up when `roundUp` (use for amounts the trader pays in), down otherwise (amounts paid out).
 *
 * @param sqrtPrice0 - One end of the range, Q64.64 (order does not matter).
 * @param sqrtPrice1 - The other end, Q64.64.
 * @param liquidity - Liquidity (u128).
 * @param roundUp - Round the result up instead of down.
 * @returns Token A amount in base units (u64).
 * @throws ArbError `CLMM_MATH_OVERFLOW` (`MultiplicationOverflow`, `NumberDownCastError`) or
 *   `CLMM_AMOUNT_OVERFLOW` (`TokenMaxExceeded`) when the program would fail the same way.
 * @example
 * ```ts
 * getAmountDeltaA(getSqrtPriceAtTick(-64), getSqrtPriceAtTick(0), 1_000_000n, true); // 3205n
 * ```
 */
export function getAmountDeltaA(sqrtPrice0: bigint, sqrtPrice1: bigint, liquidity: bigint, roundUp: boolean): bigint {
  const result = computeAmountDeltaA(sqrtPrice0, sqrtPrice1, liquidity, roundUp);
  return result < 0n ? throwAmountDeltaA(result) : result;
}
