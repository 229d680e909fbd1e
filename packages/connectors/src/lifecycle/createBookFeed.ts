import { ArbError, OrderBook, deepFreeze, topics } from "@arbkit/core";
import type { Clock, EventBus, InstrumentId, LevelChange, MarketEvents, PriceLevel, UnixMs, VenueId } from "@arbkit/core";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import type { StatusTracker } from "./createStatusTracker";
import { createStalenessWatch } from "./createStalenessWatch";
import { publishVenueError } from "./publishVenueError";

/** Timing and sequence of one venue frame's book data. */
export interface BookFrameMeta {
  /** Venue time of the data (Unix ms); receive time when the venue sends none. */
  readonly tsEvent: UnixMs;
  /** Receive time (Unix ms). */
  readonly tsInit: UnixMs;
  /** The venue's sequence number, when it has one. */
  readonly sequence: number | undefined;
}

/**
 * What applying book data did: `applied` (published), `ignored` (the instrument was not live, e.g. an update
 * while resyncing: counted as `droppedUpdates`), `rejected` (the data was invalid or left the book crossed:
 * the book was cleared, an error event published and the instrument set `resyncing`; the caller must resync).
 */
export type BookApplyResult = "applied" | "ignored" | "rejected";

/** Options for {@link createBookFeed}. */
export interface BookFeedOptions {
  readonly venue: VenueId;
  readonly bus: EventBus<MarketEvents>;
  readonly clock: Clock;
  /** Holds and publishes instrument statuses. */
  readonly status: StatusTracker;
  readonly metrics: ConnectorMetrics;
  /** A live instrument without any update for this long (ms) becomes `stale` until its next update. */
  readonly staleAfterMs: number;
  /** Makes an instrument's book. @default `new OrderBook({ instrument })` (scales inferred) */
  readonly createBook?: (instrument: InstrumentId) => OrderBook;
}

/**
 * The books of one connector's instruments, gated by status: nothing is published for an instrument unless
 * it is `live` (a snapshot makes it live; an update to a non-live instrument is dropped and counted). Every
 * batch is applied atomically by the core {@link OrderBook}; a batch that is invalid or crosses the book
 * clears it and asks for a resync. State is updated before the event is published.
 */
export interface BookFeed {
  /** Starts tracking an instrument (status `connecting`, empty book). */
  track(instrument: InstrumentId): void;
  /** An instrument's book, or `undefined` when not tracked. */
  book(instrument: InstrumentId): OrderBook | undefined;
  /** Replaces the book with a full snapshot, makes the instrument `live` and publishes the snapshot. */
  applySnapshot(instrument: InstrumentId, levels: readonly LevelChange[], meta: BookFrameMeta): BookApplyResult;
  /** Applies level changes to a live (or stale) book and publishes them. */
  applyDelta(instrument: InstrumentId, changes: readonly LevelChange[], meta: BookFrameMeta): BookApplyResult;
  /** Clears the book and sets the status (`connecting`, `syncing` or `resyncing`): its data can no longer be trusted. */
  invalidate(instrument: InstrumentId, status: "connecting" | "subscribing" | "syncing" | "resyncing", reason: string): void;
  /** {@link BookFeed.invalidate} for every tracked instrument. */
  invalidateAll(status: "connecting" | "subscribing" | "syncing" | "resyncing", reason: string): void;
  /** Stops the staleness timers. */
  close(): void;
}

/**
 * Creates a {@link BookFeed}.
 *
 * @example
 * ```ts
 * const feed = createBookFeed({ venue, bus, clock, status, metrics, staleAfterMs: 60_000 });
 * feed.track(btc);
 * if (feed.applyDelta(btc, changes, meta) === "rejected") resubscribe(btc);
 * ```
 */
