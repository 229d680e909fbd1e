import { describe, expect, it } from "vitest";
import { TestClock, createEventBus, instrumentId, venueId, type MarketEvents, type StatusEvent } from "@arbkit/core";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import { createStatusTracker } from "./createStatusTracker";

describe("createStatusTracker", () => {
  const setup = () => {
    const venue = venueId("coinbase");
    const clock = new TestClock(1_000);
    const bus = createEventBus<MarketEvents>();
    const metrics = createInMemoryConnectorMetrics();
    const events: [string, StatusEvent][] = [];
    bus.subscribe("status", (e, topic) => events.push([topic, e]));
    const status = createStatusTracker({ venue, bus, clock, metrics });
    return { venue, clock, status, events, metrics, btc: instrumentId(venue, "BTC-USD") };
  };

  it("publishes connection and instrument changes on their topics, with previous status and reason", () => {
    const { status, events, btc, clock, metrics } = setup();
    status.setConnection("subscribing", "open");
    clock.advanceBy(5);
    status.setInstrument(btc, "syncing", "subscribed");
    status.setInstrument(btc, "live", "snapshot applied", 900);
    expect(events.map(([topic, e]) => [topic, e.previous, e.status, e.reason])).toEqual([
      ["status:coinbase", "connecting", "subscribing", "open"],
      ["status:coinbase:BTC-USD", undefined, "syncing", "subscribed"],
      ["status:coinbase:BTC-USD", "syncing", "live", "snapshot applied"],
    ]);
    expect(events[2]?.[1]).toMatchObject({ tsEvent: 900, tsInit: 1_005, instrument: btc, venue: "coinbase" });
    expect(status.isLive(btc)).toBe(true);
    expect(metrics.gauge("status", { venue: "coinbase", instrument: btc })).toBe(3);
  });

  it("publishes nothing when the status does not change", () => {
    const { status, events, btc } = setup();
    status.setInstrument(btc, "live", "a");
    status.setInstrument(btc, "live", "b");
    status.setConnection("connecting", "again");
    expect(events).toHaveLength(1);
  });

  it("is terminal once closed: later changes are ignored", () => {
    const { status, events, btc } = setup();
    status.setInstrument(btc, "live", "a");
    status.setAllInstruments("closed", "bye");
    status.setConnection("closed", "bye");
    status.setConnection("connecting", "late socket callback");
    status.setInstrument(btc, "live", "late frame");
    expect(status.connection()).toBe("closed");
    expect(status.instrument(btc)).toBe("closed");
    expect(events.map(([, e]) => e.status)).toEqual(["live", "closed", "closed"]);
  });
});
