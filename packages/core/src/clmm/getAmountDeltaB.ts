import { U128_MAX, U64_MAX } from "./clmmConstants";
import { programError } from "./programError";

const Q64_MASK = (1n << 64n) - 1n;
/** Sentinel results of {@link computeAmountDeltaB} (amounts are never negative). @internal */
export const DELTA_B_PRODUCT_OVERFLOW = -1n;
/** @internal */
export const DELTA_B_ROUND_OVERFLOW = -2n;

/**
 * Token B amount for a liquidity over a sqrt price range, or a negative sentinel for the program's
 * overflow cases (product over u128, rounding past u64). Hot path: no throwing.
 * @internal
 */
export function computeAmountDeltaB(sqrtPrice0: bigint, sqrtPrice1: bigint, liquidity: bigint, roundUp: boolean): bigint {
  const diff = sqrtPrice0 < sqrtPrice1 ? sqrtPrice1 - sqrtPrice0 : sqrtPrice0 - sqrtPrice1;
  if (liquidity === 0n || diff === 0n) return 0n;
  const product = liquidity * diff;
  if (product > U128_MAX) return DELTA_B_PRODUCT_OVERFLOW;
  const result = product >> 64n;
  if (roundUp && (product & Q64_MASK) !== 0n) {
    return result === U64_MAX ? DELTA_B_ROUND_OVERFLOW : result + 1n;
  }
  return result;
}

/** Throws the program's error for a negative {@link computeAmountDeltaB} sentinel. @internal */
export function throwAmountDeltaB(sentinel: bigint): never {
  if (sentinel === DELTA_B_PRODUCT_OVERFLOW) {
    throw programError("MultiplicationShiftRightOverflow", "token B delta (liquidity × Δ√P over u128)");
  }
  throw programError("MultiplicationOverflow", "token B delta (rounding past u64)");
}

/**
 * Token B amount between two sqrt prices for a liquidity: `liquidity × (upper − lower) / 2^64`,
 * bit-exact with the Whirlpool program's `get_amount_delta_b`.
 *
 * Rounding: up when `roundUp` (amounts the trader pays in), down otherwise (amounts paid out).
 *
 * @param sqrtPrice0 - One end of the range, Q64.64 (order does not matter).
 * @param sqrtPrice1 - The other end, Q64.64.
 * @param liquidity - Liquidity (u128).
 * @param roundUp - Round the result up instead of down.
 * @returns Token B amount in base units (u64).
 * @throws ArbError `CLMM_MATH_OVERFLOW` (`MultiplicationShiftRightOverflow`, `MultiplicationOverflow`)
 *   when the program would fail the same way.
 * @example
 * ```ts
 * getAmountDeltaB(getSqrtPriceAtTick(0), getSqrtPriceAtTick(64), 1_000_000n, true); // 3205n
 * ```
 */
export function getAmountDeltaB(sqrtPrice0: bigint, sqrtPrice1: bigint, liquidity: bigint, roundUp: boolean): bigint {
  const result = computeAmountDeltaB(sqrtPrice0, sqrtPrice1, liquidity, roundUp);
  return result < 0n ? throwAmountDeltaB(result) : result;
}
