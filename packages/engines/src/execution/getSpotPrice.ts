import { Dec as Decimal } from "../math/Dec";

/**
 * A Whirlpool's spot price in token-B units per token-A unit (before fees) from its Q64.64 sqrt price:
 * `(sqrtPrice / 2^64)^2 × 10^(decimalsA − decimalsB)`, inverted when `baseIsA` is false. Rounded to 20
 * significant digits (decimal.js default precision); for reporting, not for sizing.
 */
export function getSpotPrice(sqrtPrice: bigint, decimalsA: number, decimalsB: number, baseIsA: boolean): Decimal {
  const aInB = new Decimal((sqrtPrice * sqrtPrice).toString()).div(new Decimal(2).pow(128)).mul(new Decimal(10).pow(decimalsA - decimalsB));
  return baseIsA ? aInB : new Decimal(1).div(aInB);
}
