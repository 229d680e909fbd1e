import { describe, expect, it } from "vitest";
import { TestClock, createEventBus, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import type { RecordedFrame } from "../recording/RecordedFrame";
import { createCoinbaseConnector } from "./createCoinbaseConnector";

const TS = "2026-08-09T21:05:48.505350477Z";
const l2 = (seq: number, type: "snapshot" | "update", levels: [string, string, string][]): string =>
  JSON.stringify({
    channel: "l2_data",
    timestamp: TS,
    sequence_num: seq,
    events: [{ type, product_id: "BTC-USD", updates: levels.map(([side, price_level, new_quantity]) => ({ side, event_time: TS, price_level, new_quantity })) }],
  });

describe("createCoinbaseConnector (driven through its sink)", () => {
  const setup = (resyncBy?: "resubscribe" | "reconnect") => {
    const clock = new TestClock(0);
    const bus = createEventBus<MarketEvents>();
    const metrics = createInMemoryConnectorMetrics();
    const out: RecordedFrame[] = [];
    const errors: VenueErrorEvent[] = [];
    bus.subscribe("error", (e) => errors.push(e));
    const cb = createCoinbaseConnector({ bus, clock, products: ["BTC-USD"], metrics, recorder: { write: (f) => out.push(f) }, ...(resyncBy === undefined ? {} : { resyncBy }) });
    const feed = (frame: string, conn = "c1"): void => cb.sink.ingest({ recvTs: 1, venue: "coinbase", conn, frame });
    return { cb, feed, metrics, out, errors, btc: cb.instrumentOf("BTC-USD") };
  };

  it("sets tsEvent from the frame timestamp and the sequence on book events", () => {
    const { cb, feed, btc } = setup();
    feed(l2(0, "snapshot", [["bid", "100", "1"], ["offer", "101", "1"]]));
    expect(cb.status(btc)).toBe("live");
    expect(cb.book(btc)?.bestAsk()).toEqual({ price: "101", size: "1" });
  });

  it("one counter across channels: a gap on a heartbeat frame still resyncs level2", () => {
    const { cb, feed, btc, metrics, out, errors } = setup();
    feed(l2(0, "snapshot", [["bid", "100", "1"], ["offer", "101", "1"]]));
    feed(`{"channel":"heartbeats","timestamp":"${TS}","sequence_num":2,"events":[{"current_time":"x","heartbeat_counter":"7"}]}`);
    expect(cb.status(btc)).toBe("resyncing");
    expect(metrics.counter("gaps", { venue: "coinbase" })).toBe(1);
    expect(errors.map((e) => e.error.code)).toEqual(["BOOK_SEQUENCE_GAP"]);
    expect(out.map((f) => f.frame)).toEqual([
      '{"type":"unsubscribe","product_ids":["BTC-USD"],"channel":"level2"}',
      '{"type":"subscribe","product_ids":["BTC-USD"],"channel":"level2"}',
    ]);
    feed(l2(3, "update", [["bid", "100", "2"]]));
    expect(metrics.counter("droppedUpdates", { venue: "coinbase", instrument: btc })).toBe(1);
    feed(l2(4, "snapshot", [["bid", "99", "1"], ["offer", "101", "1"]]));
    expect(cb.status(btc)).toBe("live");
  });

  it("a snapshot that crosses is rejected (BOOK_CROSSED), the book cleared and resynced", () => {
    const { cb, feed, btc, errors, metrics } = setup("reconnect");
    feed(l2(0, "snapshot", [["bid", "102", "1"], ["offer", "101", "1"]]));
    expect(cb.status(btc)).toBe("resyncing");
    expect(cb.book(btc)?.bidCount).toBe(0);
    expect(errors.map((e) => e.error.code)).toEqual(["BOOK_CROSSED"]);
    expect(metrics.counter("resyncs", { venue: "coinbase", instrument: btc })).toBe(1);
  });

  it("the subscriptions acknowledgement moves subscribed products to syncing", () => {
    const { cb, feed, btc } = setup();
    feed(`{"channel":"subscriptions","timestamp":"${TS}","sequence_num":0,"events":[{"subscriptions":{"level2":["BTC-USD"]}}]}`);
    expect(cb.status(btc)).toBe("connecting"); // only a product in "subscribing" moves
    expect(cb.status()).toBe("live");
  });

  it("rejects an empty product list", () => {
    expect(() => createCoinbaseConnector({ bus: createEventBus<MarketEvents>(), clock: new TestClock(), products: [] })).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
  });
});
