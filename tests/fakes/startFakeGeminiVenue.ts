import { fixturePath, readRecording } from "../support/fixtures";
import { NaiveBook } from "./NaiveBook";
import { startFakeWsServer, type FakeConnection } from "./startFakeWsServer";

/** The real Gemini v2 recording the fake serves (10 symbols incl. SOLUSD). */
export const GEMINI_FIXTURE = ["gemini", "v2-2026-08-09-10-symbols-incl-SOLUSD.recv.jsonl.gz"] as const;

interface ScriptFrame {
  readonly symbol: string | undefined;
  readonly text: string;
  readonly changes: readonly [string, string, string][];
}

interface Conn extends FakeConnection {
  readonly symbols: Set<string>;
}

/** A loopback Gemini market data v2 venue serving the real recording (verbatim), with faults on demand. */
export interface FakeGeminiVenue {
  /** `ws://127.0.0.1:<port>`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Every text message clients sent, in order. */
  readonly received: readonly string[];
  /** Frames sent on the current connection. */
  readonly sentOnCurrent: number;
  /** Script frames not yet played. */
  readonly remaining: number;
  /** Every symbol in the recording. */
  readonly symbols: readonly string[];
  /** The venue's own book for a symbol (the reference the client must converge to). */
  truth(symbol: string): NaiveBook;
  /** Plays the next `n` recorded frames verbatim (l2_updates, trades, heartbeats). Returns the number sent. */
  step(n?: number): number;
  /** Closes the current connection abruptly. */
  dropConnection(): void;
  /** Sends raw text (malformed, truncated, crossing …). */
  sendRaw(text: string): void;
  /** Sends a heartbeat. */
  sendHeartbeat(): void;
  /** Stops sending anything until {@link FakeGeminiVenue.resume}. */
  stall(): void;
  /** Ends a stall. */
  resume(): void;
  /** Shuts the server down. */
  close(): Promise<void>;
}

/** Starts a {@link FakeGeminiVenue} on 127.0.0.1 with an ephemeral port. */
export async function startFakeGeminiVenue(): Promise<FakeGeminiVenue> {
  const lines = readRecording(fixturePath(...GEMINI_FIXTURE));
  const truth = new Map<string, NaiveBook>();
  const initialTrades = new Map<string, string>();
  const script: ScriptFrame[] = [];
  let lastTs = 1786313193000;
  for (const line of lines) {
    const f = JSON.parse(line.frame) as { type: string; symbol?: string; changes?: [string, string, string][] };
    if (f.type === "l2_updates" && f.symbol !== undefined && !truth.has(f.symbol)) {
      const book = new NaiveBook();
      for (const [side, price, qty] of f.changes ?? []) book.apply(side === "buy" ? "bid" : "ask", price, qty);
      truth.set(f.symbol, book);
      // The raw trades array, so trade ids above 2^53 stay exact.
      const m = /"trades":(\[.*\]),"type":"l2_updates"\}$/.exec(line.frame);
      initialTrades.set(f.symbol, m?.[1] ?? "[]");
      continue;
    }
    script.push({ symbol: f.symbol, text: line.frame, changes: f.type === "l2_updates" ? (f.changes ?? []) : [] });
  }
  let cursor = 0;
  const fullBook = (symbol: string): string => {
    const book = truth.get(symbol) ?? new NaiveBook();
    const changes = [
      ...book.levels("bid").map((l) => `["buy","${l.price}","${l.size}"]`),
      ...book.levels("ask").map((l) => `["sell","${l.price}","${l.size}"]`),
    ].join(",");
    return `{"auction_events":[],"changes":[${changes}],"symbol":"${symbol}","trades":${initialTrades.get(symbol) ?? "[]"},"type":"l2_updates"}`;
  };

  const server = await startFakeWsServer<Conn>({
    accept: (ws) => ({ ws, symbols: new Set(), sent: 0 }),
    onMessage(conn, text) {
      const msg = JSON.parse(text) as { type: string; subscriptions: { name: string; symbols: string[] }[] };
      for (const sub of msg.subscriptions) {
        if (sub.name !== "l2") continue;
        for (const symbol of sub.symbols) {
          if (msg.type === "subscribe") {
            conn.symbols.add(symbol);
            server.send(conn, fullBook(symbol));
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
    symbols: [...truth.keys()],
    truth: (symbol) => truth.get(symbol) ?? new NaiveBook(),
    step(n = 1): number {
      let sent = 0;
      for (let i = 0; i < n && cursor < script.length; i++) {
        const frame = script[cursor++] as ScriptFrame;
        if (frame.symbol !== undefined) {
          const book = truth.get(frame.symbol) ?? new NaiveBook();
          truth.set(frame.symbol, book);
          for (const [side, price, qty] of frame.changes) book.apply(side === "buy" ? "bid" : "ask", price, qty);
        } else {
          const m = /"timestamp":(\d+)/.exec(frame.text);
          if (m !== null) lastTs = Number(m[1]);
        }
        const conn = server.current;
        if (conn === undefined || server.stalled) continue;
        if (frame.symbol !== undefined ? !conn.symbols.has(frame.symbol) : conn.symbols.size === 0) continue;
        server.send(conn, frame.text);
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
      if (server.current !== undefined) server.send(server.current, `{"timestamp":${lastTs},"type":"heartbeat"}`);
    },
    stall(): void {
      server.stalled = true;
    },
    resume(): void {
      server.stalled = false;
    },
    close: () => server.close(),
  };
}
