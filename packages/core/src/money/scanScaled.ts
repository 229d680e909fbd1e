import { POW10 } from "./pow10";

/** `scanScaled` result: the input is not a non-negative decimal in the strict grammar. @internal */
export const SCAN_INVALID = -1;
/** `scanScaled` result: the input has more significant fractional digits than the scale. @internal */
export const SCAN_PRECISION = -2;
/** `scanScaled` result: the scaled value exceeds `Number.MAX_SAFE_INTEGER`. @internal */
export const SCAN_RANGE = -3;

/**
 * The hot-path decimal scanner of the order book: converts a non-negative venue decimal string to the
 * integer `value × 10^scale` as a JS number, in one pass over the characters, with no allocation.
 * Exact: digits accumulate as integers, and the result is returned only when it is a safe integer
 * (every intermediate is then below it too, so no step rounded). Trailing fractional zeros do not count
 * towards the precision (`"0.10"` at scale 1 is 1). Never rounds; failures are negative codes
 * ({@link SCAN_INVALID}, {@link SCAN_PRECISION}, {@link SCAN_RANGE}) so callers on the hot path throw
 * their own typed errors with full context.
 * @internal
 */
export function scanScaled(input: string, scale: number): number {
  const n = input.length;
  if (n === 0 || n > 256) return SCAN_INVALID;
  let value = 0;
  let i = 0;
  let code = input.charCodeAt(0);
  // The first character must be a digit: rejects "", "-1", "+1", ".5", " 1", "NaN".
  if (code < 48 || code > 57) return SCAN_INVALID;
  for (; i < n; i++) {
    code = input.charCodeAt(i);
    if (code === 46) break;
    const digit = code - 48;
    if (digit < 0 || digit > 9) return SCAN_INVALID;
    value = value * 10 + digit;
  }
  let fraction = 0;
  if (i < n) {
    i++;
    if (i === n) return SCAN_INVALID; // "5."
    let zeros = 0;
    for (; i < n; i++) {
      const digit = input.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return SCAN_INVALID;
      if (digit === 0) {
        zeros++;
      } else if (zeros === 0) {
        if (++fraction > scale) return SCAN_PRECISION;
        value = value * 10 + digit;
      } else {
        // Pending zeros are significant once a non-zero digit follows them.
        fraction += zeros + 1;
        if (fraction > scale) return SCAN_PRECISION;
        value = value * (POW10[zeros + 1] as number) + digit;
        zeros = 0;
      }
    }
  }
  if (fraction < scale) value *= POW10[scale - fraction] as number;
  // A true value above MAX_SAFE_INTEGER rounds to at least 2^53, so this test is exact.
  return value > Number.MAX_SAFE_INTEGER ? SCAN_RANGE : value;
}
