import { Dec as Decimal } from "./Dec";

/**
 * Converts a `Decimal` to an integer scaled by `10^decimals`, rounding toward negative infinity (so an
 * available balance is never overstated).
 *
 * @example
 * ```ts
 * decimalToScaledFloor(new Decimal("1.2345"), 2); // 123n
 * ```
 */
export function decimalToScaledFloor(value: Decimal, decimals: number): bigint {
  return BigInt(value.mul(new Decimal(10).pow(decimals)).toFixed(0, Decimal.ROUND_FLOOR));
}
