import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock, type AssetSymbol, type VenueId } from "@arbkit/core";
import { solUsdTwoVenuePair } from "../../../../tests/support/engineFixtures";
import { createInventory } from "../inventory/createInventory";
import { Dec as Decimal } from "../math/Dec";
import { createBalanceCaps } from "./createBalanceCaps";
import { createPairModel } from "./PairModel";

const model = createPairModel(solUsdTwoVenuePair, "pairs[0]");
const holdings = [
  ["coinbase", "SOL"],
  ["coinbase", "USD"],
  ["gemini", "SOL"],
  ["gemini", "USD"],
  ["orca", "SOL"],
  ["orca", "USDC"],
] as const;

/** A balance change (signed, up to 12 decimals) or a new network fee. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant("flow" as const),
    holding: fc.constantFrom(...holdings),
    delta: fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 })).map(([v, d]) => new Decimal(`${v}e-${d}`)),
  }),
  fc.record({ kind: fc.constant("fee" as const), lamports: fc.bigInt({ min: 0n, max: 10n ** 10n }) }),
);

describe("createBalanceCaps (property)", () => {
  it("caches nothing observable: with a revisioned inventory the caps always equal a fresh computation", () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.constantFrom("1", "0.5", "0.333"),
        fc.constantFrom("1000", "10"),
        fc.integer({ min: 1, max: 3 }),
        (steps, usage, maxNotional, reserve) => {
          const inventory = createInventory({ clock: new TestClock(0), balances: holdings.map(([venue, asset]) => ({ venue, asset, amount: "20" })) });
          const cached = createBalanceCaps(inventory, usage, maxNotional, reserve);
          // The same balances without a revision: every call converts them afresh.
          const fresh = createBalanceCaps({ available: (venue, asset) => inventory.available(venue, asset) }, usage, maxNotional, reserve);
          let lamports = 5_200n;
          for (const s of steps) {
            if (s.kind === "fee") lamports = s.lamports;
            else inventory.applyFlows([{ venue: s.holding[0] as VenueId, asset: s.holding[1] as AssetSymbol, delta: s.delta }], "test");
            for (const i of [0, 1]) {
              for (const direction of ["cexToPool", "poolToCex"] as const) {
                expect(cached(model, i, direction, lamports)).toEqual(fresh(model, i, direction, lamports));
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
