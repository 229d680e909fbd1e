import type { TestClock } from "@arbkit/core";
import type { SeededRandom } from "@arbkit/connectors";
import { NaiveOrderBook } from "../../support/NaiveOrderBook";
import type { MemoryServerSocket } from "./createMemorySocketFactory";
import { createVenueLink } from "./createVenueLink";

interface Conn {
  readonly socket: MemoryServerSocket;
  subscribed: boolean;
}

/** What the venue injected. */
export interface GeminiFaultCounts {
  malformedSent: number;
  disconnects: number;
  stalls: number;
}

/**
 * A simulated Gemini v2 venue replaying a scenario's frames to one client, with faults. v2 has no sequence
 * numbers, so a lost frame could never be detected by any client: this venue delays (stalls) but never loses.
 */
export interface ChaosGeminiVenue {
  accept(socket: MemoryServerSocket): void;
  play(frameText: string): void;
  disconnect(): boolean;
  stall(ms: number): void;
  isMalformed(text: string): boolean;
  readonly truth: NaiveOrderBook;
  settled(): boolean;
  readonly faults: GeminiFaultCounts;
  faultsEnabled: boolean;
}

export function createChaosGeminiVenue(clock: TestClock, rng: SeededRandom, symbol: string, malformedRate: number): ChaosGeminiVenue {
  const truth = new NaiveOrderBook();
  const malformed = new Set<string>();
  const faults: GeminiFaultCounts = { malformedSent: 0, disconnects: 0, stalls: 0 };
  const link = createVenueLink<Conn>(clock, faults);
  const send = link.send;
  const fullBook = (): string => {
    const changes = [...truth.levels("bid").map((l) => `["buy","${l.price}","${l.size}"]`), ...truth.levels("ask").map((l) => `["sell","${l.price}","${l.size}"]`)].join(",");
    return `{"auction_events":[],"changes":[${changes}],"symbol":"${symbol}","trades":[],"type":"l2_updates"}`;
  };
  const makeMalformed = (real: string): string => {
    const k = faults.malformedSent;
    const variants = [
      real.slice(0, 20 + (k % 30)),
      `{"changes":[["buy","NaN","${k}"]],"symbol":"${symbol}","type":"l2_updates"}`,
      `{"changes":[["sell","77.1","-${k + 1}"]],"symbol":"${symbol}","type":"l2_updates"}`,
      `{"type":"l3_updates","n":${k}}`,
    ];
    const text = variants[k % variants.length] as string;
    malformed.add(text);
    return text;
  };
  const venue: ChaosGeminiVenue = {
    truth,
    faults,
    faultsEnabled: true,
    accept(socket) {
      const conn: Conn = { socket, subscribed: false };
      link.attach(conn);
      socket.onMessage = (text) => {
        const msg = JSON.parse(text) as { type: string; subscriptions: { name: string; symbols: string[] }[] };
        for (const sub of msg.subscriptions) {
          if (sub.name !== "l2" || !sub.symbols.includes(symbol)) continue;
          conn.subscribed = msg.type === "subscribe";
          if (conn.subscribed) send(conn, fullBook());
        }
      };
    },
    play(frameText) {
      const f = JSON.parse(frameText) as { type: string; symbol?: string; changes?: [string, string, string][] };
      // The scenario's first frame is its full book: to a client already subscribed it is a batch of level
      // changes onto the (then empty) book, which is exactly what it is.
      if (f.type === "l2_updates") {
        for (const [side, price, qty] of f.changes ?? []) truth.set(side === "buy" ? "bid" : "ask", price, qty);
      } else if (f.type !== "heartbeat") return;
      const conn = link.current;
      if (conn === undefined || !conn.socket.open || !conn.subscribed) return;
      if (venue.faultsEnabled && rng.next() < malformedRate) {
        send(conn, makeMalformed(frameText));
        faults.malformedSent++;
      }
      send(conn, frameText);
    },
    disconnect: link.disconnect,
    stall: link.stall,
    isMalformed: (text) => malformed.has(text),
    settled: () => !link.hasBacklog(),
  };
  return venue;
}
