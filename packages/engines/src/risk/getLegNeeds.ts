import type { Decimal } from "decimal.js";
import type { AssetSymbol, VenueId } from "@arbkit/core";
import { toDec } from "../math/Dec";
import type { Opportunity } from "../signal/Opportunity";

/** An amount of one asset a trade must have at one venue before it starts. */
export interface LegNeed {
  /** Where. */
  readonly venue: VenueId;
  /** Which asset. */
  readonly asset: AssetSymbol;
  /** How much, asset units (exact). */
  readonly amount: Decimal;
}

/**
 * What each leg of an opportunity needs up front: the CEX order's funds hold (`cexLeg.fundsHold`: for a
 * buy, limit × size plus fee, which covers the notional plus fee), the pool's quote input, the sell leg's base, and the swap transaction's network fee in SOL at the pool
 * venue (paid even when the swap fails; the pair's base is SOL, so it adds to the base sold into the
 * pool for `cexToPool`).
 */
export function getLegNeeds(op: Opportunity): readonly LegNeed[] {
  const { cexLeg, poolLeg } = op;
  // Lamports are 10^-9 SOL.
  const fee = toDec(op.costs.networkFeeLamports, 9);
  return op.direction === "cexToPool"
    ? [
        { venue: cexLeg.venue, asset: cexLeg.quote, amount: cexLeg.fundsHold },
        { venue: poolLeg.venue, asset: poolLeg.base, amount: poolLeg.size.add(fee) },
      ]
    : [
        { venue: poolLeg.venue, asset: poolLeg.quote, amount: poolLeg.quoteAmount },
        { venue: cexLeg.venue, asset: cexLeg.base, amount: cexLeg.fundsHold },
        { venue: poolLeg.venue, asset: poolLeg.base, amount: fee },
      ];
}
