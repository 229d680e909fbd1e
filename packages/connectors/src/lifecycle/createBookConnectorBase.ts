import { ArbError, instrumentId, venueId } from "@arbkit/core";
import type { InstrumentId, VenueId } from "@arbkit/core";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import { createNoopConnectorMetrics } from "../metrics/createNoopConnectorMetrics";
import type { FrameSink } from "../recording/FrameSink";
import type { BookConnector } from "./BookConnector";
import type { BookConnectorOptions } from "./BookConnectorOptions";
import { createBookFeed, type BookFeed } from "./createBookFeed";
import type { ConnectorSocket } from "./createConnectorSocket";
import { createStatusTracker, type StatusTracker } from "./createStatusTracker";
import { publishVenueError, type VenueErrorTarget } from "./publishVenueError";

/** What a venue tells {@link createBookConnectorBase}. */
export interface BookConnectorBaseSpec {
  /** The venue id (the option, or the venue's default). */
  readonly venue: string;
  /** Venue symbols to track (at least one). */
  readonly symbols: readonly string[];
  /** The option name of `symbols`, for the error message (`products`, `symbols`). */
  readonly symbolsOption: string;
  /** The endpoint in use, for `CONNECTION_FAILED` contexts. */
  readonly endpoint: string;
}

/** The venue-independent half of a WebSocket book connector. */
export interface BookConnectorBase {
  readonly venue: VenueId;
  readonly metrics: ConnectorMetrics;
  readonly status: StatusTracker;
  readonly feed: BookFeed;
  /** Venue symbol → instrument id, in option order. */
  readonly bySymbol: ReadonlyMap<string, InstrumentId>;
  /** Target for {@link publishVenueError}. */
  readonly errors: VenueErrorTarget;
  /** Whether `close()` was called (late socket callbacks and frames must then do nothing). */
  readonly closed: boolean;
  /** The socket went down: publishes `CONNECTION_FAILED`, clears every book (status `connecting`). */
  connectionLost(conn: string, reason: string): void;
  /** Builds the public {@link BookConnector} around the venue's sink and socket. */
  toConnector(ingest: FrameSink["ingest"], io: ConnectorSocket): BookConnector;
}

/**
 * Creates a {@link BookConnectorBase}: venue id, metrics, status tracker, book feed and one tracked instrument
 * per symbol, plus the connection-loss handling and `close()` every book connector shares.
 *
 * @throws ArbError `ARGUMENT_INVALID` when `symbols` is empty; `IDENTIFIER_INVALID` for a bad venue or symbol.
 * @example
 * ```ts
 * const base = createBookConnectorBase(options, { venue: options.venue ?? "gemini", symbols, symbolsOption: "symbols", endpoint });
 * ```
 */
export function createBookConnectorBase(options: BookConnectorOptions, spec: BookConnectorBaseSpec): BookConnectorBase {
  const { bus, clock } = options;
  if (spec.symbols.length === 0) {
    throw new ArbError("ARGUMENT_INVALID", `${spec.venue} connector needs at least one of ${spec.symbolsOption}`, { name: spec.symbolsOption, value: spec.symbols, reason: "empty" });
  }
  const venue = venueId(spec.venue);
  const metrics = options.metrics ?? createNoopConnectorMetrics();
  const status = createStatusTracker({ venue, bus, clock, metrics });
  const feed = createBookFeed({ venue, bus, clock, status, metrics, staleAfterMs: options.staleAfterMs ?? 60_000, ...(options.createBook === undefined ? {} : { createBook: options.createBook }) });
  const bySymbol = new Map<string, InstrumentId>();
  for (const symbol of spec.symbols) {
    const id = instrumentId(venue, symbol);
    bySymbol.set(symbol, id);
    feed.track(id);
  }
  const errors: VenueErrorTarget = { bus, clock, venue };
  let closed = false;
  return {
    venue,
    metrics,
    status,
    feed,
    bySymbol,
    errors,
    get closed() {
      return closed;
    },
    connectionLost(conn: string, reason: string): void {
      if (closed) return;
      publishVenueError(errors, new ArbError("CONNECTION_FAILED", `${venue}: ${reason}`, { venue, endpoint: spec.endpoint, reason }));
      // Never patch a book across connections: every instrument starts again from a full book.
      feed.invalidateAll("connecting", `connection ${conn} lost: ${reason}`);
      status.setConnection("connecting", `reconnecting after: ${reason}`);
    },
    toConnector(ingest: FrameSink["ingest"], io: ConnectorSocket): BookConnector {
      return {
        venue,
        instruments: [...bySymbol.values()],
        sink: { venue, ingest },
        start: () => io.start(),
        close(): void {
          if (closed) return;
          closed = true;
          io.close();
          feed.close();
          status.setAllInstruments("closed", "connector closed");
          status.setConnection("closed", "connector closed");
        },
        status: (instrument?: InstrumentId) => (instrument === undefined ? status.connection() : status.instrument(instrument)),
        book: (instrument: InstrumentId) => feed.book(instrument),
        instrumentOf: (symbol: string) => instrumentId(venue, symbol),
      };
    },
  };
}
