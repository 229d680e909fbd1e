/**
 * The largest integer `x` in `[lo, hi]` with `predicate(x)` true, for a predicate that is true on a
 * prefix of the range and false after it (bisection, `⌈log2(hi − lo + 1)⌉` calls). Returns `lo − 1`
 * when the predicate is false everywhere.
 */
export function lastSatisfying(predicate: (x: number) => boolean, lo: number, hi: number): number {
  let a = lo - 1;
  let b = hi;
  while (a < b) {
    const mid = a + Math.ceil((b - a) / 2);
    if (predicate(mid)) a = mid;
    else b = mid - 1;
  }
  return a;
}
