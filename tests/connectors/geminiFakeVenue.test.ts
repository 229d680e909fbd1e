import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClock, createEventBus, isArbError, type InstrumentId, type MarketEvents } from "@arbkit/core";
import { join } from "node:path";
import { createGeminiConnector, createInMemoryConnectorMetrics, createRecordingWriter, readRecording, replayRecording, type BookConnector } from "@arbkit/connectors";
import { createConnectorProbe, digestBookEvent, type BookEventDigest } from "../fakes/createConnectorProbe";
import { expectBooksMatchVenue } from "../fakes/expectBooksMatchVenue";
import { startFakeGeminiVenue, type FakeGeminiVenue } from "../fakes/startFakeGeminiVenue";
import { createTempDir } from "../support/createTempDir";
import { waitFor } from "../support/waitFor";

describe("Gemini v2 connector against a loopback fake venue serving the real recording", () => {
  let fake: FakeGeminiVenue;
  let connector: BookConnector | undefined;
  const clock = new TestClock(1_786_313_193_000);
  const bus = createEventBus<MarketEvents>();
  const probe = createConnectorProbe(bus, () => connector);
  const metrics = createInMemoryConnectorMetrics();
  const venue = { venue: "gemini" };
  const ids = (): InstrumentId[] => [...(connector as BookConnector).instruments];
  const sol = (): InstrumentId => (connector as BookConnector).instrumentOf("SOLUSD");
  const synced = (): boolean => ids().every((id) => connector?.status(id) === "live") && probe.inboundOnLatest() === fake.sentOnCurrent;
  const expectMatchesVenue = (): void => expectBooksMatchVenue(connector, fake.symbols, fake.truth);
  const sent = (): { type: string; subscriptions: { name: string; symbols: string[] }[] }[] => fake.received.map((t) => JSON.parse(t));

  beforeAll(async () => {
    fake = await startFakeGeminiVenue();
    connector = createGeminiConnector({
      bus,
      clock,
      symbols: fake.symbols,
      endpoint: fake.url,
      metrics,
      recorder: { write: (f) => probe.recorded.push(f) },
      backoff: { initialDelayMs: 100, jitter: 0 },
      idleTimeoutMs: 15_000,
      pingIntervalMs: 60_000,
    });
    connector.start();
  });
  afterAll(async () => {
    connector?.close();
    await fake.close();
  });

  it("subscribes l2 for all 10 symbols on one socket; each first frame is the full book", async () => {
    await waitFor(synced, "all symbols live");
    expect(fake.symbols).toHaveLength(10);
    expect(fake.symbols).toContain("SOLUSD");
    expect(sent()).toEqual([{ type: "subscribe", subscriptions: [{ name: "l2", symbols: fake.symbols }] }]);
    expect(probe.statusPath(sol())).toEqual(["connecting", "syncing", "live"]);
    expect(connector?.status()).toBe("live");
    expectMatchesVenue();
  });

  it("applies the recorded updates (removals as \"0.0\") and publishes trades once each", async () => {
    fake.step(250);
    await waitFor(synced, "updates processed");
    expectMatchesVenue();
    const tradeIds = probe.trades.map((t) => `${t.instrument}/${t.tradeId}`);
    expect(tradeIds.length).toBeGreaterThan(100);
    expect(new Set(tradeIds).size).toBe(tradeIds.length);
  });

  it("a crossed book is published as BOOK_CROSSED and resynced by resubscribing that symbol", async () => {
    const before = fake.received.length;
    fake.sendRaw('{"changes":[["buy","99999.0","1.0"]],"symbol":"SOLUSD","type":"l2_updates"}');
    fake.step(40);
    await waitFor(() => metrics.counter("resyncs", { venue: "gemini", instrument: sol() }) === 1 && synced(), "resync after crossed book");
    expect(probe.errors.find((e) => isArbError(e.error, "BOOK_CROSSED"))?.instrument).toBe(sol());
    expect(sent().slice(before)).toEqual([
      { type: "unsubscribe", subscriptions: [{ name: "l2", symbols: ["SOLUSD"] }] },
      { type: "subscribe", subscriptions: [{ name: "l2", symbols: ["SOLUSD"] }] },
    ]);
    expect(probe.statusPath(sol()).slice(-2)).toEqual(["resyncing", "live"]);
    expectMatchesVenue();
  });

  it("malformed frames (NaN, exponent, truncated) are FRAME_MALFORMED, never applied, and resync", async () => {
    fake.sendRaw('{"changes":[["sell","77.433","NaN"]],"symbol":"SOLUSD","type":"l2_updates"}');
    await waitFor(() => metrics.counter("parseErrors", venue) === 1 && synced(), "resync after NaN");
    fake.sendRaw('{"changes":[["sell","1e-8","1.0"]],"symbol":"SOLUSD","type":"l2_updates"}');
    await waitFor(() => metrics.counter("parseErrors", venue) === 2 && synced(), "resync after exponent");
    expect(metrics.counter("resyncs", { venue: "gemini", instrument: sol() })).toBe(3);
    fake.sendRaw('{"changes":[["buy","77.4');
    await waitFor(() => metrics.counter("parseErrors", venue) === 3 && synced(), "resync after truncated frame");
    // A truncated frame names no symbol, so every symbol is rebuilt.
    expect(metrics.counter("resyncs", { venue: "gemini", instrument: "*" })).toBe(3 + 10);
    fake.step(40);
    await waitFor(synced, "updates after malformed frames");
    const malformed = probe.errors.filter((e) => isArbError(e.error, "FRAME_MALFORMED"));
    expect(malformed.map((e) => e.error.context)).toEqual([
      expect.objectContaining({ venue: "gemini", excerpt: expect.stringContaining("NaN") }),
      expect.objectContaining({ venue: "gemini", excerpt: expect.stringContaining("1e-8") }),
      expect.objectContaining({ venue: "gemini", excerpt: '{"changes":[["buy","77.4' }),
    ]);
    expectMatchesVenue();
  });

  it("an error frame becomes a VENUE_ERROR event", async () => {
    fake.sendRaw('{"type":"error","message":"bad subscription","reason":"InvalidSymbol"}');
    await waitFor(() => metrics.counter("venueErrors", venue) === 1, "venue error");
    expect(probe.errors.at(-1)?.error.context).toEqual({ venue: "gemini", message: "bad subscription", reason: "InvalidSymbol" });
  });

  it("after a reconnect the books are rebuilt from full books, never patched (no ghost levels)", async () => {
    fake.dropConnection();
    await waitFor(() => connector?.status() === "connecting", "drop noticed");
    expect(connector?.book(sol())?.bidCount).toBe(0);
    fake.step(60); // levels are added and removed while we are away
    clock.advanceBy(100);
    await waitFor(() => fake.connections === 2 && synced(), "reconnected");
    expect(sent().at(-1)).toEqual({ type: "subscribe", subscriptions: [{ name: "l2", symbols: fake.symbols }] });
    expect(metrics.counter("reconnects", venue)).toBe(1);
    expectMatchesVenue();
  });

  it("missed heartbeats (a stalled venue) trigger a reconnect and a resubscribe", async () => {
    fake.sendHeartbeat();
    await waitFor(synced, "heartbeat processed");
    fake.stall();
    clock.advanceBy(15_000);
    await waitFor(() => connector?.status() === "connecting", "missed heartbeats detected");
    fake.resume();
    clock.advanceBy(200);
    await waitFor(() => fake.connections === 3 && synced(), "reconnected after stall");
    expectMatchesVenue();
  });

  it("plays the rest of the recording; nothing was ever published while not live; trades stay unique", async () => {
    fake.step(fake.remaining);
    await waitFor(synced, "all frames processed");
    expectMatchesVenue();
    expect(probe.violations).toEqual([]);
    const tradeIds = probe.trades.map((t) => `${t.instrument}/${t.tradeId}`);
    expect(new Set(tradeIds).size).toBe(tradeIds.length);
    expect(metrics.counter("frames", venue)).toBe(probe.recorded.filter((f) => f.dir !== "out").length);
  });

  it("replaying the session's recording, written to disk and read back, yields exactly the same book events", async () => {
    connector?.close();
    const path = join(createTempDir("arbkit-gemini-"), "session.jsonl.gz");
    const writer = createRecordingWriter({ path, header: { $arbkit: "recording/1", startedAt: 1_786_313_193, venues: ["gemini"], source: "fake venue session" } });
    for (const frame of probe.recorded) writer.write(frame);
    await writer.close();
    const replayClock = new TestClock(0);
    const replayBus = createEventBus<MarketEvents>();
    const replayed: BookEventDigest[] = [];
    replayBus.subscribe("book", (e) => replayed.push(digestBookEvent(e)));
    const replay = createGeminiConnector({ bus: replayBus, clock: replayClock, symbols: fake.symbols });
    const result = await replayRecording({ frames: readRecording(path), clock: replayClock, sinks: [replay.sink] });
    expect(result.outbound).toBe(probe.recorded.filter((f) => f.dir === "out").length);
    expect(replayed.length).toBe(probe.books.length);
    expect(replayed).toEqual(probe.books);
  });
});
