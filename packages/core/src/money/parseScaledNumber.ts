import { ArbError } from "../errors/ArbError";
import { assertValidScale } from "./assertValidScale";
import { getDecimalScale } from "./getDecimalScale";
import { SCAN_INVALID, SCAN_PRECISION, scanScaled } from "./scanScaled";

/**
 * Parses a non-negative venue decimal string into the exact integer `value × 10^scale` as a JS number:
 * the order book's hot-path representation. One pass, no allocation, never rounds. The result is always
 * a safe integer (≤ `Number.MAX_SAFE_INTEGER`); use {@link parseScaled} for larger values or negatives.
 *
 * @param scale Number of fractional decimals of the result's unit, an integer in [0, 36].
 * @throws ArbError `DECIMAL_INVALID` outside the strict grammar or for a negative value.
 * @throws ArbError `DECIMAL_PRECISION_EXCEEDED` when the value is not a multiple of `10^-scale`.
 * @throws ArbError `DECIMAL_OUT_OF_RANGE` when the scaled value is above `Number.MAX_SAFE_INTEGER`.
 * @example
 * ```ts
 * parseScaledNumber("65062.5", 2); // 6506250
 * parseScaledNumber("0.001", 2); // throws DECIMAL_PRECISION_EXCEEDED
 * ```
 */
export function parseScaledNumber(input: string, scale: number): number {
  assertValidScale(scale);
  const value = scanScaled(input, scale);
  if (value >= 0) return value;
  if (value === SCAN_INVALID) {
    // getDecimalScale throws the grammar error; a valid but negative input falls through.
    getDecimalScale(input);
    throw new ArbError("DECIMAL_INVALID", `Negative value not allowed: ${input}`, { input, reason: "negative" });
  }
  if (value === SCAN_PRECISION) {
    throw new ArbError(
      "DECIMAL_PRECISION_EXCEEDED",
      `${input} has ${getDecimalScale(input)} fractional digits; the scale is ${scale}`,
      { input, scale },
    );
  }
  throw new ArbError("DECIMAL_OUT_OF_RANGE", `${input} × 10^${scale} exceeds Number.MAX_SAFE_INTEGER`, {
    input,
    scale,
    max: String(Number.MAX_SAFE_INTEGER),
  });
}
