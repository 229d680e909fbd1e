import { describe, expect, it } from "vitest";
import { TestClock, createEventBus, type BookEvent, type MarketEvents } from "@arbkit/core";
import { createCoinbaseConnector, createGeminiConnector, createInMemoryConnectorMetrics, readRecording, replayRecording } from "@arbkit/connectors";
import { fixturePath, readRecording as readFixture } from "../support/fixtures";
import { NaiveOrderBook, normalizeLevels } from "../support/NaiveOrderBook";
import { COINBASE_FIXTURE } from "../fakes/startFakeCoinbaseVenue";
import { GEMINI_FIXTURE } from "../fakes/startFakeGeminiVenue";

describe("real fixture recordings replayed through the connectors' sinks", () => {
  it("Coinbase BTC-USD and ETH-USD end equal to a naive reference built from the same frames", async () => {
    const reference = new Map<string, NaiveOrderBook>();
    for (const line of readFixture(fixturePath(...COINBASE_FIXTURE))) {
      const f = JSON.parse(line.frame) as { channel: string; events: { type: string; product_id: string; updates: { side: string; price_level: string; new_quantity: string }[] }[] };
      if (f.channel !== "l2_data") continue;
      for (const e of f.events) {
        const book = reference.get(e.product_id) ?? new NaiveOrderBook();
        reference.set(e.product_id, book);
        if (e.type === "snapshot") book.clear();
        for (const u of e.updates) book.set(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
      }
    }
    const clock = new TestClock(0);
    const bus = createEventBus<MarketEvents>();
    const metrics = createInMemoryConnectorMetrics();
    const coinbase = createCoinbaseConnector({ bus, clock, products: ["BTC-USD", "ETH-USD"], metrics });
    const events: BookEvent[] = [];
    bus.subscribe("book", (e) => events.push(e));
    const errors: unknown[] = [];
    bus.subscribe("error", (e) => errors.push(e.error));
    const result = await replayRecording({ frames: readRecording(fixturePath(...COINBASE_FIXTURE), { defaultVenue: "coinbase" }), clock, sinks: [coinbase.sink] });
    expect(result.frames).toBe(1030);
    expect(errors).toEqual([]);
    expect(metrics.counter("gaps", { venue: "coinbase" })).toBe(0);
    expect(metrics.counter("parseErrors", { venue: "coinbase" })).toBe(0);
    expect(events.filter((e) => e.type === "snapshot")).toHaveLength(2);
    expect(events).toHaveLength(2 + 773);
    for (const product of ["BTC-USD", "ETH-USD"]) {
      const id = coinbase.instrumentOf(product);
      const book = coinbase.book(id);
      const ref = reference.get(product) as NaiveOrderBook;
      expect(coinbase.status(id)).toBe("live");
      expect(normalizeLevels(book?.depth("bid") ?? [])).toEqual(ref.levels("bid"));
      expect(normalizeLevels(book?.depth("ask") ?? [])).toEqual(ref.levels("ask"));
    }
    expect((coinbase.book(coinbase.instrumentOf("BTC-USD"))?.bidCount ?? 0) + (coinbase.book(coinbase.instrumentOf("BTC-USD"))?.askCount ?? 0)).toBeGreaterThan(40_000);
  });

  it("Gemini's 10 symbols end equal to a naive reference (first frame per symbol is the full book)", async () => {
    const reference = new Map<string, NaiveOrderBook>();
    for (const line of readFixture(fixturePath(...GEMINI_FIXTURE))) {
      const f = JSON.parse(line.frame) as { type: string; symbol: string; changes: [string, string, string][] };
      if (f.type !== "l2_updates") continue;
      const book = reference.get(f.symbol) ?? new NaiveOrderBook();
      reference.set(f.symbol, book);
      for (const [side, price, qty] of f.changes) book.set(side === "buy" ? "bid" : "ask", price, qty);
    }
    expect(reference.size).toBe(10);
    const clock = new TestClock(0);
    const bus = createEventBus<MarketEvents>();
    const gemini = createGeminiConnector({ bus, clock, symbols: [...reference.keys()] });
    const trades: string[] = [];
    bus.subscribe("trade", (e) => trades.push(`${e.instrument} ${e.tradeId ?? "?"}`));
    const errors: unknown[] = [];
    bus.subscribe("error", (e) => errors.push(e.error));
    await replayRecording({ frames: readRecording(fixturePath(...GEMINI_FIXTURE), { defaultVenue: "gemini" }), clock, sinks: [gemini.sink] });
    expect(errors).toEqual([]);
    for (const [symbol, ref] of reference) {
      const id = gemini.instrumentOf(symbol);
      expect(gemini.status(id)).toBe("live");
      expect(normalizeLevels(gemini.book(id)?.depth("bid") ?? [])).toEqual(ref.levels("bid"));
      expect(normalizeLevels(gemini.book(id)?.depth("ask") ?? [])).toEqual(ref.levels("ask"));
    }
    // Trade ids are read from the raw text, digit for digit.
    expect(trades).toContain("gemini:BTCUSD 2840141017904555");
    expect(new Set(trades).size).toBe(trades.length);
  });
});
