import { Dec as Decimal } from "./Dec";

// 10^0 … 10^77 as engine Decimals, built once: `pow` is most of a conversion's cost (balance caps convert
// every changed balance).
const POWERS: readonly Decimal[] = Array.from({ length: 78 }, (_, i) => new Decimal(10).pow(i));

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
  const power = POWERS[decimals] ?? new Decimal(10).pow(decimals);
  return BigInt(value.mul(power).toFixed(0, Decimal.ROUND_FLOOR));
}
