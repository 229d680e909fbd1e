import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClock, createEventBus, isArbError, type MarketEvents } from "@arbkit/core";
import { createCoinbaseConnector, createInMemoryConnectorMetrics, replayRecording, type BookConnector } from "@arbkit/connectors";
import { createConnectorProbe, digestBookEvent, type BookEventDigest } from "../fakes/createConnectorProbe";
import { expectBooksMatchVenue } from "../fakes/expectBooksMatchVenue";
import { startFakeCoinbaseVenue, type FakeCoinbaseVenue } from "../fakes/startFakeCoinbaseVenue";
import { waitFor } from "../support/waitFor";

const PRODUCTS = ["BTC-USD", "ETH-USD"] as const;

describe("Coinbase connector against a loopback fake venue serving the real recording", () => {
  let fake: FakeCoinbaseVenue;
  let connector: BookConnector | undefined;
  const clock = new TestClock(1_786_309_548_000);
  const bus = createEventBus<MarketEvents>();
  const probe = createConnectorProbe(bus, () => connector);
  const metrics = createInMemoryConnectorMetrics();
  const venue = { venue: "coinbase" };
  const ids = () => PRODUCTS.map((p) => (connector as BookConnector).instrumentOf(p));

  const synced = (): boolean => ids().every((id) => connector?.status(id) === "live") && probe.inboundOnLatest() === fake.sentOnCurrent;
  const expectMatchesVenue = (): void => expectBooksMatchVenue(connector, PRODUCTS, fake.truth);

  beforeAll(async () => {
    fake = await startFakeCoinbaseVenue();
    connector = createCoinbaseConnector({
      bus,
      clock,
      products: PRODUCTS,
      endpoint: fake.url,
      metrics,
      recorder: { write: (f) => probe.recorded.push(f) },
      backoff: { initialDelayMs: 100, jitter: 0 },
      idleTimeoutMs: 5_000,
      pingIntervalMs: 60_000,
    });
    connector.start();
  });
  afterAll(async () => {
    connector?.close();
    await fake.close();
  });

  it("subscribes level2 and heartbeats one channel per message, takes the ~5 MB snapshot and goes live", async () => {
    await waitFor(synced, "both products live");
    const sent = fake.received.map((t) => JSON.parse(t) as { type: string; channel: string; product_ids: string[] });
    expect(sent.map((m) => `${m.type} ${m.channel}`)).toEqual(["subscribe level2", "subscribe heartbeats"]);
    expect(sent[0]?.product_ids).toEqual([...PRODUCTS]);
    const [btc] = ids();
    expect(probe.statusPath(btc as never)).toEqual(["connecting", "subscribing", "live"]);
    expect(connector?.status()).toBe("live");
    expect((connector?.book(btc as never)?.bidCount ?? 0) + (connector?.book(btc as never)?.askCount ?? 0)).toBeGreaterThan(40_000);
    expectMatchesVenue();
  });

  it("applies the recorded updates exactly", async () => {
    expect(fake.step(250)).toBeGreaterThan(100);
    await waitFor(synced, "updates processed");
    expectMatchesVenue();
    expect(metrics.counter("gaps", venue)).toBe(0);
  });

  it("a skipped sequence number is counted, published as BOOK_SEQUENCE_GAP and resyncs by resubscribing", async () => {
    fake.skipSequence();
    fake.step(30);
    await waitFor(() => metrics.counter("gaps", venue) === 1 && synced(), "resync after gap");
    expect(probe.errorCodes()).toContain("BOOK_SEQUENCE_GAP");
    expect(fake.received.slice(2).map((t) => (JSON.parse(t) as { type: string }).type)).toEqual(["unsubscribe", "subscribe"]);
    expect(metrics.counter("resyncs", { venue: "coinbase", instrument: "*" })).toBe(2);
    expect(probe.statusPath(ids()[0] as never).slice(-2)).toEqual(["resyncing", "live"]);
    expectMatchesVenue();
  });

  it("a repeated sequence number is a regression: never applied, counted, resynced", async () => {
    fake.repeatSequence();
    fake.step(30);
    await waitFor(() => metrics.counter("gaps", venue) === 2 && synced(), "resync after regression");
    expect(probe.errorCodes()).toContain("BOOK_SEQUENCE_REGRESSION");
    expectMatchesVenue();
  });

  it("truncated and ill-typed frames are FRAME_MALFORMED with venue and excerpt, never applied, and resync", async () => {
    fake.sendRaw('{"channel":"l2_data","timestamp":"2026-08-09T21:05:48.505350477Z","sequence_num":1');
    await waitFor(() => metrics.counter("parseErrors", venue) === 1 && synced(), "resync after truncated frame");
    fake.sendRaw('{"channel":"l2_data","timestamp":"2026-08-09T21:05:48.5Z","sequence_num":99999,"events":[{"type":"update","product_id":"BTC-USD","updates":[{"side":"bid","event_time":"x","price_level":"1","new_quantity":"1e-8"}]}]}');
    await waitFor(() => metrics.counter("parseErrors", venue) === 2 && synced(), "resync after bad decimal");
    fake.step(30);
    await waitFor(synced, "updates after malformed frames");
    const malformed = probe.errors.map((e) => e.error).filter((e) => isArbError(e, "FRAME_MALFORMED"));
    expect(malformed).toHaveLength(2);
    expect(malformed[0]?.context).toMatchObject({ venue: "coinbase", excerpt: expect.stringContaining('"sequence_num":1') });
    expect(malformed[1]?.context).toMatchObject({ reason: expect.stringContaining("new_quantity") });
    expectMatchesVenue();
  });

  it("an error frame becomes a VENUE_ERROR event and leaves the books live", async () => {
    fake.sendError("Failed to subscribe");
    await waitFor(() => metrics.counter("venueErrors", venue) === 1, "venue error");
    const error = probe.errors.map((e) => e.error).find((e) => isArbError(e, "VENUE_ERROR"));
    expect(error?.context).toMatchObject({ venue: "coinbase", message: "Failed to subscribe" });
    expect(ids().map((id) => connector?.status(id))).toEqual(["live", "live"]);
  });

  it("an unsolicited huge snapshot replaces the book", async () => {
    const snapshots = probe.books.filter((b) => b.type === "snapshot").length;
    fake.sendSnapshot("BTC-USD");
    fake.step(20);
    await waitFor(() => probe.books.filter((b) => b.type === "snapshot").length === snapshots + 1 && synced(), "snapshot applied");
    expectMatchesVenue();
  });

  it("a dropped connection reconnects after the backoff, resubscribes everything and rebuilds from fresh snapshots", async () => {
    fake.dropConnection();
    await waitFor(() => connector?.status() === "connecting", "drop noticed");
    expect(ids().map((id) => connector?.status(id))).toEqual(["connecting", "connecting"]);
    fake.step(40); // the venue moves on while we are away
    clock.advanceBy(100);
    await waitFor(() => fake.connections === 2 && synced(), "reconnected");
    expect(metrics.counter("reconnects", venue)).toBe(1);
    expect(fake.received.slice(-2).map((t) => (JSON.parse(t) as { channel: string }).channel)).toEqual(["level2", "heartbeats"]);
    expectMatchesVenue();
  });

  it("a stalled venue (no heartbeats) is detected as half-open through the injected clock and reconnected", async () => {
    fake.stall();
    clock.advanceBy(5_000);
    await waitFor(() => connector?.status() === "connecting", "stall detected");
    expect(probe.errors.at(-1)?.error.shortMessage).toContain("half-open");
    fake.resume();
    clock.advanceBy(200);
    await waitFor(() => fake.connections === 3 && synced(), "reconnected after stall");
    expect(metrics.counter("reconnects", venue)).toBe(2);
    expectMatchesVenue();
  });

  it("plays the rest of the recording; nothing was ever published while not live", async () => {
    fake.step(fake.remaining);
    await waitFor(synced, "all frames processed");
    expectMatchesVenue();
    expect(probe.violations).toEqual([]);
    expect(metrics.counter("frames", venue)).toBe(probe.recorded.filter((f) => f.dir !== "out").length);
    expect(metrics.counter("droppedUpdates", { venue: "coinbase", instrument: "*" })).toBeGreaterThan(0);
  });

  it("replaying the session's recording yields exactly the same book events", async () => {
    connector?.close();
    const replayClock = new TestClock(0);
    const replayBus = createEventBus<MarketEvents>();
    const replayed: BookEventDigest[] = [];
    replayBus.subscribe("book", (e) => replayed.push(digestBookEvent(e)));
    const replay = createCoinbaseConnector({ bus: replayBus, clock: replayClock, products: PRODUCTS });
    const result = await replayRecording({ frames: probe.recorded, clock: replayClock, sinks: [replay.sink] });
    expect(result.outbound).toBeGreaterThan(4);
    expect(replayed.length).toBe(probe.books.length);
    expect(replayed).toEqual(probe.books);
  });
});
