import { lastSatisfying } from "../math/lastSatisfying";
import { type DiscreteMaximum, maximizeUnimodal } from "../math/maximizeUnimodal";
import { getMarginalOptimum } from "./getMarginalOptimum";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

const MAX_POLISH_STEPS = 48;

/**
 * The profit-maximizing size in lots within `[lo, hi]`: start from the marginal-price optimum, step back
 * to the last feasible size if it is infeasible (capacity limits form a suffix), then climb by exact
 * evaluations to the discrete local maximum — the global one, profit being concave (up to one-atom
 * rounding of the pool quote, which the two-step look-ahead steps over). Falls back to a
 * golden-section search when no marginal start exists or the climb is unexpectedly long.
 */
export function findProfitMax(ctx: SizingContext, lo: number, hi: number, ev: (lots: number) => SizeEvaluation | undefined): DiscreteMaximum {
  const profit = (l: number): bigint | undefined => ev(l)?.profit;
  const golden = (): DiscreteMaximum => maximizeUnimodal(profit, lo, hi);
  const atoms = getMarginalOptimum(ctx);
  if (atoms === undefined) return golden();
  let x = Math.min(hi, Math.max(lo, Number(atoms / ctx.lotAtoms)));
  if (profit(x) === undefined) {
    x = lastSatisfying((l) => profit(l) !== undefined, lo, x);
    if (x < lo) return { at: lo, value: undefined };
  }
  let fx = profit(x)!;
  // Climb to a point no better than either of its two neighbours on each side: looking two steps ahead
  // steps over one-atom rounding bumps of the pool quote near the optimum, where the slope is ~0.
  const better = (l: number, strict: boolean): bigint | undefined => {
    if (l < lo || l > hi) return undefined;
    const v = profit(l);
    return v !== undefined && (strict ? v > fx : v >= fx) ? v : undefined;
  };
  for (let step = 0; step < MAX_POLISH_STEPS; step++) {
    const up = better(x + 1, true) !== undefined ? 1 : better(x + 2, true) !== undefined ? 2 : 0;
    const down = up === 0 ? (better(x - 1, false) !== undefined ? -1 : better(x - 2, true) !== undefined ? -2 : 0) : 0;
    if (up === 0 && down === 0) return { at: x, value: fx };
    x += up + down;
    fx = profit(x)!;
  }
  return golden();
}
