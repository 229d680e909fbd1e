import { ArbError, isDecimalString, parseScaled } from "@arbkit/core";

/** An exact non-negative rational number `num / den` (bigint, `den > 0`). Used for rates and fee fractions. */
export interface Ratio {
  /** Numerator (≥ 0). */
  readonly num: bigint;
  /** Denominator (> 0). */
  readonly den: bigint;
}

/**
 * Parses a non-negative decimal string (e.g. a fee rate `"0.006"` or a conversion rate `"0.9998"`) into an
 * exact {@link Ratio} (denominator a power of ten; no rounding).
 *
 * @throws ArbError `CONFIG_INVALID` when `value` is not a non-negative decimal string; `path` names it.
 * @example
 * ```ts
 * parseRatio("0.006", "fees.takerFeeRate"); // { num: 6n, den: 1000n }
 * ```
 */
export function parseRatio(value: string, path: string): Ratio {
  if (!isDecimalString(value) || value.startsWith("-")) {
    throw new ArbError("CONFIG_INVALID", `${path} must be a non-negative decimal string`, {
      path,
      value,
      expected: "a decimal string such as \"0.006\"",
    });
  }
  const decimals = value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;
  return { num: parseScaled(value, decimals), den: 10n ** BigInt(decimals) };
}
