import { ArbError } from "@arbkit/core";
import type { InstrumentId } from "@arbkit/core";
import type { BookConnector } from "../lifecycle/BookConnector";
import { createBookConnectorBase } from "../lifecycle/createBookConnectorBase";
import { createConnectorSocket } from "../lifecycle/createConnectorSocket";
import { createFrameMalformedError } from "../lifecycle/createFrameMalformedError";
import { publishSubscriberError } from "../lifecycle/publishSubscriberError";
import { publishVenueError } from "../lifecycle/publishVenueError";
import type { RecordedFrame } from "../recording/RecordedFrame";
import { GEMINI_ENDPOINT, type GeminiConnectorOptions } from "./GeminiConnectorOptions";
import { createGeminiTradePublisher } from "./createGeminiTradePublisher";
import { decodeGeminiFrame } from "./decodeGeminiFrame";
import { encodeGeminiSubscribe } from "./encodeGeminiSubscribe";
import type { GeminiMessage } from "./GeminiMessage";

const SYMBOL = /"symbol"\s*:\s*"([^"]{1,64})"/;

/**
 * Creates the Gemini market data v2 L2 connector: one socket, `l2` for every symbol. v2 has no sequence
 * numbers, so a book is only ever rebuilt from a full book: after a (re)connect the first `l2_updates` per
 * symbol is taken as the full book; after a resubscribe on the same socket only a frame that carries
 * `trades`/`auction_events` (the full-book marker) is, so in-flight updates of the old subscription are
 * never mistaken for it. Resyncs happen after a reconnect, after missed heartbeats (idle timeout → reconnect),
 * on a crossed or invalid book, and on a malformed frame (an update was lost; its symbol is resubscribed, or
 * every symbol when it cannot be told). An old book is never patched after a reconnect (ccxt #29210).
 * Trades (in full books and `trade` frames) are published once each.
 *
 * `tsEvent` of book events is the receive time: v2 book frames carry no venue time.
 *
 * @throws ArbError `ARGUMENT_INVALID` when `symbols` is empty; `IDENTIFIER_INVALID` for a bad venue or symbol.
 * @example
 * ```ts
 * const gemini = createGeminiConnector({ bus, clock: createLiveClock(), symbols: ["SOLUSD", "BTCUSD"] });
 * gemini.start();
 * ```
 */
export function createGeminiConnector(options: GeminiConnectorOptions): BookConnector {
  const { bus, symbols } = options;
  const endpoint = options.endpoint ?? GEMINI_ENDPOINT;
  const base = createBookConnectorBase(options, { venue: options.venue ?? "gemini", symbols, symbolsOption: "symbols", endpoint });
  const { venue, metrics, status, feed, bySymbol, errors } = base;
  const labels = { venue };
  const publishTrades = createGeminiTradePublisher(bus, venue);
  // What the next full book of each symbol looks like: the first frame (fresh subscription on a new socket)
  // or only a marked one (resubscribed on a socket that may still deliver the old subscription's updates).
  const awaiting = new Map<InstrumentId, "first" | "marked">();
  let conn: string | undefined;

  const beginConnection = (id: string): void => {
    if (conn === id) return;
    const replaced = conn !== undefined;
    conn = id;
    for (const instrument of bySymbol.values()) awaiting.set(instrument, "first");
    // A replay sees a reconnect only as a new connection id: start again from full books.
    if (replaced) feed.invalidateAll("syncing", `new connection ${id}`);
  };

  const resync = (ids: readonly InstrumentId[], reason: string): void => {
    const names: string[] = [];
    for (const [symbol, id] of bySymbol) {
      if (!ids.includes(id)) continue;
      names.push(symbol);
      metrics.increment("resyncs", { venue, instrument: id });
      feed.invalidate(id, "resyncing", reason);
      awaiting.set(id, "marked");
    }
    io.send(encodeGeminiSubscribe("unsubscribe", names), conn);
    io.send(encodeGeminiSubscribe("subscribe", names), conn);
  };

  const onL2 = (msg: Extract<GeminiMessage, { kind: "l2" }>, tsInit: number): void => {
    const id = bySymbol.get(msg.symbol);
    if (id === undefined) return;
    const meta = { tsEvent: tsInit, tsInit, sequence: undefined };
    const current = status.instrument(id);
    if (current === "live" || current === "stale") {
      if (feed.applyDelta(id, msg.changes, meta) === "rejected") resync([id], `book rejected on ${id}`);
    } else {
      const want = awaiting.get(id);
      if (want === "first" || (want === "marked" && msg.initial)) {
        awaiting.delete(id);
        if (feed.applySnapshot(id, msg.changes, meta) === "rejected") resync([id], `full book rejected on ${id}`);
      } else {
        metrics.increment("droppedUpdates", { venue, instrument: id });
      }
    }
    publishTrades(id, msg.trades, tsInit);
  };

  const ingest = (frame: RecordedFrame): void => {
    if (frame.dir === "out" || base.closed) return;
    beginConnection(frame.conn);
    metrics.increment("frames", labels);
    metrics.increment("bytes", labels, frame.frame.length);
    const tsInit = frame.recvTs * 1000;
    let msg: GeminiMessage;
    try {
      msg = decodeGeminiFrame(frame.frame);
    } catch (error) {
      metrics.increment("parseErrors", labels);
      const symbol = SYMBOL.exec(frame.frame.slice(0, 4096))?.[1];
      const id = symbol === undefined ? undefined : bySymbol.get(symbol);
      publishVenueError(errors, error instanceof ArbError ? error : createFrameMalformedError(venue, frame.frame, "decoder failed", error), id);
      // No sequence numbers: a lost update is only repaired by a fresh full book.
      resync(id === undefined ? [...bySymbol.values()] : [id], "malformed frame");
      return;
    }
    status.setConnection("live", "receiving frames");
    switch (msg.kind) {
      case "l2":
        onL2(msg, tsInit);
        return;
      case "trade": {
        const id = bySymbol.get(msg.trade.symbol);
        if (id !== undefined) publishTrades(id, [msg.trade], tsInit);
        return;
      }
      case "heartbeat":
        return;
      case "error": {
        metrics.increment("venueErrors", labels);
        const context = { venue, message: msg.message, ...(msg.reason === undefined ? {} : { reason: msg.reason }) };
        publishVenueError(errors, new ArbError("VENUE_ERROR", `${venue}: ${msg.message}`, context));
        return;
      }
    }
  };

  const io = createConnectorSocket(options, {
    venue,
    url: endpoint,
    idleTimeoutMs: options.idleTimeoutMs ?? 15_000,
    onConnecting: (id) => {
      beginConnection(id);
      status.setConnection("connecting", `opening ${id}`);
    },
    onOpen: (id) => {
      status.setConnection("subscribing", `${id} open`);
      io.send(encodeGeminiSubscribe("subscribe", symbols), id);
      status.setAllInstruments("syncing", "subscribe sent (v2 sends no acknowledgement)");
    },
    onFrame: ingest,
    onSubscriberError: (error) => publishSubscriberError(errors, error),
    onDown: (id, reason) => base.connectionLost(id, reason),
  });

  return base.toConnector(ingest, io);
}
