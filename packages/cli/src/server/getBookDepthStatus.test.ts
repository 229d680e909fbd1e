import { describe, expect, it } from "vitest";
import { TestClock, createEventBus, type MarketEvents } from "@arbkit/core";
import { createGeminiConnector } from "@arbkit/connectors";
import { getBookDepthStatus } from "./getBookDepthStatus";

describe("getBookDepthStatus", () => {
  it("shows each instrument's status, whole-book level counts and its best levels, best first", () => {
    const clock = new TestClock(1_786_310_400_000);
    const gemini = createGeminiConnector({ bus: createEventBus<MarketEvents>(), clock, symbols: ["SOLUSD", "BTCUSD"] });
    expect(getBookDepthStatus([undefined, gemini], 2)).toEqual([
      { instrument: "gemini:SOLUSD", status: "connecting", bidLevels: 0, askLevels: 0, bids: [], asks: [] },
      { instrument: "gemini:BTCUSD", status: "connecting", bidLevels: 0, askLevels: 0, bids: [], asks: [] },
    ]);
    const changes = [["buy", "20.84", "3"], ["buy", "20.845", "1.5"], ["buy", "20.7", "9"], ["sell", "20.86", "2"], ["sell", "20.9", "4"]];
    const frame = JSON.stringify({ type: "l2_updates", symbol: "SOLUSD", changes, trades: [], auction_events: [] });
    gemini.sink.ingest({ recvTs: clock.now() / 1000, venue: "gemini", conn: "gemini.ws.1", frame });
    const [sol] = getBookDepthStatus([gemini], 2);
    expect(sol).toEqual({
      instrument: "gemini:SOLUSD",
      status: "live",
      bidLevels: 3,
      askLevels: 2,
      bids: [["20.845", "1.5"], ["20.84", "3"]],
      asks: [["20.86", "2"], ["20.9", "4"]],
    });
  });
});
