import { ArbError, SequenceTracker, createSequenceError } from "@arbkit/core";
import type { BookConnector } from "../lifecycle/BookConnector";
import { createBookConnectorBase } from "../lifecycle/createBookConnectorBase";
import { createConnectorSocket } from "../lifecycle/createConnectorSocket";
import { createFrameMalformedError } from "../lifecycle/createFrameMalformedError";
import { publishSubscriberError } from "../lifecycle/publishSubscriberError";
import { publishVenueError } from "../lifecycle/publishVenueError";
import type { RecordedFrame } from "../recording/RecordedFrame";
import { COINBASE_ENDPOINT, type CoinbaseConnectorOptions } from "./CoinbaseConnectorOptions";
import type { CoinbaseMessage } from "./CoinbaseMessage";
import { decodeCoinbaseFrame } from "./decodeCoinbaseFrame";
import { encodeCoinbaseSubscribe } from "./encodeCoinbaseSubscribe";

/**
 * Creates the Coinbase Advanced Trade L2 connector. On open it subscribes `level2` and `heartbeats` (one
 * channel per message, well within the venue's 5 s limit). `sequence_num` is one counter per connection
 * across all channels: any gap or regression is counted (`gaps`), published as `BOOK_SEQUENCE_GAP` /
 * `BOOK_SEQUENCE_REGRESSION`, and resyncs every product (a lost frame may have been anyone's); a regressed
 * frame is never applied. A malformed frame is counted (`parseErrors`), published as `FRAME_MALFORMED`,
 * never applied, and resyncs every product (it may have been a book update). Error frames become
 * `VENUE_ERROR` events (counted as `venueErrors`); one that arrives while a subscription is unanswered (the
 * venue refusing it) also reconnects after the backoff. A new connection always starts from fresh snapshots.
 *
 * @throws ArbError `ARGUMENT_INVALID` when `products` is empty; `IDENTIFIER_INVALID` for a bad venue or product.
 * @example
 * ```ts
 * const bus = createEventBus<MarketEvents>();
 * const coinbase = createCoinbaseConnector({ bus, clock: createLiveClock(), products: ["BTC-USD"] });
 * bus.subscribe(topics.book(coinbase.instrumentOf("BTC-USD")), (e) => console.log(e.book.bestBid()));
 * coinbase.start();
 * ```
 */
export function createCoinbaseConnector(options: CoinbaseConnectorOptions): BookConnector {
  const { products } = options;
  const endpoint = options.endpoint ?? COINBASE_ENDPOINT;
  const base = createBookConnectorBase(options, { venue: options.venue ?? "coinbase", symbols: products, symbolsOption: "products", endpoint });
  const { venue, metrics, status, feed, bySymbol, errors } = base;
  const labels = { venue };
  const resyncBy = options.resyncBy ?? "resubscribe";
  let conn: string | undefined;
  let sequence = new SequenceTracker({ stream: `${venue}:-` });

  const beginConnection = (id: string): void => {
    if (conn === id) return;
    const replaced = conn !== undefined;
    conn = id;
    sequence = new SequenceTracker({ stream: `${venue}:${id}` });
    // A replay sees a reconnect only as a new connection id: start again from fresh snapshots.
    if (replaced) feed.invalidateAll("syncing", `new connection ${id}`);
  };

  const resyncAll = (reason: string): void => {
    for (const id of bySymbol.values()) {
      metrics.increment("resyncs", { venue, instrument: id });
      feed.invalidate(id, "resyncing", reason);
    }
    if (resyncBy === "reconnect") {
      io.reconnect(reason);
      return;
    }
    io.send(encodeCoinbaseSubscribe("unsubscribe", "level2", products), conn);
    io.send(encodeCoinbaseSubscribe("subscribe", "level2", products), conn);
  };

  const handle = (msg: Exclude<CoinbaseMessage, { kind: "error" }>, tsInit: number): void => {
    status.setConnection("live", "receiving frames", msg.tsEvent);
    if (msg.kind === "l2") {
      for (const event of msg.events) {
        const id = bySymbol.get(event.productId);
        if (id === undefined) continue;
        const meta = { tsEvent: msg.tsEvent, tsInit, sequence: msg.sequence };
        const result = event.type === "snapshot" ? feed.applySnapshot(id, event.changes, meta) : feed.applyDelta(id, event.changes, meta);
        if (result === "rejected") resyncAll(`book rejected on ${id}`);
      }
    } else if (msg.kind === "subscriptions") {
      for (const product of msg.subscriptions.level2 ?? []) {
        const id = bySymbol.get(product);
        if (id !== undefined && status.instrument(id) === "subscribing") status.setInstrument(id, "syncing", "subscribed; awaiting snapshot", msg.tsEvent);
      }
    }
  };

  const ingest = (frame: RecordedFrame): void => {
    if (frame.dir === "out" || base.closed) return;
    beginConnection(frame.conn);
    metrics.increment("frames", labels);
    metrics.increment("bytes", labels, frame.frame.length);
    let msg: CoinbaseMessage;
    try {
      msg = decodeCoinbaseFrame(frame.frame);
    } catch (error) {
      metrics.increment("parseErrors", labels);
      publishVenueError(errors, error instanceof ArbError ? error : createFrameMalformedError(venue, frame.frame, "decoder failed", error));
      // Whatever the frame was, it may have been a lost book update: rebuild now rather than wait for the
      // next frame's gap, and restart the sequence so that gap is not counted twice.
      sequence.reset();
      resyncAll("malformed frame");
      return;
    }
    if (msg.kind === "error") {
      metrics.increment("venueErrors", labels);
      const context = { venue, message: msg.message, ...(msg.reason === undefined ? {} : { reason: msg.reason }) };
      publishVenueError(errors, new ArbError("VENUE_ERROR", `${venue}: ${msg.message}`, context));
      // An error while a subscription is still unanswered is the venue refusing it ("Failed to subscribe"):
      // nothing will arrive for those instruments on this connection, so start over after the backoff
      // rather than wait for the idle timeout. (A no-op in a replay: there is no socket.)
      if ([...bySymbol.values()].some((id) => status.instrument(id) === "subscribing")) {
        io.reconnect(`subscription refused: ${msg.reason ?? msg.message}`);
      }
      return;
    }
    const observed = sequence.observe(msg.sequence);
    if (observed.kind !== "ok") {
      metrics.increment("gaps", labels);
      publishVenueError(errors, createSequenceError(sequence.stream, observed), undefined, msg.tsEvent);
      resyncAll(`sequence ${observed.kind}: expected ${observed.expected}, got ${observed.received}`);
      // A repeated or older frame was already applied (or belongs to a lost past): never apply it again.
      if (observed.kind === "regression") return;
    }
    handle(msg, frame.recvTs * 1000);
  };

  const io = createConnectorSocket(options, {
    venue,
    url: endpoint,
    idleTimeoutMs: options.idleTimeoutMs ?? 5_000,
    onConnecting: (id) => {
      beginConnection(id);
      status.setConnection("connecting", `opening ${id}`);
    },
    onOpen: (id) => {
      status.setConnection("subscribing", `${id} open`);
      status.setAllInstruments("subscribing", "subscribe sent");
      io.send(encodeCoinbaseSubscribe("subscribe", "level2", products), id);
      io.send(encodeCoinbaseSubscribe("subscribe", "heartbeats", products), id);
    },
    onFrame: ingest,
    onSubscriberError: (error) => publishSubscriberError(errors, error),
    onDown: (id, reason) => base.connectionLost(id, reason),
  });

  return base.toConnector(ingest, io);
}
