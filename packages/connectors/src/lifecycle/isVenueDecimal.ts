import { VENUE_DECIMAL_MAX_LENGTH } from "./VENUE_DECIMAL_SOURCE";

/**
 * Classifies a venue decimal string in one pass: `0` not a non-negative decimal in the strict grammar
 * (`digits[.digits]`, at most 256 characters: no sign, exponent, `NaN`, whitespace, leading or trailing
 * dot), `1` a valid zero (`"0"`, `"0.0"`), `2` a valid positive value. Hand-written because it runs for
 * every level of every frame (46,000 per Coinbase BTC-USD snapshot).
 */
function classifyVenueDecimal(value: string): 0 | 1 | 2 {
  const n = value.length;
  if (n === 0 || n > VENUE_DECIMAL_MAX_LENGTH) return 0;
  let nonZero = false;
  let i = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (c !== 48) nonZero = true;
    digits++;
  }
  if (digits === 0) return 0;
  if (i < n) {
    if (value.charCodeAt(i) !== 46 /* . */ || i === n - 1) return 0;
    for (i++; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return 0;
      if (c !== 48) nonZero = true;
    }
  }
  return nonZero ? 2 : 1;
}

/**
 * Whether `value` is a non-negative decimal string in the strict venue grammar (`"0"`, `"0.0"`, `"77.433"`).
 * Exponents (`"1e-8"`), `"NaN"`, signs, whitespace, `".5"`, `"5."` and strings over 256 characters are rejected.
 *
 * @example
 * ```ts
 * isVenueDecimal("0.0"); // true
 * isVenueDecimal("1e-8"); // false
 * ```
 */
export function isVenueDecimal(value: unknown): value is string {
  return typeof value === "string" && classifyVenueDecimal(value) !== 0;
}

/**
 * Whether `value` is a strictly positive decimal string in the venue grammar (a valid price).
 *
 * @example
 * ```ts
 * isVenuePrice("77.433"); // true
 * isVenuePrice("0.00"); // false
 * ```
 */
export function isVenuePrice(value: unknown): value is string {
  return typeof value === "string" && classifyVenueDecimal(value) === 2;
}
