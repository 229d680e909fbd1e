/**
 * Powers of ten as exact doubles: `POW10[k] === 10 ** k` exactly for k ≤ 22 (every power up to 1e22 is a
 * double), and the nearest double above that. Callers only multiply by entries whose result they then
 * check against `Number.MAX_SAFE_INTEGER`, so inexact high entries can never produce a wrong "safe" value.
 * @internal
 */
export const POW10: readonly number[] = Object.freeze(Array.from({ length: 41 }, (_, k) => 10 ** k));

/** The largest scale (fractional decimals) the scaled-integer helpers accept. @internal */
export const MAX_SCALE = 36;
