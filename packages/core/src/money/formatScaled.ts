import { ArbError } from "../errors/ArbError";
import { assertValidScale } from "./assertValidScale";
import { POW10 } from "./pow10";

/**
 * Formats the scaled integer `value` (meaning `value × 10^-scale`) as an exact, normalized decimal string:
 * no exponent, no trailing fractional zeros, no trailing dot, `"0"` for zero. Exact (no rounding).
 *
 * @param value A safe integer (number) or any bigint.
 * @param scale Number of fractional decimals of `value`'s unit, an integer in [0, 36].
 * @throws ArbError `ARGUMENT_INVALID` when `value` is a number that is not a safe integer, or for a bad scale.
 * @example
 * ```ts
 * formatScaled(6506250, 2); // "65062.5"
 * formatScaled(583000n, 8); // "0.00583"
 * ```
 */
export function formatScaled(value: number | bigint, scale: number): string {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new ArbError("ARGUMENT_INVALID", `Not a safe integer: ${value}`, {
        name: "value",
        value,
        reason: "expected a safe integer",
      });
    }
    // Book depth views format thousands of levels: integer arithmetic beats string surgery here.
    if (value >= 0 && Number.isInteger(scale) && scale >= 0 && scale <= 15) return formatSafe(value, scale);
  }
  assertValidScale(scale);
  const negative = value < 0;
  let digits = String(negative ? -value : value);
  if (scale === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= scale) digits = digits.padStart(scale + 1, "0");
  const cut = digits.length - scale;
  let end = digits.length;
  while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
  const text = end === cut ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
  return negative && text !== "0" ? `-${text}` : text;
}

/** `value ≥ 0` safe, `scale ≤ 15`: every product and difference below is an exact safe integer. */
function formatSafe(value: number, scale: number): string {
  if (scale === 0) return String(value);
  const unit = POW10[scale] as number;
  let whole = Math.floor(value / unit);
  let fraction = value - whole * unit;
  // The quotient may round up across an integer; correct it so 0 ≤ fraction < unit.
  if (fraction < 0) {
    whole--;
    fraction += unit;
  }
  if (fraction === 0) return String(whole);
  let digits = scale;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  const text = String(fraction);
  return `${whole}.${text.length < digits ? "0".repeat(digits - text.length) + text : text}`;
}
