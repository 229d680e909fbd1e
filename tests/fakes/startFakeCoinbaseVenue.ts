import { fixturePath, readRecording } from "../support/fixtures";
import { NaiveBook } from "./NaiveBook";
import { startFakeWsServer, type FakeConnection } from "./startFakeWsServer";

/** The real Coinbase Advanced Trade recording the fake serves (BTC-USD and ETH-USD). */
export const COINBASE_FIXTURE = ["coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"] as const;

interface ScriptFrame {
  readonly channel: "l2_data" | "heartbeats";
  readonly product: string | undefined;
  readonly text: string;
  readonly updates: readonly { side: string; price_level: string; new_quantity: string }[];
  readonly timestamp: string;
}

interface Conn extends FakeConnection {
  seq: number;
  readonly level2: Set<string>;
  heartbeats: boolean;
}

/** A loopback Coinbase Advanced Trade venue serving the real recording, with faults on demand. */
export interface FakeCoinbaseVenue {
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
  /** The venue's own book for a product (the reference the client must converge to). */
  truth(product: string): NaiveBook;
  /** Plays the next `n` recorded frames (l2 updates and heartbeats); frames for unsubscribed products only move the truth. Returns the number sent. */
  step(n?: number): number;
  /** Closes the current connection abruptly. */
  dropConnection(): void;
  /** The next recorded frame for this connection is lost: its sequence number is used, it is never sent. */
  skipSequence(): void;
  /** The next frame repeats the previous sequence number. */
  repeatSequence(): void;
  /** Sends raw text (malformed, truncated …) without using a sequence number. */
  sendRaw(text: string): void;
  /** Sends `{"type":"error","message":…}`. */
  sendError(message: string): void;
  /** Sends a fresh snapshot of a product (BTC-USD: ~46,000 levels, several MB) with the next sequence number. */
  sendSnapshot(product: string): void;
  /** Stops sending anything (heartbeats included) until {@link FakeCoinbaseVenue.resume}. */
  stall(): void;
  /** Ends a stall. */
  resume(): void;
  /** Shuts the server down. */
  close(): Promise<void>;
}

/** Starts a {@link FakeCoinbaseVenue} on 127.0.0.1 with an ephemeral port. */
export async function startFakeCoinbaseVenue(): Promise<FakeCoinbaseVenue> {
  const lines = readRecording(fixturePath(...COINBASE_FIXTURE));
  const truth = new Map<string, NaiveBook>();
  const script: ScriptFrame[] = [];
  for (const line of lines) {
    const f = JSON.parse(line.frame) as { channel: string; timestamp: string; events: { type?: string; product_id?: string; updates?: ScriptFrame["updates"] }[] };
    if (f.channel === "l2_data") {
      const e = f.events[0];
      if (e?.type === "snapshot" && e.product_id !== undefined && !truth.has(e.product_id)) {
        const book = new NaiveBook();
        for (const u of e.updates ?? []) book.apply(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
        truth.set(e.product_id, book);
        continue;
      }
      script.push({ channel: "l2_data", product: e?.product_id, text: line.frame, updates: e?.updates ?? [], timestamp: f.timestamp });
    } else if (f.channel === "heartbeats") {
      script.push({ channel: "heartbeats", product: undefined, text: line.frame, updates: [], timestamp: f.timestamp });
    }
  }
  let cursor = 0;
  let lastTimestamp = script[0]?.timestamp ?? "2026-08-09T21:05:48.000000000Z";
  let seqFault: "skip" | "repeat" | undefined;
  const nextSeq = (conn: Conn): number => {
    const seq = seqFault === "repeat" ? Math.max(0, conn.seq - 1) : conn.seq++;
    seqFault = undefined;
    return seq;
  };
  const stamp = (text: string, seq: number): string => text.replace(/"sequence_num":\d+/, `"sequence_num":${seq}`);
  const snapshotText = (conn: Conn, product: string): string => {
    const book = truth.get(product) ?? new NaiveBook();
    const t = lastTimestamp;
    const level = (side: string, l: { price: string; size: string }): string =>
      `{"side":"${side}","event_time":"${t.slice(0, 26)}Z","price_level":"${l.price}","new_quantity":"${l.size}"}`;
    const updates = [...book.levels("bid").map((l) => level("bid", l)), ...book.levels("ask").map((l) => level("offer", l))].join(",");
    return `{"channel":"l2_data","timestamp":"${t}","sequence_num":${nextSeq(conn)},"events":[{"type":"snapshot","product_id":"${product}","updates":[${updates}]}]}`;
  };
  const subscriptionsText = (conn: Conn): string => {
    const subs: Record<string, string[]> = {};
    if (conn.level2.size > 0) subs.level2 = [...conn.level2];
    if (conn.heartbeats) subs.heartbeats = ["heartbeats"];
    return JSON.stringify({ channel: "subscriptions", timestamp: lastTimestamp, sequence_num: nextSeq(conn), events: [{ subscriptions: subs }] });
  };

  const server = await startFakeWsServer<Conn>({
    accept: (ws) => ({ ws, seq: 0, level2: new Set(), heartbeats: false, sent: 0 }),
    onMessage(conn, text) {
      const msg = JSON.parse(text) as { type: string; channel: string; product_ids?: string[] };
      const products = msg.product_ids ?? [];
      if (msg.channel === "level2") {
        if (msg.type === "subscribe") {
          for (const p of products) {
            conn.level2.add(p);
            send(conn, snapshotText(conn, p));
          }
        } else {
          for (const p of products) conn.level2.delete(p);
        }
      } else if (msg.channel === "heartbeats") {
        conn.heartbeats = msg.type === "subscribe";
      }
      send(conn, subscriptionsText(conn));
    },
  });
  const send = (conn: Conn, text: string): void => server.send(conn, text);

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
    truth: (product) => truth.get(product) ?? new NaiveBook(),
    step(n = 1): number {
      let sent = 0;
      for (let i = 0; i < n && cursor < script.length; i++) {
        const frame = script[cursor++] as ScriptFrame;
        lastTimestamp = frame.timestamp;
        if (frame.product !== undefined) {
          const book = truth.get(frame.product) ?? new NaiveBook();
          truth.set(frame.product, book);
          for (const u of frame.updates) book.apply(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
        }
        const conn = server.current;
        if (conn === undefined || server.stalled) continue;
        const wanted = frame.channel === "heartbeats" ? conn.heartbeats : conn.level2.has(frame.product ?? "");
        if (!wanted) continue;
        if (seqFault === "skip") {
          // The frame is lost on the way: its sequence number is used, its content never arrives.
          seqFault = undefined;
          conn.seq++;
          continue;
        }
        send(conn, stamp(frame.text, nextSeq(conn)));
        sent++;
      }
      return sent;
    },
    dropConnection: () => server.dropConnection(),
    skipSequence(): void {
      seqFault = "skip";
    },
    repeatSequence(): void {
      seqFault = "repeat";
    },
    sendRaw(text: string): void {
      if (server.current !== undefined) send(server.current, text);
    },
    sendError(message: string): void {
      if (server.current !== undefined) send(server.current, JSON.stringify({ type: "error", message }));
    },
    sendSnapshot(product: string): void {
      if (server.current !== undefined) send(server.current, snapshotText(server.current, product));
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
