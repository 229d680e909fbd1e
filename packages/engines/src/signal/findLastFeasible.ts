import { lastSatisfying } from "../math/lastSatisfying";
import { isCexFeasible } from "./evaluateSize";
import type { SizeSearch } from "./SizeSearch";
import type { SizingContext } from "./SizingContext";

/**
 * The largest size in `[lo, hi]` (lots) that the search finds feasible, or `lo − 1` when none is.
 * Every capacity limit is monotone in the size (feasible sizes form a prefix), so the CEX-side limits
 * are bisected first with book walks only, and the pool's own limits (liquidity, quote available for a
 * pool buy) only below that, with quotes: the same answer as one bisection over full evaluations, with
 * fewer pool quotes.
 */
export function findLastFeasible(ctx: SizingContext, lo: number, hi: number, search: SizeSearch): number {
  const cexEnd = lastSatisfying((l) => isCexFeasible(ctx, l), lo, hi);
  if (cexEnd < lo || search.ev(cexEnd) !== undefined) return cexEnd;
  return lastSatisfying((l) => search.ev(l) !== undefined, lo, cexEnd);
}
