import { Dec as Decimal } from "../math/Dec";
import type { AssetSymbol, VenueId } from "@arbkit/core";

/** One balance as the rebalancing logic reads it. */
export interface Holding {
  /** Where. */
  readonly venue: VenueId;
  /** Which asset. */
  readonly asset: AssetSymbol;
  /** The balance, asset units (exact). */
  readonly amount: Decimal;
}

/** An asset whose split between venues drifted past the threshold (internal to the inventory). */
export interface Imbalance {
  /** The asset. */
  readonly asset: AssetSymbol;
  /** Its holdings, in the given order. */
  readonly holdings: readonly Holding[];
  /** Their total, negative balances counted as 0. */
  readonly total: Decimal;
  /** The most over-held venue's holding (the last of equals). */
  readonly high: Holding;
  /** The most under-held venue's holding (the first of equals). */
  readonly low: Holding;
  /** What to move: the smaller of the largest excess and the largest shortfall (> 0). */
  readonly amount: Decimal;
}

// Multiplies exactly (decimal.js's largest precision): `threshold × total` must not be rounded.
const Exact = Decimal.clone({ precision: 1e9 });

/**
 * For each asset held at two or more venues (in order of first appearance), whether some venue's share of
 * the total drifts from the equal split by more than `threshold`: the drift is the larger of (largest
 * excess, largest shortfall) over the total, rounded to the engine precision. Exact Decimal arithmetic.
 */
export function getImbalances(holdings: readonly Holding[], threshold: Decimal): readonly Imbalance[] {
  const byAsset = new Map<AssetSymbol, Holding[]>();
  for (const h of holdings) {
    const list = byAsset.get(h.asset);
    if (list === undefined) byAsset.set(h.asset, [h]);
    else list.push(h);
  }
  // The drift is the quotient rounded to the engine precision (half-even). When the threshold fits that
  // precision, rounding is monotonic and keeps it, so an exact `worst ≤ threshold × total` already means
  // "within", and for a positive threshold `worst > (threshold + ulp/2) × total` already means "beyond"
  // (the quotient then rounds to at least the next representable number); only between the two does
  // the (long) division decide.
  const screened = threshold.isFinite() && threshold.precision() <= Decimal.precision;
  const within = new Exact(threshold);
  const beyond = screened && threshold.gt(0) ? within.add(`5e${threshold.e - Decimal.precision}`) : undefined;
  const out: Imbalance[] = [];
  for (const [asset, list] of byAsset) {
    if (list.length < 2) continue;
    let total = new Decimal(0);
    // Adds max(amount, 0): a non-positive amount adds nothing (NaN still propagates, as max keeps it).
    for (const h of list) if (h.amount.gt(0) || h.amount.isNaN()) total = total.add(h.amount);
    if (total.lte(0)) continue;
    const target = total.div(list.length);
    const sorted = [...list].sort((a, b) => a.amount.comparedTo(b.amount));
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const excess = high.amount.sub(target);
    const shortfall = target.sub(low.amount);
    const worst = Decimal.max(excess, shortfall);
    const exact = screened && worst.isFinite() && total.isFinite();
    if (exact && worst.lte(within.mul(total))) continue;
    if (!(exact && beyond !== undefined && worst.gt(beyond.mul(total))) && worst.div(total).lte(threshold)) continue;
    const amount = Decimal.min(excess, shortfall);
    if (amount.lte(0)) continue;
    out.push({ asset, holdings: list, total, high, low, amount });
  }
  return out;
}
