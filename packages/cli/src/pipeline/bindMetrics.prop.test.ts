import { createEventBus, type MarketEvents } from "@arbkit/core";
import type { ArbitrageEngine, EngineEvents, InventoryEvent } from "@arbkit/engines";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { Gauge, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createArbMetrics } from "../server/createArbMetrics";
import { bindMetrics } from "./bindMetrics";

const INVENTORY = "arbkit_inventory";

/** A bus and the engine state bindMetrics reads, standing in for the engine. */
function fakeEngine(initial: readonly { venue: string; asset: string; balance: Decimal }[]) {
  const events = createEventBus<EngineEvents>();
  const engine = {
    events,
    risk: { getState: () => ({ dailyPnl: new Decimal(0), consecutiveLosses: 0, pauses: [] }) },
    inventory: { getBalances: () => initial.map((b) => ({ ...b, delta: new Decimal(0) })) },
  } as unknown as ArbitrageEngine;
  return { engine, events };
}

const change = fc.record({
  venue: fc.constantFrom("coinbase", "gemini", "orca"),
  asset: fc.constantFrom("USD", "SOL", "USDC"),
  balance: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => new Decimal(n)),
});

/** A step: an inventory event with some changes, or a scrape. */
const step = fc.oneof({ weight: 4, arbitrary: fc.array(change, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant("scrape" as const) });

describe("bindMetrics", () => {
  it("exports the balances a gauge set on every inventory change would, series in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 3 }), fc.array(step, { maxLength: 30 }), async (initial, steps) => {
        const metrics = createArbMetrics({ processMetrics: false });
        const { engine, events } = fakeEngine(initial);
        bindMetrics(metrics, createEventBus<MarketEvents>(), engine);
        const reference = new Registry();
        const gauge = new Gauge({ name: INVENTORY, help: "Paper balance per venue and asset", labelNames: ["venue", "asset"], registers: [reference] });
        for (const b of initial) gauge.set({ venue: b.venue, asset: b.asset }, b.balance.toNumber());
        for (const [i, s] of steps.entries()) {
          if (s === "scrape") {
            expect(await metrics.registry.getSingleMetricAsString(INVENTORY)).toBe(await reference.getSingleMetricAsString(INVENTORY));
            continue;
          }
          events.publish("inventory", { ts: i, cause: `trade:${i}`, changes: s.map((c) => ({ ...c, delta: new Decimal(1) })) } as unknown as InventoryEvent);
          for (const c of s) gauge.set({ venue: c.venue, asset: c.asset }, c.balance.toNumber());
        }
        expect(await metrics.registry.getSingleMetricAsString(INVENTORY)).toBe(await reference.getSingleMetricAsString(INVENTORY));
        expect(await metrics.registry.metrics()).toContain(await reference.getSingleMetricAsString(INVENTORY));
      }),
      { numRuns: 200 },
    );
  });
});
