/** The best point found by {@link maximizeUnimodal}. */
export interface DiscreteMaximum {
  /** The integer argument of the maximum. */
  readonly at: number;
  /** The function's value there (`undefined` when every point was infeasible). */
  readonly value: bigint | undefined;
}

const INV_PHI = (Math.sqrt(5) - 1) / 2;

const better = (a: bigint | undefined, b: bigint | undefined): boolean =>
  a !== undefined && (b === undefined || a > b);

/**
 * Maximizes `f` over the integers `[lo, hi]` by golden-section search on exact values, finishing with
 * a scan of the last few points. `f` returns `undefined` for infeasible points (treated as −∞; they
 * must form a suffix of the range, as capacity limits do). `f` must be unimodal; on ties the smaller
 * argument wins, so the search prefers the smaller trade for the same profit.
 *
 * Evaluations: about `1.44 · log2(hi − lo) + 4`.
 */
export function maximizeUnimodal(f: (x: number) => bigint | undefined, lo: number, hi: number): DiscreteMaximum {
  let a = lo;
  let b = hi;
  let c = b - Math.round((b - a) * INV_PHI);
  let d = a + Math.round((b - a) * INV_PHI);
  let fc = f(c);
  let fd = f(d);
  while (b - a > 4) {
    if (c >= d) {
      // Rounding collapsed the interior points on a small interval: fall back to the scan.
      break;
    }
    if (better(fd, fc)) {
      a = c;
      c = d;
      fc = fd;
      d = a + Math.round((b - a) * INV_PHI);
      if (d <= c) d = c + 1;
      fd = f(d);
    } else {
      b = d;
      d = c;
      fd = fc;
      c = b - Math.round((b - a) * INV_PHI);
      if (c >= d) c = d - 1;
      fc = f(c);
    }
  }
  let best: DiscreteMaximum = { at: a, value: f(a) };
  for (let x = a + 1; x <= b; x++) {
    const v = f(x);
    if (better(v, best.value)) best = { at: x, value: v };
  }
  return best;
}
