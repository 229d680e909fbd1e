import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { MAX_SQRT_PRICE, MIN_SQRT_PRICE } from "./clmmConstants";
import { assertTokenDecimals } from "./sqrtPriceToPrice";

/** floor(√n) for n ≥ 0 (Newton's method on bigints). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * The Q64.64 sqrt price of a human price of token A in token B: `√(price × 10^(decimalsB − decimalsA)) × 2^64`.
 *
 * Rounding: computed exactly from the decimal's digits, then rounded to an integer `"down"` (default:
 * the largest sqrt price whose price is ≤ `price`) or `"up"` (the smallest whose price is ≥ `price`).
 *
 * @param price - Token B per token A in whole-token units, > 0 (a Decimal, or a string / number decimal.js accepts).
 * @param decimalsA - Decimals of token A.
 * @param decimalsB - Decimals of token B.
 * @param rounding - `"down"` or `"up"`. @defaultValue `"down"`
 * @returns The sqrt price, Q64.64.
 * @throws ArbError `ARGUMENT_INVALID` for a non-positive or non-finite price or bad decimals;
 *   `CLMM_SQRT_PRICE_OUT_OF_RANGE` when the result lies outside the Whirlpool range.
 * @example
 * ```ts
 * priceToSqrtPrice("20.8456", 9, 6); // 2663354682418490618n (rounded down)
 * ```
 */
export function priceToSqrtPrice(
  price: Decimal.Value,
  decimalsA: number,
  decimalsB: number,
  rounding: "down" | "up" = "down",
): bigint {
  assertTokenDecimals("decimalsA", decimalsA);
  assertTokenDecimals("decimalsB", decimalsB);
  const value = new Decimal(price);
  if (!value.isFinite() || value.lte(0)) {
    throw new ArbError("ARGUMENT_INVALID", "price must be a positive finite decimal", {
      name: "price",
      value: value.toString(),
      reason: "not positive",
    });
  }
  // value = coefficient × 10^exponent exactly; x = value × 10^(decB − decA) × 2^128.
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const coefficient = BigInt(whole + fraction);
  const exponent = Number(exponentText) - fraction.length + decimalsB - decimalsA;
  let numerator = coefficient << 128n;
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  let result: bigint;
  if (rounding === "down") {
    result = isqrt(numerator / denominator);
  } else {
    // ceil(√x) = ceil(√ceil(x)).
    const ceilX = (numerator + denominator - 1n) / denominator;
    result = isqrt(ceilX);
    if (result * result < ceilX) result += 1n;
  }
  if (result < MIN_SQRT_PRICE || result > MAX_SQRT_PRICE) {
    throw new ArbError("CLMM_SQRT_PRICE_OUT_OF_RANGE", `price ${value.toString()} is outside the Whirlpool range`, {
      sqrtPrice: result.toString(),
    });
  }
  return result;
}
