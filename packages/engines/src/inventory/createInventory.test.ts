import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { type AssetSymbol, TestClock, type VenueId, assetSymbol, venueId } from "@arbkit/core";
import { createInventory } from "./createInventory";
import type { InventoryEvent, RebalanceSuggestion } from "./InventoryTypes";

const SOL = assetSymbol("SOL");
const coinbase = venueId("coinbase");
const orca = venueId("orca");
const USD = assetSymbol("USD");

describe("createInventory", () => {
  it("moves balances by flows, reports them with their cause, and suggests a rebalance once per new imbalance", () => {
    const clock = new TestClock(0);
    const changes: InventoryEvent[] = [];
    const suggestions: RebalanceSuggestion[] = [];
    const inventory = createInventory({
      clock,
      balances: [
        { venue: "coinbase", asset: "SOL", amount: "50" },
        { venue: "orca", asset: "SOL", amount: "50" },
      ],
      rebalanceThreshold: "0.1",
      transfers: [{ asset: "SOL", fee: "0.001", delayMs: 1_000 }],
      onChange: (e) => changes.push(e),
      onSuggestion: (s) => suggestions.push(s),
    });
    inventory.applyFlows([{ venue: coinbase, asset: SOL, delta: new Decimal("5") }, { venue: orca, asset: SOL, delta: new Decimal("-5") }], "trade:a");
    expect(changes[0]!.changes.map((c) => c.balance.toFixed())).toEqual(["55", "45"]);
    expect(suggestions).toEqual([]); // shares 0.55 / 0.45: drift 0.05 ≤ 0.1
    inventory.applyFlows([{ venue: coinbase, asset: SOL, delta: new Decimal("10") }, { venue: orca, asset: SOL, delta: new Decimal("-10") }], "trade:b");
    expect(suggestions.map((s) => [s.from, s.to, s.amount.toFixed(), s.shares])).toEqual([["coinbase", "orca", "15", { coinbase: "0.65", orca: "0.35" }]]);
    inventory.applyFlows([{ venue: coinbase, asset: SOL, delta: new Decimal("0") }], "noop");
    expect(changes).toHaveLength(2);
    inventory.startTransfer(suggestions[0]!);
    expect(inventory.available(orca, SOL)!.toFixed()).toBe("35");
    clock.advanceTo(1_000);
    expect(inventory.available(orca, SOL)!.toFixed()).toBe("49.999");
    expect(inventory.available(coinbase, SOL)!.toFixed()).toBe("50");
  });

  it("while suggestions are not wanted, still notes what is new: later ones are delivered exactly as if always wanted", () => {
    const run = (wantedFrom: number) => {
      const clock = new TestClock(0);
      const suggested: RebalanceSuggestion[] = [];
      let step = 0;
      const inventory = createInventory({
        clock,
        balances: [
          { venue: "coinbase", asset: "SOL", amount: "50" },
          { venue: "orca", asset: "SOL", amount: "50" },
          { venue: "coinbase", asset: "USD", amount: "100" },
          { venue: "gemini", asset: "USD", amount: "100" },
        ],
        rebalanceThreshold: "0.1",
        onSuggestion: (s) => suggested.push(s),
        wantsSuggestions: () => step >= wantedFrom,
      });
      const flows: [VenueId, AssetSymbol, string][] = [
        [coinbase, SOL, "30"], // SOL 80 / 50: new
        [coinbase, USD, "1"], // USD within the threshold: SOL's suggestion unchanged, not new
        [coinbase, SOL, "10"], // SOL 90 / 50: new
        [coinbase, USD, "-1"],
      ];
      for (const [venue, asset, delta] of flows) {
        clock.advanceBy(1_000);
        inventory.applyFlows([{ venue, asset, delta: new Decimal(delta) }], `step:${step}`);
        step++;
      }
      return suggested;
    };
    const always = run(0);
    expect(always.map((s) => [s.ts, s.asset, s.amount.toFixed()])).toEqual([
      [1_000, "SOL", "15"],
      [3_000, "SOL", "20"],
    ]);
    expect(run(1)).toEqual(always.slice(1));
    expect(run(2)).toEqual(always.slice(1));
    expect(run(3)).toEqual([]);
  });

  it("reports the same changes and suggestions on demand without a suggestion listener", () => {
    const run = (listen: boolean) => {
      const clock = new TestClock(0);
      const changes: InventoryEvent[] = [];
      const suggested: RebalanceSuggestion[] = [];
      const inventory = createInventory({
        clock,
        balances: [
          { venue: "coinbase", asset: "SOL", amount: "50" },
          { venue: "orca", asset: "SOL", amount: "50" },
          { venue: "gemini", asset: "SOL", amount: "0" },
        ],
        onChange: (e) => changes.push(e),
        ...(listen ? { onSuggestion: (s: RebalanceSuggestion) => suggested.push(s) } : {}),
      });
      const onDemand: (readonly RebalanceSuggestion[])[] = [];
      for (const [i, delta] of ["5", "-20", "15", "40"].entries()) {
        clock.advanceTo(i * 1_000);
        inventory.applyFlows([{ venue: coinbase, asset: SOL, delta: new Decimal(delta) }], `trade:${i}`);
        onDemand.push(inventory.getRebalanceSuggestions());
      }
      return { changes, onDemand, suggested };
    };
    const listened = run(true);
    const silent = run(false);
    expect(silent.changes).toEqual(listened.changes);
    expect(silent.onDemand).toEqual(listened.onDemand);
    // The listener heard every new imbalance, each as also returned on demand at that time.
    expect(listened.suggested.map((s) => s.id)).toEqual(listened.onDemand.flat().map((s) => s.id));
    expect(listened.suggested.map((s) => [s.from, s.to, s.amount.toFixed()])).toEqual([
      // 55 / 50 / 0: the equal split is 35.
      ["coinbase", "gemini", "20"],
      // 35 / 50 / 0, then 50 / 50 / 0 (the last of equals is the most over-held), then 90 / 50 / 0.
      ["orca", "gemini", `21.${"6".repeat(57)}7`],
      ["orca", "gemini", `16.${"6".repeat(57)}7`],
      ["coinbase", "gemini", `43.${"3".repeat(58)}`],
    ]);
  });
});
