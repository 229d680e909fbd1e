import type { TestClock } from "@arbkit/core";
import type { SeededRandom } from "@arbkit/connectors";
import { NaiveOrderBook } from "../../support/NaiveOrderBook";
import type { MemoryServerSocket } from "./createMemorySocketFactory";
import { createVenueLink } from "./createVenueLink";

/** Fault rates per forwarded frame. */
export interface CoinbaseFaultRates {
  readonly malformed: number;
  readonly skip: number;
  readonly repeat: number;
}

interface Conn {
  readonly socket: MemoryServerSocket;
  seq: number;
  level2: boolean;
  heartbeats: boolean;
  /** A frame was lost and no later sequenced frame has been sent yet (the client cannot know yet). */
  lossPending: boolean;
}

/** What the venue injected (the test compares the connector's counters with these). */
export interface CoinbaseFaultCounts {
  malformedSent: number;
  skips: number;
  repeats: number;
  disconnects: number;
  stalls: number;
  hugeSnapshots: number;
}

/** A simulated Coinbase Advanced Trade venue replaying a scenario's frames to one client, with faults. */
export interface ChaosCoinbaseVenue {
  accept(socket: MemoryServerSocket): void;
  /** Plays one scenario frame: moves the truth and forwards it (re-sequenced) to a subscribed client. */
  play(frameText: string): void;
  disconnect(): boolean;
  /** Holds every outbound frame for `ms` (delayed, not lost), new connections included. */
  stall(ms: number): void;
  /** Adds `levels` far-away levels per side to the book and sends a full snapshot. */
  hugeSnapshot(levels: number): void;
  /** Whether a frame is one of the malformed ones this venue made. */
  isMalformed(text: string): boolean;
  /** The venue's own book (what every client book must equal once nothing is in flight). */
  readonly truth: NaiveOrderBook;
  /** The client holds everything sent: no stall backlog and no undetected loss. */
  settled(): boolean;
  readonly faults: CoinbaseFaultCounts;
  /** Faults on or off (off for the quiet tail). */
  faultsEnabled: boolean;
}

export function createChaosCoinbaseVenue(clock: TestClock, rng: SeededRandom, product: string, rates: CoinbaseFaultRates): ChaosCoinbaseVenue {
  const truth = new NaiveOrderBook();
  let timestamp = "2026-08-09T21:20:00.000000000Z";
  const malformed = new Set<string>();
  let farLevels = 0;
  const faults: CoinbaseFaultCounts = { malformedSent: 0, skips: 0, repeats: 0, disconnects: 0, stalls: 0, hugeSnapshots: 0 };

  const link = createVenueLink<Conn>(clock, faults);
  const send = link.send;
  const stamp = (text: string, seq: number): string => text.replace(/"sequence_num":\d+/, `"sequence_num":${seq}`);
  const snapshotText = (conn: Conn): string => {
    const level = (side: string, l: { price: string; size: string }): string => `{"side":"${side}","event_time":"${timestamp}","price_level":"${l.price}","new_quantity":"${l.size}"}`;
    const updates = [...truth.levels("bid").map((l) => level("bid", l)), ...truth.levels("ask").map((l) => level("offer", l))].join(",");
    return `{"channel":"l2_data","client_id":"","timestamp":"${timestamp}","sequence_num":${conn.seq++},"events":[{"type":"snapshot","product_id":"${product}","updates":[${updates}]}]}`;
  };
  const subscriptionsText = (conn: Conn): string =>
    JSON.stringify({ channel: "subscriptions", client_id: "", timestamp, sequence_num: conn.seq++, events: [{ subscriptions: { ...(conn.level2 ? { level2: [product] } : {}), ...(conn.heartbeats ? { heartbeats: ["heartbeats"] } : {}) } }] });
  const makeMalformed = (real: string): string => {
    const k = faults.malformedSent;
    const variants = [
      `${real.slice(0, 40 + (k % 40))}`, // truncated
      `{"channel":"l2_data","client_id":"${k}","timestamp":"${timestamp}","sequence_num":NaN,"events":[]}`,
      `{"channel":"l2_data","client_id":"${k}","timestamp":"${timestamp}","sequence_num":1,"events":[{"type":"update","product_id":"${product}","updates":[{"side":"bid","event_time":"${timestamp}","price_level":"1e2","new_quantity":"1"}]}]}`,
      `{"channel":"level3","client_id":"${k}","timestamp":"${timestamp}","sequence_num":1,"events":[]}`,
    ];
    const text = variants[k % variants.length] as string;
    malformed.add(text);
    return text;
  };

  const venue: ChaosCoinbaseVenue = {
    truth,
    faults,
    faultsEnabled: true,
    accept(socket) {
      const conn: Conn = { socket, seq: 0, level2: false, heartbeats: false, lossPending: false };
      link.attach(conn);
      socket.onMessage = (text) => {
        const msg = JSON.parse(text) as { type: string; channel: string; product_ids?: string[] };
        const on = msg.type === "subscribe";
        if (msg.channel === "level2" && (msg.product_ids ?? []).includes(product)) {
          conn.level2 = on;
          if (on) send(conn, snapshotText(conn));
        } else if (msg.channel === "heartbeats") conn.heartbeats = on;
        send(conn, subscriptionsText(conn));
      };
    },
    play(frameText) {
      const f = JSON.parse(frameText) as { channel: string; timestamp?: string; events: { type?: string; updates?: { side: string; price_level: string; new_quantity: string }[] }[] };
      if (f.timestamp !== undefined) timestamp = f.timestamp;
      if (f.channel === "l2_data") {
        const e = f.events[0];
        // A snapshot replaces the venue's book (and is forwarded: it replaces the client's too).
        if (e?.type === "snapshot") truth.clear();
        for (const u of e?.updates ?? []) truth.set(u.side === "bid" ? "bid" : "ask", u.price_level, u.new_quantity);
      } else if (f.channel !== "heartbeats") return;
      const conn = link.current;
      if (conn === undefined || !conn.socket.open) return;
      if (f.channel === "l2_data" ? !conn.level2 : !conn.heartbeats) return;
      if (venue.faultsEnabled) {
        if (rng.next() < rates.malformed) {
          send(conn, makeMalformed(frameText));
          faults.malformedSent++;
        }
        const roll = rng.next();
        if (roll < rates.skip) {
          // Lost on the way: the sequence number is used, the content never arrives.
          faults.skips++;
          conn.seq++;
          conn.lossPending = true;
          return;
        }
        if (roll < rates.skip + rates.repeat && conn.seq > 0) {
          faults.repeats++;
          send(conn, stamp(frameText, conn.seq - 1));
          return;
        }
      }
      conn.lossPending = false;
      send(conn, stamp(frameText, conn.seq++));
    },
    disconnect: link.disconnect,
    stall: link.stall,
    hugeSnapshot(levels) {
      const conn = link.current;
      if (conn === undefined || !conn.socket.open || !conn.level2) return;
      faults.hugeSnapshots++;
      // Far from the touch (bids below 0.01, asks above 100,000): never crossing, never touched by updates.
      for (let i = 0; i < levels; i++) {
        const n = farLevels + i;
        truth.set("bid", `0.00${String(n + 1).padStart(6, "0")}`, "0.5");
        truth.set("ask", `${100_000 + Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`, "0.5");
      }
      farLevels += levels;
      conn.lossPending = false;
      send(conn, snapshotText(conn));
    },
    isMalformed: (text) => malformed.has(text),
    settled: () => !link.hasBacklog() && link.current?.lossPending !== true,
  };
  return venue;
}
