import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssetSymbol, type UnixMs, type VenueId } from "@arbkit/core";
import { Dec as Decimal } from "../math/Dec";
import type { RebalanceSuggestion, TransferRoute } from "./InventoryTypes";
import { type Holding, getImbalances } from "./getImbalances";
import { getRebalanceSuggestions } from "./getRebalanceSuggestions";

/** What the inventory suggests for `holdings`. */
const suggest = (holdings: readonly Holding[], threshold: Decimal, routes: ReadonlyMap<string, TransferRoute>, now: UnixMs) =>
  getRebalanceSuggestions(getImbalances(holdings, threshold), routes, now);

/** The reference: the plain formulation (every drift divided out, every share divided). */
function reference(holdings: readonly Holding[], threshold: Decimal, routes: ReadonlyMap<string, TransferRoute>, now: UnixMs): readonly RebalanceSuggestion[] {
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

/** The reference's drift of one asset's holdings (the engine-precision quotient), when it has one. */
function driftOf(list: readonly Holding[]): Decimal | undefined {
  const total = list.reduce((s, h) => s.add(Decimal.max(h.amount, 0)), new Decimal(0));
  if (list.length < 2 || !total.gt(0)) return undefined;
  const target = total.div(list.length);
  const amounts = list.map((h) => h.amount);
  return Decimal.max(Decimal.max(...amounts).sub(target), target.sub(Decimal.min(...amounts))).div(total);
}

/** Everything a suggestion says, Decimals as their exact strings. */
/** Enough digits to place thresholds between the engine precision's representable numbers. */
const Wide = Decimal.clone({ precision: 200 });

const plain = (list: readonly RebalanceSuggestion[]) => list.map((s) => ({ ...s, amount: s.amount.toString(), estimatedFee: s.estimatedFee.toString() }));

const amount = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 24n }), fc.integer({ min: 0, max: 18 })).map(([v, d]) => new Decimal(`${v}e-${d}`)) },
  { weight: 3, arbitrary: fc.constantFrom("0", "-0", "1", "100", "0.000000001").map((s) => new Decimal(s)) },
  { weight: 1, arbitrary: fc.constantFrom("NaN", "Infinity", "-Infinity", `1${"7".repeat(70)}e-40`).map((s) => new Decimal(s)) },
);
const holdings = fc
  .uniqueArray(fc.record({ venue: fc.constantFrom("coinbase", "gemini", "orca", "kraken"), asset: fc.constantFrom("SOL", "USD", "USDC") }), {
    minLength: 1,
    maxLength: 10,
    selector: (h) => `${h.venue}|${h.asset}`,
  })
  .chain((keys) => fc.tuple(...keys.map((k) => amount.map((a): Holding => ({ venue: k.venue as VenueId, asset: k.asset as AssetSymbol, amount: a })))));
const routes = new Map<string, TransferRoute>([["SOL", { asset: "SOL", fee: "0.01", delayMs: 60_000 }]]);

describe("getImbalances → getRebalanceSuggestions (property)", () => {
  it("suggests exactly what the plain formulation does, for any threshold", () => {
    const threshold = fc.oneof(
      fc.tuple(fc.bigInt({ min: -10n, max: 10n ** 12n }), fc.integer({ min: 0, max: 12 })).map(([v, d]) => new Decimal(`${v}e-${d}`)),
      fc.constantFrom("0", "0.25", "1", "NaN", "Infinity", `0.${"3".repeat(70)}`).map((s) => new Decimal(s)),
    );
    fc.assert(
      fc.property(holdings, threshold, (hs, t) => {
        expect(plain(suggest(hs, t, routes, 7 as UnixMs))).toEqual(plain(reference(hs, t, routes, 7 as UnixMs)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("decides a drift within a few units in the last place of the threshold exactly like the division", () => {
    fc.assert(
      fc.property(holdings, fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, 1, -1), (hs, steps, third) => {
        const drift = driftOf(hs.filter((h) => h.asset === hs[0]!.asset));
        fc.pre(drift !== undefined && drift.isFinite() && drift.gt(0));
        // The drift, or half units in the last place around it; or (more digits than the engine precision)
        // a third of a unit off those.
        const ulp = new Wide(`1e${drift.e - Decimal.precision + 1}`);
        const t = new Decimal(new Wide(drift).add(ulp.mul(3 * steps + 2 * third).div(6)));
        expect(plain(suggest(hs, t, routes, 7 as UnixMs))).toEqual(plain(reference(hs, t, routes, 7 as UnixMs)));
      }),
      { numRuns: 2_000 },
    );
  });
});