export function createBookFeed(options: BookFeedOptions): BookFeed {
  const { venue, bus, clock, status, metrics } = options;
  const createBook = options.createBook ?? ((instrument: InstrumentId) => new OrderBook({ instrument }));
  const books = new Map<InstrumentId, OrderBook>();
  // One topic string per instrument, built once: the bus looks topics up by value on every publish.
  const bookTopics = new Map<InstrumentId, ReturnType<typeof topics.book>>();
  const topicOf = (instrument: InstrumentId): ReturnType<typeof topics.book> => {
    let topic = bookTopics.get(instrument);
    if (topic === undefined) bookTopics.set(instrument, (topic = topics.book(instrument)));
    return topic;
  };
  const stale = createStalenessWatch<InstrumentId>({
    clock,
    staleAfterMs: options.staleAfterMs,
    onStale: (instrument, lastSeen) => {
      if (status.isLive(instrument)) status.setInstrument(instrument, "stale", `no book update for ${options.staleAfterMs} ms`, lastSeen);
    },
  });
  const reject = (instrument: InstrumentId, book: OrderBook, error: unknown, meta: BookFrameMeta): BookApplyResult => {
    book.clear();
    stale.forget(instrument);
    const arbError =
      error instanceof ArbError
        ? error
        : new ArbError("STATE_INVALID", `Book update failed on ${instrument}`, { component: "BookFeed", state: String(status.instrument(instrument)), action: "apply" }, { cause: error });
    publishVenueError({ bus, clock, venue }, arbError, instrument, meta.tsEvent);
    status.setInstrument(instrument, "resyncing", `${arbError.code}: ${arbError.shortMessage}`, meta.tsEvent);
    return "rejected";
  };
  const touched = (instrument: InstrumentId, book: OrderBook, meta: BookFrameMeta): void => {
    stale.touch(instrument);
    const labels = { venue, instrument };
    metrics.setGauge("bookUpdatedAt", labels, meta.tsInit);
    metrics.setGauge("bookLevels", labels, book.bidCount + book.askCount);
  };
  const invalidate = (instrument: InstrumentId, next: "connecting" | "subscribing" | "syncing" | "resyncing", reason: string): void => {
    books.get(instrument)?.clear();
    stale.forget(instrument);
    status.setInstrument(instrument, next, reason);
  };
  return {
    track(instrument: InstrumentId): void {
      if (books.has(instrument)) return;
      books.set(instrument, createBook(instrument));
      status.setInstrument(instrument, "connecting", "tracking started");
    },
    book: (instrument: InstrumentId) => books.get(instrument),
    applySnapshot(instrument: InstrumentId, levels: readonly LevelChange[], meta: BookFrameMeta): BookApplyResult {
      const book = books.get(instrument);
      if (book === undefined) return "ignored";
      const bids: PriceLevel[] = [];
      const asks: PriceLevel[] = [];
      for (const level of levels) (level.side === "bid" ? bids : asks).push(level);
      try {
        book.applySnapshot(bids, asks);
      } catch (error) {
        return reject(instrument, book, error, meta);
      }
      touched(instrument, book, meta);
      status.setInstrument(instrument, "live", "snapshot applied", meta.tsEvent);
      bus.publish(topicOf(instrument), { type: "snapshot", venue, instrument, sequence: meta.sequence, book, tsEvent: meta.tsEvent, tsInit: meta.tsInit });
      return "applied";
    },
    applyDelta(instrument: InstrumentId, changes: readonly LevelChange[], meta: BookFrameMeta): BookApplyResult {
      const book = books.get(instrument);
      const current = status.instrument(instrument);
      if (book === undefined || (current !== "live" && current !== "stale")) {
        metrics.increment("droppedUpdates", { venue, instrument });
        return "ignored";
      }
      try {
        book.applyChanges(changes);
      } catch (error) {
        return reject(instrument, book, error, meta);
      }
      touched(instrument, book, meta);
      if (current === "stale") status.setInstrument(instrument, "live", "update received", meta.tsEvent);
      // Built frozen (the decoders freeze each change and the batch as they build them, so freezing the batch
      // here is one check; another caller's unfrozen batch is frozen once): the bus's deep freeze stops there.
      bus.publish(
        topicOf(instrument),
        Object.freeze({ type: "delta", venue, instrument, sequence: meta.sequence, changes: deepFreeze(changes), book, tsEvent: meta.tsEvent, tsInit: meta.tsInit }),
      );
      return "applied";
    },
    invalidate,
    invalidateAll(next: "connecting" | "subscribing" | "syncing" | "resyncing", reason: string): void {
      for (const instrument of books.keys()) invalidate(instrument, next, reason);
    },
    close(): void {
      stale.clear();
    },
  };
}
