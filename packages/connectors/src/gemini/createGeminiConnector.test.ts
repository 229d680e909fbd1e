import { describe, expect, it } from "vitest";
import { TestClock, createEventBus, type BookEvent, type MarketEvents } from "@arbkit/core";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import type { RecordedFrame } from "../recording/RecordedFrame";
import { createGeminiConnector } from "./createGeminiConnector";

const l2 = (changes: [string, string, string][], initial = false): string =>
  JSON.stringify({ ...(initial ? { auction_events: [] } : {}), changes, symbol: "SOLUSD", ...(initial ? { trades: [] } : {}), type: "l2_updates" });

describe("createGeminiConnector (driven through its sink)", () => {
  const setup = () => {
    const clock = new TestClock(0);
    const bus = createEventBus<MarketEvents>();
    const metrics = createInMemoryConnectorMetrics();
    const sent: RecordedFrame[] = [];
    const gemini = createGeminiConnector({ bus, clock, symbols: ["SOLUSD"], metrics, recorder: { write: (f) => sent.push(f) } });
    const books: BookEvent[] = [];
    bus.subscribe("book", (e) => books.push(e));
    let t = 1;
    const feed = (frame: string, conn = "c1"): void => {
      t = Math.max(t + 0.001, clock.now() / 1000);
      clock.advanceTo(t * 1000);
      gemini.sink.ingest({ recvTs: t, venue: "gemini", conn, frame });
    };
    const sol = gemini.instrumentOf("SOLUSD");
    const depth = () => ({ bids: gemini.book(sol)?.depth("bid"), asks: gemini.book(sol)?.depth("ask") });
    return { clock, gemini, metrics, books, feed, sol, depth, sent };
  };

  it("takes the first frame on a connection as the full book, then applies changes", () => {
    const { feed, depth, gemini, sol, books } = setup();
    feed(l2([["buy", "77.0", "1"], ["sell", "78.0", "2"]]));
    feed(l2([["buy", "77.0", "0.0"], ["buy", "76.5", "3"]]));
    expect(gemini.status(sol)).toBe("live");
    expect(depth()).toEqual({ bids: [{ price: "76.5", size: "3" }], asks: [{ price: "78", size: "2" }] });
    expect(books.map((b) => b.type)).toEqual(["snapshot", "delta"]);
  });

  it("never patches an old book on a new connection: levels gone while away do not survive (no ghost levels)", () => {
    const { feed, depth } = setup();
    feed(l2([["buy", "77.0", "1"], ["buy", "76.0", "1"], ["sell", "78.0", "2"]], true));
    feed(l2([["buy", "76.9", "5"], ["sell", "78.0", "1"]], true), "c2");
    expect(depth()).toEqual({ bids: [{ price: "76.9", size: "5" }], asks: [{ price: "78", size: "1" }] });
  });

  it("after a crossed book resubscribes and accepts only a marked full book (in-flight updates are dropped)", () => {
    const { feed, depth, sent, metrics, gemini, sol, books } = setup();
    feed(l2([["buy", "77.0", "1"], ["sell", "78.0", "2"]], true));
    feed(l2([["buy", "79.0", "1"]]));
    expect(gemini.status(sol)).toBe("resyncing");
    expect(sent.filter((f) => f.dir === "out").map((f) => JSON.parse(f.frame).type)).toEqual(["unsubscribe", "subscribe"]);
    feed(l2([["buy", "77.5", "1"]])); // still the old subscription
    expect(gemini.status(sol)).toBe("resyncing");
    expect(metrics.counter("droppedUpdates", { venue: "gemini", instrument: sol })).toBe(1);
    feed(l2([["buy", "77.2", "4"], ["sell", "78.0", "2"]], true));
    expect(gemini.status(sol)).toBe("live");
    expect(depth()).toEqual({ bids: [{ price: "77.2", size: "4" }], asks: [{ price: "78", size: "2" }] });
    expect(books.map((b) => b.type)).toEqual(["snapshot", "snapshot"]);
  });

  it("goes stale after staleAfterMs without updates and live again on the next one", () => {
    const { feed, clock, gemini, sol } = setup();
    feed(l2([["buy", "77.0", "1"], ["sell", "78.0", "2"]], true));
    clock.advanceBy(60_000);
    expect(gemini.status(sol)).toBe("stale");
    feed(l2([["buy", "77.1", "1"]]));
    expect(gemini.status(sol)).toBe("live");
  });

  it("close() makes every status closed and ignores later frames", () => {
    const { feed, gemini, sol, books } = setup();
    gemini.close();
    feed(l2([["buy", "77.0", "1"]], true));
    expect([gemini.status(), gemini.status(sol)]).toEqual(["closed", "closed"]);
    expect(books).toEqual([]);
  });
});
