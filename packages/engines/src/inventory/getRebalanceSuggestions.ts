import { Dec as Decimal } from "../math/Dec";
import type { UnixMs } from "@arbkit/core";
import type { Imbalance } from "./getImbalances";
import type { RebalanceSuggestion, TransferRoute } from "./InventoryTypes";

/**
 * The suggestion for each imbalance (see `getImbalances`): move its amount from the most over-held venue
 * to the most under-held one, with the route's fee and delay; shares are reported to 20 significant digits.
 */
export function getRebalanceSuggestions(imbalances: readonly Imbalance[], routes: ReadonlyMap<string, TransferRoute>, now: UnixMs): readonly RebalanceSuggestion[] {
  return imbalances.map(({ asset, holdings, total, high, low, amount }) => {
    const route = routes.get(asset);
    // 0 / total is 0 (printed "0" whatever its sign) unless total is NaN: no division needed.
    const zero = total.isNaN() ? undefined : "0";
    return {
      id: `rebalance:${asset}:${high.venue}:${low.venue}:${now}`,
      ts: now,
      asset,
      from: high.venue,
      to: low.venue,
      amount,
      estimatedFee: new Decimal(route?.fee ?? "0"),
      estimatedDelayMs: route?.delayMs ?? 600_000,
      shares: Object.fromEntries(holdings.map((h) => [h.venue, (h.amount.isZero() ? zero : undefined) ?? h.amount.div(total).toSignificantDigits(20).toString()])),
    };
  });
}
