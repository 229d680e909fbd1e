import { ArbError } from "../errors/ArbError";
import { assertValidScale } from "./assertValidScale";
import { getDecimalScale } from "./getDecimalScale";
import type { ParseDecimalOptions } from "./parseDecimal";

/**
 * Parses a venue decimal string into the exact integer `value × 10^scale` as a bigint (any magnitude).
 * Never rounds: a value with more significant fractional digits than `scale` is an error (trailing zeros
 * are not significant, so `"1.50"` at scale 1 is `15n`).
 *
 * @param scale Number of fractional decimals of the result's unit, an integer in [0, 36].
 * @throws ArbError `DECIMAL_INVALID` outside the strict grammar (`"1e-8"`, `".5"`, `" 1"`) or for a
 * negative value unless `options.allowNegative`.
 * @throws ArbError `DECIMAL_PRECISION_EXCEEDED` when the value is not a multiple of `10^-scale`.
 * @throws ArbError `ARGUMENT_INVALID` for a bad `scale`.
 * @example
 * ```ts
 * parseScaled("77.433", 3); // 77433n
 * parseScaled("0.00583", 8); // 583000n
 * ```
 */
export function parseScaled(input: string, scale: number, options: ParseDecimalOptions = {}): bigint {
  assertValidScale(scale);
  const digits = getDecimalScale(input);
  const negative = input.charCodeAt(0) === 45;
  if (negative && options.allowNegative !== true) {
    throw new ArbError("DECIMAL_INVALID", `Negative value not allowed: ${input}`, { input, reason: "negative" });
  }
  if (digits > scale) {
    throw new ArbError("DECIMAL_PRECISION_EXCEEDED", `${input} has ${digits} fractional digits; the scale is ${scale}`, {
      input,
      scale,
    });
  }
  const body = negative ? input.slice(1) : input;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? "" : body.slice(dot + 1, dot + 1 + digits);
  const magnitude = BigInt(whole + fraction.padEnd(scale, "0"));
  return negative ? -magnitude : magnitude;
}
