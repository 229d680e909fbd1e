import { describe, expect, it } from "vitest";
import { type MarketEvents, TestClock, createEventBus, topics } from "@arbkit/core";
import { createArbitrageEngine } from "./createArbitrageEngine";
import type { EngineEvents } from "./EngineEvents";
import { bookEvent, coinbaseSolUsd, geminiSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";

const pair = {
  id: "SOL-USD",
  cex: [
    { instrument: coinbaseSolUsd, takerFeeRate: "0.006" },
    { instrument: geminiSolUsd, takerFeeRate: "0.004" },
  ],
  pool: { instrument: orcaSolUsdc },
  maxSize: "100",
  sizeIncrement: "0.001",
};

describe("createArbitrageEngine", () => {
  it("runs signal → risk → paper execution → inventory end to end", () => {
    const clock = new TestClock(1_000);
    const market = createEventBus<MarketEvents>();
    const engine = createArbitrageEngine({
      clock,
      market,
      pairs: [pair],
      inventory: {
        balances: [
          { venue: "coinbase", asset: "USD", amount: "5000" },
          { venue: "coinbase", asset: "SOL", amount: "100" },
          { venue: "orca", asset: "SOL", amount: "100" },
          { venue: "orca", asset: "USDC", amount: "5000" },
        ],
      },
    });
    const seen: Record<string, unknown[]> = {};
    for (const kind of ["opportunity", "riskDecision", "riskState", "trade", "legFailure", "inventory", "rebalanceSuggestion"] as const) {
      engine.events.subscribe(kind, (e) => (seen[kind] ??= []).push(e));
    }
    for (const i of [coinbaseSolUsd, geminiSolUsd, orcaSolUsdc]) market.publish(topics.status(i.venue), liveStatus(i, 1_000));
    market.publish(topics.pool(orcaSolUsdc.id), syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 }));
    market.publish(topics.book(coinbaseSolUsd.id), bookEvent(coinbaseSolUsd, [["19.99", "50"]], [["20.00", "30"], ["20.05", "40"]], 1_000));
    clock.advanceTo(3_000);
    console.log(Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.length])));
    const trade = seen["trade"]?.[0] as EngineEvents["trade"];
    console.log(trade.status, trade.realizedPnl.toFixed(), trade.expectedPnl.toFixed(), JSON.stringify(trade.shortfall));
    console.log(engine.inventory?.getBalances().map((b) => `${b.venue} ${b.asset} ${b.balance.toFixed()}`));
    console.log(seen["riskState"], seen["rebalanceSuggestion"]);
    expect(trade.status).toBe("filled");
  });
});
