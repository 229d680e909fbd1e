/**
 * The largest integer `x` in `[a, b)` with `f(x) ≥ 0`, given `f(a) = fa ≥ 0` and `f(b) = fb < 0`
 * (`undefined` counts as negative), for `f` non-increasing on `[a, b]` — then it is the unique `x` with
 * `f(x) ≥ 0 > f(x + 1)`, the same answer a bisection gives. Exact values steer a regula falsi with the
 * Illinois modification: on a smooth, nearly linear `f` (a threshold surplus) it needs a handful of
 * evaluations instead of `log2(b − a)`. After `2·⌈log2(b − a)⌉ + 4` steps it bisects, so even a
 * hostile `f` (a step) costs at most `3·⌈log2(b − a)⌉ + 4` evaluations.
 */
export function lastNonNegative(f: (x: number) => bigint | undefined, a: number, fa: bigint, b: number, fb: bigint | undefined): number {
  let lo = a;
  let hi = b;
  // Interpolation weights: the endpoints' values, halved while the same endpoint is kept (Illinois).
  let wLo = fa;
  let wHi = fb;
  let kept = 0;
  let budget = 2 * Math.ceil(Math.log2(Math.max(2, b - a))) + 4;
  while (hi - lo > 1) {
    let m: number;
    if (budget-- <= 0 || wHi === undefined || wLo - wHi <= 0n) {
      m = lo + Math.floor((hi - lo) / 2);
    } else {
      // Where the chord crosses zero, floored, kept strictly inside the bracket.
      m = lo + Number((BigInt(hi - lo) * wLo) / (wLo - wHi));
      if (m <= lo) m = lo + 1;
      else if (m >= hi) m = hi - 1;
    }
    const fm = f(m);
    if (fm !== undefined && fm >= 0n) {
      lo = m;
      wLo = fm;
      if (kept > 0 && wHi !== undefined) wHi /= 2n;
      kept = 1;
    } else {
      hi = m;
      wHi = fm;
      if (kept < 0) wLo /= 2n;
      kept = -1;
    }
  }
  return lo;
}
