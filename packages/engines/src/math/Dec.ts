import { Decimal } from "decimal.js";

/**
 * The engines' decimal.js constructor: 60 significant digits, half-even. Accounting sums mix amounts
 * with 18 decimals and thousands of units (more than decimal.js's default 20 digits), so every Decimal
 * the engines create comes from here and sums stay exact. A local clone: no global setting is touched.
 */
export const Dec: typeof Decimal = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
/** A Decimal made by {@link Dec} (the same type as decimal.js's). */
export type Dec = Decimal;

/** The exact engine Decimal of a scaled integer (`value × 10^-scale`, `scale` ≥ 0). */
export function toDec(value: bigint, scale: number): Decimal {
  // Exponent notation parses exactly like the fixed-point string, without building that string first.
  return new Dec(scale === 0 ? value : `${value}e-${scale}`);
}
