import { type DiscreteMaximum, maximizeUnimodal } from "../math/maximizeUnimodal";
import { findLastFeasible } from "./findLastFeasible";
import { getMarginalOptimum } from "./getMarginalOptimum";
import type { SizeSearch } from "./SizeSearch";

const MAX_POLISH_STEPS = 48;

/**
 * The size in lots within `[lo, hi]` maximizing the objective `kind`: the profit, or the threshold
 * surplus (whose marginal optimum charges the threshold like a fee). Start from the marginal-price
 * optimum, step back to the last feasible size if it is infeasible (capacity limits form a suffix),
 * then climb by exact evaluations to the discrete local maximum — the global one, the objective being
 * concave up to the pool's rounding: the pool floors its output to whole atoms, so near a flat optimum the
 * objective is a sawtooth of one-atom teeth. The two-step look-ahead steps over narrow teeth; where one spans
 * more sizes the climb can stop on a tooth whose value is within one pool quote atom of the best (a property
 * test holds it to that against a brute-force grid). Falls
 * back to a golden-section search when no marginal start exists or the climb is unexpectedly long.
 * With `enough`, returns the start as soon as the objective there reaches it (the caller needs no more).
 */
export function findProfitMax(search: SizeSearch, kind: "profit" | "surplus", lo: number, hi: number, enough?: bigint): DiscreteMaximum {
  const { ctx } = search;
  const atoms = getMarginalOptimum(ctx, kind === "surplus" ? ctx.thresholdFraction : undefined);
  if (atoms === undefined) return maximizeUnimodal((l) => search.value(kind, l), lo, hi);
  let x = Math.min(hi, Math.max(lo, Number(atoms / ctx.lotAtoms)));
  if (search.ev(x) === undefined) {
    x = findLastFeasible(ctx, lo, x, search);
    if (x < lo) return { at: lo, value: undefined };
  }
  let fx = search.value(kind, x)!;
  if (enough !== undefined && fx >= enough) return { at: x, value: fx };
  // Climb to a point no better than either of its two neighbours on each side: looking two steps ahead
  // steps over one-atom rounding bumps of the pool quote near the optimum, where the slope is ~0.
  for (let step = 0; step < MAX_POLISH_STEPS; step++) {
    const up = isBetter(search, kind, x + 1, lo, hi, fx, true) ? 1 : isBetter(search, kind, x + 2, lo, hi, fx, true) ? 2 : 0;
    const down =
      up === 0 ? (isBetter(search, kind, x - 1, lo, hi, fx, false) ? -1 : isBetter(search, kind, x - 2, lo, hi, fx, true) ? -2 : 0) : 0;
    if (up === 0 && down === 0) return { at: x, value: fx };
    x += up + down;
    fx = search.value(kind, x)!;
  }
  return maximizeUnimodal((l) => search.value(kind, l), lo, hi);
}

/** Whether `l` is in range and beats `fx` (strictly, or at least ties it when not `strict`). */
function isBetter(search: SizeSearch, kind: "profit" | "surplus", l: number, lo: number, hi: number, fx: bigint, strict: boolean): boolean {
  if (l < lo || l > hi) return false;
  const v = search.value(kind, l);
  return v !== undefined && (strict ? v > fx : v >= fx);
}
