import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";

const FIVE_POW_128 = 5n ** 128n;

/** @internal Rejects decimals that are not small non-negative integers. */
export function assertTokenDecimals(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 255) {
    throw new ArbError("ARGUMENT_INVALID", `${name} must be an integer in [0, 255]`, { name, value, reason: "not token decimals" });
  }
}

/**
 * The human price of token A in token B for a Q64.64 sqrt price: `(sqrtPrice / 2^64)^2 × 10^(decimalsA −
 * decimalsB)` (e.g. USDC per SOL for a SOL/USDC pool).
 *
 * Rounding: none. The value is a finite decimal (a power-of-two fraction) and is returned exactly, with
 * all its digits (up to about 130); round it with `toDecimalPlaces` / `toSignificantDigits` as needed.
 *
 * @param sqrtPrice - Q64.64 sqrt price (non-negative).
 * @param decimalsA - Decimals of token A (e.g. 9 for SOL).
 * @param decimalsB - Decimals of token B (e.g. 6 for USDC).
 * @returns The exact price, token B per token A in whole-token units.
 * @throws ArbError `ARGUMENT_INVALID` for a negative sqrt price or bad decimals.
 * @example
 * ```ts
 * sqrtPriceToPrice(2663341003414134411n, 9, 6).toSignificantDigits(6).toString(); // "20.8456"
 * ```
 */
export function sqrtPriceToPrice(sqrtPrice: bigint, decimalsA: number, decimalsB: number): Decimal {
  assertTokenDecimals("decimalsA", decimalsA);
  assertTokenDecimals("decimalsB", decimalsB);
  if (sqrtPrice < 0n) {
    throw new ArbError("ARGUMENT_INVALID", "sqrt price must be non-negative", {
      name: "sqrtPrice",
      value: sqrtPrice.toString(),
      reason: "negative",
    });
  }
  // sqrtPrice² / 2^128 = sqrtPrice² × 5^128 / 10^128: an exact decimal.
  const digits = sqrtPrice * sqrtPrice * FIVE_POW_128;
  return new Decimal(`${digits}e${decimalsA - decimalsB - 128}`);
}
