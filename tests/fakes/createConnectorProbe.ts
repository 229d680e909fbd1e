import type { BookEvent, EventBus, InstrumentId, MarketEvents, StatusEvent, TradeEvent, VenueErrorEvent } from "@arbkit/core";
import type { BookConnector, RecordedFrame } from "@arbkit/connectors";

/** A book event reduced, at publish time, to values that can be compared across runs. */
export interface BookEventDigest {
  readonly type: BookEvent["type"];
  readonly instrument: string;
  readonly sequence: number | undefined;
  readonly tsEvent: number;
  readonly tsInit: number;
  readonly changes: number;
  readonly bestBid: string | undefined;
  readonly bestAsk: string | undefined;
  readonly levels: number;
  /** The ten best levels of each side, joined. */
  readonly top: string;
}

/** Collects what a connector publishes, and checks that no book event is published while not live. */
export interface ConnectorProbe {
  readonly books: BookEventDigest[];
  readonly statuses: StatusEvent[];
  readonly errors: VenueErrorEvent[];
  readonly trades: TradeEvent[];
  /** Book events published while the instrument's status was not `live`. Must stay empty. */
  readonly violations: string[];
  /** Every frame the connector recorded (in and out). */
  readonly recorded: RecordedFrame[];
  /** The instrument statuses published, in order (`status` values only). */
  statusPath(instrument: InstrumentId): string[];
  /** Inbound frames recorded on the connector's latest connection. */
  inboundOnLatest(): number;
  /** Error codes published so far. */
  errorCodes(): string[];
}

/** Builds a {@link ConnectorProbe}; `connector` is read lazily (subscribe before creating the connector). */
export function createConnectorProbe(bus: EventBus<MarketEvents>, connector: () => BookConnector | undefined): ConnectorProbe {
  const probe: ConnectorProbe = {
    books: [],
    statuses: [],
    errors: [],
    trades: [],
    violations: [],
    recorded: [],
    statusPath: (instrument) => probe.statuses.filter((s) => s.instrument === instrument).map((s) => s.status),
    inboundOnLatest(): number {
      const inbound = probe.recorded.filter((f) => f.dir !== "out");
      const last = inbound[inbound.length - 1]?.conn;
      return inbound.filter((f) => f.conn === last).length;
    },
    errorCodes: () => probe.errors.map((e) => e.error.code),
  };
  bus.subscribe("book", (e) => {
    const status = connector()?.status(e.instrument);
    if (status !== "live") probe.violations.push(`${e.type} on ${e.instrument} while ${String(status)}`);
    probe.books.push(digestBookEvent(e));
  });
  bus.subscribe("status", (e) => probe.statuses.push(e));
  bus.subscribe("error", (e) => probe.errors.push(e));
  bus.subscribe("trade", (e) => probe.trades.push(e));
  return probe;
}

/** Reduces a book event to a {@link BookEventDigest}. */
export function digestBookEvent(e: BookEvent): BookEventDigest {
  const top = [...e.book.depth("bid", 10), ...e.book.depth("ask", 10)].map((l) => `${l.price}@${l.size}`).join(",");
  return {
    type: e.type,
    instrument: e.instrument,
    sequence: e.sequence,
    tsEvent: e.tsEvent,
    tsInit: e.tsInit,
    changes: e.type === "delta" ? e.changes.length : 0,
    bestBid: e.book.bestBid()?.price,
    bestAsk: e.book.bestAsk()?.price,
    levels: e.book.bidCount + e.book.askCount,
    top,
  };
}
