import { TestClock, createEventBus, type InstrumentId, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createCoinbaseConnector, createGeminiConnector, createInMemoryConnectorMetrics, type BookConnector, type InMemoryConnectorMetrics } from "@arbkit/connectors";
import { NaiveOrderBook, normalizeLevels, type NaiveLevel } from "../../support/NaiveOrderBook";

/** A CEX connector fed only through its public FrameSink, with everything it publishes collected. */
export interface CexSinkHarness {
  readonly connector: BookConnector;
  readonly instrument: InstrumentId;
  readonly metrics: InMemoryConnectorMetrics;
  readonly errors: VenueErrorEvent[];
  /** Book events published, in order. */
  readonly bookEvents: string[];
  /** Book events published while the instrument was not live (must stay empty). */
  readonly violations: string[];
  /** Feeds one raw inbound frame on connection `conn`. */
  ingest(frame: string, conn?: string): void;
  /** The connector's book, normalized, for comparison with a {@link NaiveOrderBook}. */
  levels(): { bids: NaiveLevel[]; asks: NaiveLevel[] };
}

type Levels = readonly (readonly [price: string, size: string])[];

/** Builds the reference book of a snapshot. */
export function referenceOf(bids: Levels, asks: Levels): { bids: NaiveLevel[]; asks: NaiveLevel[] } {
  const book = new NaiveOrderBook();
  for (const [p, s] of bids) book.set("bid", p, s);
  for (const [p, s] of asks) book.set("ask", p, s);
  return { bids: book.levels("bid"), asks: book.levels("ask") };
}

const START_MS = 1_786_309_548_000;

function createHarness(venue: "coinbase" | "gemini"): CexSinkHarness {
  const clock = new TestClock(START_MS);
  const bus = createEventBus<MarketEvents>();
  const metrics = createInMemoryConnectorMetrics();
  const connector =
    venue === "coinbase"
      ? createCoinbaseConnector({ bus, clock, metrics, products: ["BTC-USD"] })
      : createGeminiConnector({ bus, clock, metrics, symbols: ["SOLUSD"] });
  const instrument = connector.instruments[0] as InstrumentId;
  const errors: VenueErrorEvent[] = [];
  const bookEvents: string[] = [];
  const violations: string[] = [];
  bus.subscribe("error", (e) => errors.push(e));
  bus.subscribe("book", (e) => {
    bookEvents.push(`${e.type} ${e.instrument}`);
    if (connector.status(e.instrument) !== "live") violations.push(`${e.type} while ${String(connector.status(e.instrument))}`);
  });
  return {
    connector,
    instrument,
    metrics,
    errors,
    bookEvents,
    violations,
    ingest(frame, conn = "c1") {
      clock.advanceBy(10);
      connector.sink.ingest({ recvTs: clock.now() / 1000, venue, conn, frame });
    },
    levels() {
      const book = connector.book(instrument);
      return { bids: normalizeLevels(book?.depth("bid") ?? []), asks: normalizeLevels(book?.depth("ask") ?? []) };
    },
  };
}

/** The snapshot every Coinbase case starts from: BTC-USD bid 100.00 / ask 101.00. */
export const COINBASE_SNAPSHOT = { bids: [["100.00", "1.5"], ["99.50", "2"]], asks: [["101.00", "0.75"], ["102.00", "3"]] } as const;
/** The full book every Gemini case starts from: SOLUSD bid 77.40 / ask 77.50. */
export const GEMINI_SNAPSHOT = { bids: [["77.40", "10"], ["77.30", "5"]], asks: [["77.50", "8"], ["77.60", "4"]] } as const;

/** A Coinbase `l2_data` snapshot frame for BTC-USD. */
export function coinbaseSnapshotFrame(sequence: number, bids: Levels, asks: Levels): string {
  const ts = "2026-08-09T21:05:48.500000000Z";
  const u = (side: string, [price, size]: readonly [string, string]) => ({ side, event_time: ts, price_level: price, new_quantity: size });
  return JSON.stringify({ channel: "l2_data", client_id: "", timestamp: ts, sequence_num: sequence, events: [{ type: "snapshot", product_id: "BTC-USD", updates: [...bids.map((l) => u("bid", l)), ...asks.map((l) => u("offer", l))] }] });
}

/** A Gemini first `l2_updates` (full book) frame for SOLUSD. */
export function geminiFullBookFrame(bids: Levels, asks: Levels): string {
  return JSON.stringify({ type: "l2_updates", symbol: "SOLUSD", changes: [...bids.map(([p, s]) => ["buy", p, s]), ...asks.map(([p, s]) => ["sell", p, s])], trades: [], auction_events: [] });
}

/** A live Coinbase connector (BTC-USD snapshot applied at sequence 1). */
export function createLiveCoinbaseHarness(): CexSinkHarness {
  const h = createHarness("coinbase");
  h.ingest(coinbaseSnapshotFrame(1, COINBASE_SNAPSHOT.bids, COINBASE_SNAPSHOT.asks));
  return h;
}

/** A live Gemini connector (SOLUSD full book applied). */
export function createLiveGeminiHarness(): CexSinkHarness {
  const h = createHarness("gemini");
  h.ingest(geminiFullBookFrame(GEMINI_SNAPSHOT.bids, GEMINI_SNAPSHOT.asks));
  return h;
}
