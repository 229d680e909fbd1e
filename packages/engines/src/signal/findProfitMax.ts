import { type DiscreteMaximum, maximizeUnimodal } from "../math/maximizeUnimodal";
import type { Ratio } from "../math/Ratio";
import { findLastFeasible } from "./findLastFeasible";
import { getMarginalOptimum } from "./getMarginalOptimum";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

const MAX_POLISH_STEPS = 48;

/** What {@link findProfitMax} maximizes. */
export interface SizeObjective {
  /** The objective at a size in lots (`undefined` when infeasible): the profit, or the threshold surplus. */
  readonly value: (lots: number) => bigint | undefined;
  /** The size's evaluation (memoized by the caller). */
  readonly ev: (lots: number) => SizeEvaluation | undefined;
  /** A charge per unit of CEX notional the objective adds to the profit's (the threshold, for the surplus). */
  readonly extra?: Ratio;
  /** Stop at the marginal start when the objective there already reaches this (the caller needs no more). */
  readonly enough?: bigint;
}

/**
 * The size in lots within `[lo, hi]` maximizing the objective (the profit, or the threshold surplus):
 * start from the marginal-price optimum, step back to the last feasible size if it is infeasible
 * (capacity limits form a suffix), then climb by exact evaluations to the discrete local maximum — the
 * global one, the objective being concave (up to one-atom rounding of the pool quote, which the
 * two-step look-ahead steps over). Falls back to a golden-section search when no marginal start exists
 * or the climb is unexpectedly long.
 */
export function findProfitMax(ctx: SizingContext, lo: number, hi: number, objective: SizeObjective): DiscreteMaximum {
  const f = objective.value;
  const golden = (): DiscreteMaximum => maximizeUnimodal(f, lo, hi);
  const atoms = getMarginalOptimum(ctx, objective.extra);
  if (atoms === undefined) return golden();
  let x = Math.min(hi, Math.max(lo, Number(atoms / ctx.lotAtoms)));
  if (f(x) === undefined) {
    x = findLastFeasible(ctx, lo, x, objective.ev);
    if (x < lo) return { at: lo, value: undefined };
  }
  let fx = f(x)!;
  if (objective.enough !== undefined && fx >= objective.enough) return { at: x, value: fx };
  // Climb to a point no better than either of its two neighbours on each side: looking two steps ahead
  // steps over one-atom rounding bumps of the pool quote near the optimum, where the slope is ~0.
  const better = (l: number, strict: boolean): bigint | undefined => {
    if (l < lo || l > hi) return undefined;
    const v = f(l);
    return v !== undefined && (strict ? v > fx : v >= fx) ? v : undefined;
  };
  for (let step = 0; step < MAX_POLISH_STEPS; step++) {
    const up = better(x + 1, true) !== undefined ? 1 : better(x + 2, true) !== undefined ? 2 : 0;
    const down = up === 0 ? (better(x - 1, false) !== undefined ? -1 : better(x - 2, true) !== undefined ? -2 : 0) : 0;
    if (up === 0 && down === 0) return { at: x, value: fx };
    x += up + down;
    fx = f(x)!;
  }
  return golden();
}
