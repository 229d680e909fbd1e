import { lastNonNegative } from "../math/lastNonNegative";
import { getHurdleSurplus } from "./evaluateSize";
import { findProfitMax } from "./findProfitMax";
import { hasMarginalEdge } from "./hasMarginalEdge";
import { SizeSearch } from "./SizeSearch";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

/**
 * Why a sizing produced no opportunity: `noCapacity` (inventory or limits leave less than the minimum
 * size), `noEdge` (the touch prices cannot clear the costs and threshold at any size), `unprofitable`
 * (no feasible size has positive net profit) or `belowThreshold` (profitable, but no size's net edge
 * reaches the threshold).
 */
export type NoOpportunityReason = "noCapacity" | "noEdge" | "unprofitable" | "belowThreshold";

/** The outcome of {@link findBestSize}. */
export interface SizingResult {
  /** The chosen size, when it clears the threshold. */
  readonly chosen: SizeEvaluation | undefined;
  /** The profit-maximizing size whether or not it clears the threshold (for reporting the edge). */
  readonly best: SizeEvaluation | undefined;
  /** Why nothing was chosen, when `chosen` is undefined. */
  readonly reason: NoOpportunityReason | undefined;
}

/**
 * Finds the size (in lots within `[minLots, maxLots]`) with the largest net profit among the sizes
 * whose net edge clears the threshold. Profit and the threshold-adjusted surplus are concave in size
 * (CEX cost convex, pool proceeds concave, fixed costs constant), so: maximize profit; if that size
 * misses the threshold, find a size where the surplus is ≥ 0 (its marginal optimum, climbing to its
 * maximum only when that falls short), and take the largest size between it and the profit maximum
 * that still clears the threshold (profit rises up to the profit maximum; the surplus falls there, so
 * the crossing is found by regula falsi on exact values). Every value compared is exact; the maxima are
 * located by marginal prices and confirmed by exact evaluations (`findProfitMax`). A marginal-price
 * screen (`hasMarginalEdge`) skips the search when no size can clear the threshold; with `screen` false
 * the search runs anyway (the outcome is the same, but `best` is evaluated: for showing negative edges).
 */
export function findBestSize(ctx: SizingContext, minLots: number, maxLots: number, screen = true): SizingResult {
  if (maxLots < minLots) return { chosen: undefined, best: undefined, reason: "noCapacity" };
  if (screen && !hasMarginalEdge(ctx)) return { chosen: undefined, best: undefined, reason: "noEdge" };
  const search = new SizeSearch(ctx);
  const top = findProfitMax(search, "profit", minLots, maxLots);
  const best = search.ev(top.at);
  if (best === undefined) return { chosen: undefined, best, reason: "noCapacity" };
  if (best.profit <= 0n) return { chosen: undefined, best, reason: "unprofitable" };
  const topSurplus = getHurdleSurplus(ctx, best);
  if (topSurplus >= 0n) return { chosen: best, best, reason: undefined };
  // Sizes up to the profit maximum are feasible (capacity limits form a suffix beyond it).
  const h = findProfitMax(search, "surplus", minLots, top.at, 0n);
  if (h.value === undefined || h.value < 0n) return { chosen: undefined, best, reason: "belowThreshold" };
  const last = lastNonNegative((l) => search.surplus(l), h.at, h.value, top.at, topSurplus);
  const chosen = search.ev(last);
  if (chosen === undefined || chosen.profit <= 0n) return { chosen: undefined, best, reason: "belowThreshold" };
  return { chosen, best, reason: undefined };
}
