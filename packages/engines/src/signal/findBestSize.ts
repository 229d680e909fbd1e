import { lastSatisfying } from "../math/lastSatisfying";
import { maximizeUnimodal } from "../math/maximizeUnimodal";
import { evaluateSize, getHurdleSurplus } from "./evaluateSize";
import { findProfitMax } from "./findProfitMax";
import { hasMarginalEdge } from "./hasMarginalEdge";
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
 * misses the threshold, maximize the surplus, and take the largest size between the two that still
 * clears it (profit rises up to the profit maximum). Every value compared is exact; the profit maximum
 * is located by marginal prices and confirmed by exact evaluations (`findProfitMax`). A marginal-price
 * screen (`hasMarginalEdge`) skips the search when no size can clear the threshold.
 */
export function findBestSize(ctx: SizingContext, minLots: number, maxLots: number): SizingResult {
  if (maxLots < minLots) return { chosen: undefined, best: undefined, reason: "noCapacity" };
  if (!hasMarginalEdge(ctx)) return { chosen: undefined, best: undefined, reason: "noEdge" };
  const memo = new Map<number, SizeEvaluation | undefined>();
  const ev = (lots: number): SizeEvaluation | undefined => {
    if (memo.has(lots)) return memo.get(lots);
    const e = evaluateSize(ctx, lots);
    memo.set(lots, e);
    return e;
  };
  const top = findProfitMax(ctx, minLots, maxLots, ev);
  const best = ev(top.at);
  if (best === undefined) return { chosen: undefined, best, reason: "noCapacity" };
  if (best.profit <= 0n) return { chosen: undefined, best, reason: "unprofitable" };
  if (getHurdleSurplus(ctx, best) >= 0n) return { chosen: best, best, reason: undefined };
  const surplus = (l: number): bigint | undefined => {
    const e = ev(l);
    return e === undefined ? undefined : getHurdleSurplus(ctx, e);
  };
  const h = maximizeUnimodal(surplus, minLots, top.at);
  if (h.value === undefined || h.value < 0n) return { chosen: undefined, best, reason: "belowThreshold" };
  const last = lastSatisfying((l) => (surplus(l) ?? -1n) >= 0n, h.at, top.at);
  const chosen = ev(last);
  if (chosen === undefined || chosen.profit <= 0n) return { chosen: undefined, best, reason: "belowThreshold" };
  return { chosen, best, reason: undefined };
}
