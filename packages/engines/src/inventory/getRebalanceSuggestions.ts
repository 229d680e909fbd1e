import { Dec as Decimal } from "../math/Dec";
import type { AssetSymbol, UnixMs, VenueId } from "@arbkit/core";
import type { RebalanceSuggestion, TransferRoute } from "./InventoryTypes";

/** One balance as the suggestion logic reads it. */
interface Holding {
  readonly venue: VenueId;
  readonly asset: AssetSymbol;
  readonly amount: Decimal;
}

/**
 * For each asset held at two or more venues: when some venue's share of the total drifts from the equal
 * split by more than `threshold`, suggests moving the smaller of (largest excess, largest shortfall) from
 * the most over-held venue to the most under-held one. Exact Decimal arithmetic; shares are reported to
 * 20 significant digits.
 */
export function getRebalanceSuggestions(
  holdings: readonly Holding[],
  threshold: Decimal,
  routes: ReadonlyMap<string, TransferRoute>,
  now: UnixMs,
): readonly RebalanceSuggestion[] {
  const byAsset = new Map<AssetSymbol, Holding[]>();
  for (const h of holdings) byAsset.set(h.asset, [...(byAsset.get(h.asset) ?? []), h]);
  const out: RebalanceSuggestion[] = [];
  for (const [asset, list] of byAsset) {
    if (list.length < 2) continue;
    const total = list.reduce((s, h) => s.add(Decimal.max(h.amount, 0)), new Decimal(0));
    if (total.lte(0)) continue;
    const target = total.div(list.length);
    const sorted = [...list].sort((a, b) => a.amount.comparedTo(b.amount));
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const drift = Decimal.max(high.amount.sub(target), target.sub(low.amount)).div(total);
    if (drift.lte(threshold)) continue;
    const route = routes.get(asset);
    const amount = Decimal.min(high.amount.sub(target), target.sub(low.amount));
    if (amount.lte(0)) continue;
    out.push({
      id: `rebalance:${asset}:${high.venue}:${low.venue}:${now}`,
      ts: now,
      asset,
      from: high.venue,
      to: low.venue,
      amount,
      estimatedFee: new Decimal(route?.fee ?? "0"),
      estimatedDelayMs: route?.delayMs ?? 600_000,
      shares: Object.fromEntries(list.map((h) => [h.venue, h.amount.div(total).toSignificantDigits(20).toString()])),
    });
  }
  return out;
}
