import { Decimal } from "decimal.js";
import { fixturePath, readRecording } from "../support/fixtures";
import type { FakeReplayVenue, FakeReplayVenueOptions } from "./FakeReplayVenue";
import { NaiveOrderBook } from "../support/NaiveOrderBook";
import { padNaiveOrderBook } from "./padNaiveOrderBook";
import { startFakeWsServer, type DeliveryEvent, type FakeConnection, type FrameTag } from "./startFakeWsServer";

/** The real Gemini v2 recording the fake serves (10 symbols incl. SOLUSD). */
export const GEMINI_FIXTURE = ["gemini", "v2-2026-08-09-10-symbols-incl-SOLUSD.recv.jsonl.gz"] as const;

interface ScriptFrame {
  /** Receive time in the recording (Unix s). */
  readonly recvTs: number;
  readonly symbol: string | undefined;
  readonly text: string;
  readonly changes: readonly [string, string, string][];
}

interface Conn extends FakeConnection {
  readonly symbols: Set<string>;
}

/** Options of {@link startFakeGeminiVenue}. */
export type FakeGeminiOptions = FakeReplayVenueOptions;

/** A loopback Gemini market data v2 venue serving a recording (verbatim), with faults on demand. */
export interface FakeGeminiVenue extends FakeReplayVenue {
  /** Every symbol in the recording. */
  readonly symbols: readonly string[];
  /** The venue's own book for a symbol (the reference the client must converge to). */
  truth(symbol: string): NaiveOrderBook;
  /** Plays the next `n` recorded frames verbatim (l2_updates, trades, heartbeats). Returns the number sent. */
  step(n?: number): number;
  /** Sends a malformed frame (one of several kinds, chosen by `variant`; some name `symbol`). Returns it. */
  sendMalformed(variant: number, symbol: string): string;
  /**
   * Sends a well-formed `l2_updates` whose bid crosses the venue's best ask (a venue bug). The venue's own book
   * is unchanged. Returns the crossing price, or undefined without a subscribed client.
   */
  sendCrossing(symbol: string): string | undefined;
  /**
   * Adds `levels` levels per side far from the touch to the venue's book (see `padNaiveOrderBook`) and sends them
   * as one huge `l2_updates`; every later full book carries them too.
   */
  padBook(symbol: string, levels: number): void;
}

