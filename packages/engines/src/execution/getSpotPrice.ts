import type { Decimal } from "decimal.js";
import { toDec } from "../math/Dec";
import { pow10 } from "../math/pow10";

const Q128 = 1n << 128n;

/**
 * A Whirlpool's spot price before fees, in quote-token units per base unit, from its Q64.64 sqrt price:
 * `sqrtPrice² / 2^128 × 10^(baseDecimals − quoteDecimals)` (inverted when the base is token B), rounded
 * down to 18 decimals in integer arithmetic — the same figure an opportunity records at decision time.
 */
export function getSpotPrice(sqrtPrice: bigint, baseDecimals: number, quoteDecimals: number, baseIsA: boolean): Decimal {
  const sq = sqrtPrice * sqrtPrice;
  const [num, den] = baseIsA ? [sq, Q128] : [Q128, sq];
  const shift = 18 + baseDecimals - quoteDecimals;
  return toDec(shift >= 0 ? (num * pow10(shift)) / den : num / (den * pow10(-shift)), 18);
}
