import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { TestClock, assetSymbol, venueId } from "@arbkit/core";
import { createInventory } from "./createInventory";
import type { InventoryEvent, RebalanceSuggestion } from "./InventoryTypes";

const SOL = assetSymbol("SOL");
const coinbase = venueId("coinbase");
const orca = venueId("orca");

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
});
