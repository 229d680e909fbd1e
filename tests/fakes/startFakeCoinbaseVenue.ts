import { Decimal } from "decimal.js";
import { fixturePath, readRecording } from "../support/fixtures";
import type { FakeReplayVenue, FakeReplayVenueOptions } from "./FakeReplayVenue";
import { NaiveOrderBook } from "../support/NaiveOrderBook";
import { padNaiveOrderBook } from "./padNaiveOrderBook";
import { startFakeWsServer, type DeliveryEvent, type FakeConnection, type FrameTag } from "./startFakeWsServer";

/** The real Coinbase Advanced Trade recording the fake serves (BTC-USD and ETH-USD). */
export const COINBASE_FIXTURE = ["coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"] as const;

interface ScriptFrame {
  /** Receive time in the recording (Unix s). */
  readonly recvTs: number;
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

/** Options of {@link startFakeCoinbaseVenue}. */
export type FakeCoinbaseOptions = FakeReplayVenueOptions;

/** A loopback Coinbase Advanced Trade venue serving a recording, with faults on demand. */
export interface FakeCoinbaseVenue extends FakeReplayVenue {
  /** The venue's own book for a product (the reference the client must converge to). */
  truth(product: string): NaiveOrderBook;
  /** Plays the next `n` recorded frames (l2 updates and heartbeats); frames for unsubscribed products only move the truth. Returns the number sent. */
  step(n?: number): number;
  /** The next recorded frame for this connection is lost: its sequence number is used, it is never sent. */
  skipSequence(): void;
  /** The next frame repeats the previous sequence number. */
  repeatSequence(): void;
  /** Sends `{"type":"error","message":…}`. */
  sendError(message: string): void;
  /** Sends a malformed frame (one of several kinds, chosen by `variant`) without a sequence number. Returns it. */
  sendMalformed(variant: number): string;
  /**
   * Sends a well-formed update whose bid crosses the venue's best ask (a venue bug), with the next sequence
   * number. The venue's own book is unchanged. Returns the crossing price, or undefined without a client.
   */
  sendCrossing(product: string): string | undefined;
  /**
   * Adds `levels` levels per side far from the touch to the venue's book (see `padNaiveOrderBook`) and sends the
   * whole book as a fresh snapshot: a huge snapshot now, and every later (re)subscription's is that big too.
   */
  padBook(product: string, levels: number): void;
  /** Sends a fresh snapshot of a product (BTC-USD: ~46,000 levels, several MB) with the next sequence number. */
  sendSnapshot(product: string): void;
}

/** Starts a {@link FakeCoinbaseVenue} on 127.0.0.1 with an ephemeral port. */
export async function startFakeCoinbaseVenue(options: FakeCoinbaseOptions = {}): Promise<FakeCoinbaseVenue> {
  const lines = options.lines ?? readRecording(fixturePath(...COINBASE_FIXTURE));
  const truth = new Map<string, NaiveOrderBook>();
  const script: ScriptFrame[] = [];
  for (const line of lines) {
    const f = JSON.parse(line.frame) as { channel: string; timestamp: string; events: { type?: string; product_id?: string; updates?: ScriptFrame["updates"] }[] };
    if (f.channel === "l2_data") {
      const e = f.events[0];
      if (e?.type === "snapshot" && e.product_id !== undefined && !truth.has(e.product_id)) {
        const book = new NaiveOrderBook();
        for (const u of e.updates ?? []) book.set(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
        truth.set(e.product_id, book);
        continue;
      }
      script.push({ recvTs: line.recvTs, channel: "l2_data", product: e?.product_id, text: line.frame, updates: e?.updates ?? [], timestamp: f.timestamp });
    } else if (f.channel === "heartbeats") {
      script.push({ recvTs: line.recvTs, channel: "heartbeats", product: undefined, text: line.frame, updates: [], timestamp: f.timestamp });
    }
  }
  let cursor = 0;
  let lastTimestamp = script[0]?.timestamp ?? "2026-08-09T21:05:48.000000000Z";
  let seqFault: "skip" | "repeat" | undefined;
  let lastHeartbeat = `{"channel":"heartbeats","timestamp":"${lastTimestamp}","sequence_num":0,"events":[{"current_time":"${lastTimestamp}","heartbeat_counter":1}]}`;
  const nextSeq = (conn: Conn): number => {
    const seq = seqFault === "repeat" ? Math.max(0, conn.seq - 1) : conn.seq++;
    seqFault = undefined;
    return seq;
  };
  const stamp = (text: string, seq: number): string => text.replace(/"sequence_num":\d+/, `"sequence_num":${seq}`);
  const snapshotText = (conn: Conn, product: string): string => {
    const book = truth.get(product) ?? new NaiveOrderBook();
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
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    accept: (ws) => ({ ws, seq: 0, level2: new Set(), heartbeats: false, sent: 0 }),
    onMessage(conn, text) {
      const msg = JSON.parse(text) as { type: string; channel: string; product_ids?: string[] };
      const products = msg.product_ids ?? [];
      if (msg.channel === "level2") {
        if (msg.type === "subscribe") {
          for (const p of products) {
            conn.level2.add(p);
            sendSnapshotTo(conn, p);
          }
        } else {
          for (const p of products) conn.level2.delete(p);
        }
      } else if (msg.channel === "heartbeats") {
        conn.heartbeats = msg.type === "subscribe";
      }
      sendSequenced(conn, subscriptionsText(conn), "other");
    },
  });
  const send = (conn: Conn, text: string, tag?: FrameTag): void => server.send(conn, text, tag);
  // Tags a frame with the sequence number its text carries (near the start, even in a multi-MB snapshot).
  const sendSequenced = (conn: Conn, text: string, kind: FrameTag["kind"], product?: string): void => {
    const seq = Number(/"sequence_num":(\d+)/.exec(text.slice(0, 200))?.[1]);
    send(conn, text, { kind, seq, ...(product === undefined ? {} : { product }) });
  };
  const sendSnapshotTo = (conn: Conn, product: string): void => sendSequenced(conn, snapshotText(conn, product), "snapshot", product);
  const malformedText = (variant: number, product: string): string => {
    const t = lastTimestamp;
    const variants = [
      `{"channel":"l2_data","timestamp":"${t}","sequence_num":`, // truncated
      `{"channel":"l2_data","timestamp":"${t}","sequence_num":NaN,"events":[]}`,
      `{"channel":"l2_data","timestamp":"${t}","sequence_num":1,"events":[{"type":"update","product_id":"${product}","updates":[{"side":"bid","event_time":"${t.slice(0, 26)}Z","price_level":"1e1","new_quantity":"1"}]}]}`,
      `{"channel":"level3","timestamp":"${t}","sequence_num":1,"events":[]}`,
    ];
    return variants[Math.abs(variant) % variants.length] as string;
  };

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
    truth: (product) => truth.get(product) ?? new NaiveOrderBook(),
    step(n = 1): number {
      let sent = 0;
      for (let i = 0; i < n && cursor < script.length; i++) {
        const frame = script[cursor++] as ScriptFrame;
        lastTimestamp = frame.timestamp;
        if (frame.product !== undefined) {
          const book = truth.get(frame.product) ?? new NaiveOrderBook();
          truth.set(frame.product, book);
          for (const u of frame.updates) book.set(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
        }
        const conn = server.current;
        if (frame.channel === "heartbeats") lastHeartbeat = frame.text;
        if (conn === undefined) continue;
        const wanted = frame.channel === "heartbeats" ? conn.heartbeats : conn.level2.has(frame.product ?? "");
        if (!wanted) continue;
        if (seqFault === "skip") {
          // The frame is lost on the way: its sequence number is used, its content never arrives.
          seqFault = undefined;
          conn.seq++;
          continue;
        }
        const seq = nextSeq(conn);
        send(conn, stamp(frame.text, seq), frame.channel === "heartbeats" ? { kind: "heartbeat", seq } : { kind: "book", product: frame.product ?? "", seq });
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
      if (server.current !== undefined) sendSnapshotTo(server.current, product);
    },
    sendMalformed(variant: number): string {
      const text = malformedText(variant, [...truth.keys()][0] ?? "BTC-USD");
      if (server.current !== undefined) send(server.current, text, { kind: "malformed" });
      return text;
    },
    sendCrossing(product: string): string | undefined {
      const conn = server.current;
      const ask = truth.get(product)?.levels("ask")[0];
      if (conn === undefined || ask === undefined) return undefined;
      const decimals = ask.price.split(".")[1]?.length ?? 0;
      const price = new Decimal(ask.price).times("1.01").toDecimalPlaces(decimals, Decimal.ROUND_UP).toFixed(decimals);
      const seq = nextSeq(conn);
      const t = lastTimestamp;
      send(
        conn,
        `{"channel":"l2_data","timestamp":"${t}","sequence_num":${seq},"events":[{"type":"update","product_id":"${product}","updates":[{"side":"bid","event_time":"${t.slice(0, 26)}Z","price_level":"${price}","new_quantity":"1.5"}]}]}`,
        { kind: "crossing", product, seq },
      );
      return price;
    },
    sendHeartbeat(): void {
      const conn = server.current;
      if (conn === undefined || !conn.heartbeats) return;
      send(conn, stamp(lastHeartbeat, nextSeq(conn)), { kind: "heartbeat", seq: conn.seq - 1 });
    },
    padBook(product: string, levels: number): void {
      const book = truth.get(product);
      if (book === undefined) return;
      padNaiveOrderBook(book, levels);
      if (server.current !== undefined && server.current.level2.has(product)) sendSnapshotTo(server.current, product);
    },
    stall: () => server.stall(),
    resume: () => server.resume(),
    close: () => server.close(),
  };
}