/** Starts a {@link FakeGeminiVenue} on 127.0.0.1 with an ephemeral port. */
export async function startFakeGeminiVenue(options: FakeGeminiOptions = {}): Promise<FakeGeminiVenue> {
  const lines = options.lines ?? readRecording(fixturePath(...GEMINI_FIXTURE));
  const truth = new Map<string, NaiveOrderBook>();
  const initialTrades = new Map<string, string>();
  const script: ScriptFrame[] = [];
  let lastTs = 1786313193000;
  for (const line of lines) {
    const f = JSON.parse(line.frame) as { type: string; symbol?: string; changes?: [string, string, string][] };
    if (f.type === "l2_updates" && f.symbol !== undefined && !truth.has(f.symbol)) {
      const book = new NaiveOrderBook();
      for (const [side, price, qty] of f.changes ?? []) book.set(side === "buy" ? "bid" : "ask", price, qty);
      truth.set(f.symbol, book);
      // The raw trades array, so trade ids above 2^53 stay exact.
      const m = /"trades":(\[.*\]),"type":"l2_updates"\}$/.exec(line.frame);
      initialTrades.set(f.symbol, m?.[1] ?? "[]");
      continue;
    }
    script.push({ recvTs: line.recvTs, symbol: f.symbol, text: line.frame, changes: f.type === "l2_updates" ? (f.changes ?? []) : [] });
  }
  let cursor = 0;
  const fullBook = (symbol: string): string => {
    const book = truth.get(symbol) ?? new NaiveOrderBook();
    const changes = [
      ...book.levels("bid").map((l) => `["buy","${l.price}","${l.size}"]`),
      ...book.levels("ask").map((l) => `["sell","${l.price}","${l.size}"]`),
    ].join(",");
    return `{"auction_events":[],"changes":[${changes}],"symbol":"${symbol}","trades":${initialTrades.get(symbol) ?? "[]"},"type":"l2_updates"}`;
  };

  const server = await startFakeWsServer<Conn>({
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    accept: (ws) => ({ ws, symbols: new Set(), sent: 0 }),
    onMessage(conn, text) {
      const msg = JSON.parse(text) as { type: string; subscriptions: { name: string; symbols: string[] }[] };
      for (const sub of msg.subscriptions) {
        if (sub.name !== "l2") continue;
        for (const symbol of sub.symbols) {
          if (msg.type === "subscribe") {
            conn.symbols.add(symbol);
            server.send(conn, fullBook(symbol), { kind: "snapshot", product: symbol });
          } else {
            conn.symbols.delete(symbol);
          }
        }
      }
    },
  });

  return {
    url: server.url,
    get connections() {
      return server.connections;
    },
    received: server.received,
    get sentOnCurrent() {
      return server.current?.sent ?? 0;
    },
    get remaining() {
      return script.length - cursor;
    },
    get nextRecvTs() {
      return script[cursor]?.recvTs;
    },
    deliveries: server.deliveries,
    symbols: [...truth.keys()],
    truth: (symbol) => truth.get(symbol) ?? new NaiveOrderBook(),
    step(n = 1): number {
      let sent = 0;
      for (let i = 0; i < n && cursor < script.length; i++) {
        const frame = script[cursor++] as ScriptFrame;
        if (frame.symbol !== undefined) {
          const book = truth.get(frame.symbol) ?? new NaiveOrderBook();
          truth.set(frame.symbol, book);
          for (const [side, price, qty] of frame.changes) book.set(side === "buy" ? "bid" : "ask", price, qty);
        } else {
          const m = /"timestamp":(\d+)/.exec(frame.text);
          if (m !== null) lastTs = Number(m[1]);
        }
        const conn = server.current;
        if (conn === undefined) continue;
        if (frame.symbol !== undefined ? !conn.symbols.has(frame.symbol) : conn.symbols.size === 0) continue;
        const tag: FrameTag = frame.symbol === undefined ? { kind: "heartbeat" } : frame.changes.length > 0 ? { kind: "book", product: frame.symbol } : { kind: "other" };
        server.send(conn, frame.text, tag);
        sent++;
      }
      return sent;
    },
    dropConnection: () => server.dropConnection(),
    sendRaw(text: string): void {
      if (server.current !== undefined) server.send(server.current, text);
    },
    sendHeartbeat(): void {
      lastTs += 5000;
      if (server.current !== undefined) server.send(server.current, `{"timestamp":${lastTs},"type":"heartbeat"}`, { kind: "heartbeat" });
    },
    sendMalformed(variant: number, symbol: string): string {
      const variants = [
        `{"changes":[["buy","20.1","1.0"]],"symbol":"${symbol}","type":"l2_upd`, // truncated
        `{"changes":[["buy","NaN","1.0"]],"symbol":"${symbol}","type":"l2_updates"}`,
        `{"changes":[["buy","2e1","1.0"]],"symbol":"${symbol}","type":"l2_updates"}`,
        `{"changes":[["buy","20.1",-1]],"symbol":"${symbol}","type":"l2_updates"}`,
        `{"type":"candles_1m_updates","symbol":"${symbol}","changes":[[1,2]]}`,
      ];
      const text = variants[Math.abs(variant) % variants.length] as string;
      if (server.current !== undefined) server.send(server.current, text, { kind: "malformed" });
      return text;
    },
    sendCrossing(symbol: string): string | undefined {
      const conn = server.current;
      const ask = truth.get(symbol)?.levels("ask")[0];
      if (conn === undefined || ask === undefined || !conn.symbols.has(symbol)) return undefined;
      const decimals = ask.price.split(".")[1]?.length ?? 0;
      const price = new Decimal(ask.price).times("1.01").toDecimalPlaces(decimals, Decimal.ROUND_UP).toFixed(decimals);
      server.send(conn, `{"changes":[["buy","${price}","1.5"]],"symbol":"${symbol}","type":"l2_updates"}`, { kind: "crossing", product: symbol });
      return price;
    },
    padBook(symbol: string, levels: number): void {
      const book = truth.get(symbol);
      if (book === undefined) return;
      const before = new NaiveOrderBook();
      for (const [p, q] of book.bids) before.bids.set(p, q);
      for (const [p, q] of book.asks) before.asks.set(p, q);
      padNaiveOrderBook(book, levels);
      const changes: string[] = [];
      for (const [p, q] of book.bids) if (before.bids.get(p) !== q) changes.push(`["buy","${p}","${q}"]`);
      for (const [p, q] of book.asks) if (before.asks.get(p) !== q) changes.push(`["sell","${p}","${q}"]`);
      const conn = server.current;
      if (conn !== undefined && conn.symbols.has(symbol)) server.send(conn, `{"changes":[${changes.join(",")}],"symbol":"${symbol}","type":"l2_updates"}`, { kind: "book", product: symbol });
    },
    stall: () => server.stall(),
    resume: () => server.resume(),
    close: () => server.close(),
  };
}
