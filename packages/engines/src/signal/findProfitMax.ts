import { lastSatisfying } from "../math/lastSatisfying";
import { type DiscreteMaximum, maximizeUnimodal } from "../math/maximizeUnimodal";
import { getMarginalOptimum } from "./getMarginalOptimum";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

const MAX_POLISH_STEPS = 48;

/**
 * The profit-maximizing size in lots within `[lo, hi]`: start from the marginal-price optimum, step back
 * to the last feasible size if it is infeasible (capacity limits form a suffix), then climb by exact
 * evaluations to the discrete local maximum — the global one, profit being concave. Falls back to a
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
  for (let step = 0; step < MAX_POLISH_STEPS; step++) {
    const up = x < hi ? profit(x + 1) : undefined;
    if (up !== undefined && up > fx) {
      x++;
      fx = up;
      continue;
    }
    const down = x > lo ? profit(x - 1) : undefined;
    if (down !== undefined && down >= fx) {
      x--;
      fx = down;
      continue;
    }
    return { at: x, value: fx };
  }
  return golden();
}
