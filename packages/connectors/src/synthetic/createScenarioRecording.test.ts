import { createEventBus, instrumentId, TestClock, venueId, type MarketEvents, type PoolStateEvent } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../../../../tests/support/fixtures";
import { createCoinbaseConnector } from "../coinbase/createCoinbaseConnector";
import { decodeCoinbaseFrame } from "../coinbase/decodeCoinbaseFrame";
import { createGeminiConnector } from "../gemini/createGeminiConnector";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import { replayRecording } from "../recording/replayRecording";
import { createOrcaConnector } from "../solana/createOrcaConnector";
import { createScenarioRecording } from "./createScenarioRecording";
import { readScenarioAccounts } from "./readScenarioAccounts";

const POOL = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";
const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
const scenario = createScenarioRecording({ accounts, seed: 7, durationSeconds: 60 });

describe("createScenarioRecording (synthetic)", () => {
  it("is deterministic for a seed and different for another", () => {
    const again = createScenarioRecording({ accounts, seed: 7, durationSeconds: 60 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(scenario));
    const other = createScenarioRecording({ accounts, seed: 8, durationSeconds: 60 });
    expect(JSON.stringify(other.frames)).not.toBe(JSON.stringify(scenario.frames));
    expect(scenario.header.source).toMatch(/SYNTHETIC/);
  });

  it("keeps receive times ordered and Coinbase sequence numbers contiguous", () => {
    const times = scenario.frames.map((f) => f.recvTs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const sequences = scenario.frames
      .filter((f) => f.venue === "coinbase" && f.dir === undefined)
      .map((f) => (JSON.parse(f.frame) as { sequence_num: number }).sequence_num);
    expect(sequences).toEqual(sequences.map((_, i) => i));
    const kinds = scenario.frames.filter((f) => f.venue === "coinbase" && f.dir === undefined).map((f) => decodeCoinbaseFrame(f.frame).kind);
    expect(kinds).toContain("heartbeat");
  });

  it("replays through the real connectors with no parse error, live books and lagging pool states", async () => {
    const clock = new TestClock(scenario.header.startedAt * 1000);
    const bus = createEventBus<MarketEvents>();
    const metrics = createInMemoryConnectorMetrics();
    const coinbase = createCoinbaseConnector({ bus, clock, metrics, products: ["SOL-USD"] });
    const gemini = createGeminiConnector({ bus, clock, metrics, symbols: ["SOLUSD"] });
    const orca = createOrcaConnector({ bus, clock, metrics, endpoints: [], pools: [{ address: POOL, decimalsA: 9, decimalsB: 6 }] });
    const pools: PoolStateEvent[] = [];
    const gaps: number[] = [];
    bus.subscribe("pool", (e) => pools.push(e));
    bus.subscribe("book", (e) => {
      const bid = e.book.bestBid();
      const ask = e.book.bestAsk();
      const pool = pools.at(-1);
      if (bid === undefined || ask === undefined || pool === undefined) return;
      const raw = Number(pool.state.sqrtPrice) / 2 ** 64;
      const poolPrice = raw * raw * 1000;
      gaps.push((Number(bid.price) + Number(ask.price)) / 2 / poolPrice - 1);
    });
    await replayRecording({ frames: scenario.frames, clock, sinks: [coinbase.sink, gemini.sink, orca.sink] });
    for (const venue of ["coinbase", "gemini", "orca"]) {
      expect(metrics.counter("parseErrors", { venue })).toBe(0);
      expect(metrics.counter("gaps", { venue })).toBe(0);
    }
    expect(coinbase.status(instrumentId(venueId("coinbase"), "SOL-USD"))).toBe("live");
    expect(gemini.status(instrumentId(venueId("gemini"), "SOLUSD"))).toBe("live");
    expect(orca.status(instrumentId(venueId("orca"), POOL))).toBe("live");
    expect(pools.length).toBeGreaterThan(20);
    // The pool lags the CEX: sometimes far apart (arbitrage), mostly close.
    expect(Math.max(...gaps.map(Math.abs))).toBeGreaterThan(0.01);
    const close = gaps.filter((g) => Math.abs(g) < 0.005).length;
    expect(close / gaps.length).toBeGreaterThan(0.3);
  });
});
