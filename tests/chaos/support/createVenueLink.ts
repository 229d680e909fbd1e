import type { TestClock } from "@arbkit/core";
import type { MemoryServerSocket } from "./createMemorySocketFactory";

/** Counters a link bumps for the faults it injects. */
export interface LinkFaultCounts {
  disconnects: number;
  stalls: number;
}

/**
 * The one client connection of a simulated venue, with the two transport faults every venue shares:
 * a disconnect, and a stall that holds every outbound frame (delayed, never lost) until it ends.
 */
export interface VenueLink<C extends { readonly socket: MemoryServerSocket }> {
  /** The connected client, if any. */
  readonly current: C | undefined;
  /** Makes `conn` the current client; it stops being current when its socket closes. */
  attach(conn: C): void;
  /** Sends now, or queues behind a running stall. */
  send(conn: C, text: string): void;
  /** Terminates the current connection; false when there is none. */
  disconnect(): boolean;
  /** Holds outbound frames for `ms` (new connections included), then delivers those of the current client. */
  stall(ms: number): void;
  /** Whether frames are still held by a stall. */
  hasBacklog(): boolean;
}

/** Creates a {@link VenueLink} whose stalls run on `clock`. */
export function createVenueLink<C extends { readonly socket: MemoryServerSocket }>(clock: TestClock, faults: LinkFaultCounts): VenueLink<C> {
  let current: C | undefined;
  let stallUntil = 0;
  const backlog: { conn: C; text: string }[] = [];
  return {
    get current() {
      return current;
    },
    attach(conn) {
      current = conn;
      conn.socket.onClose = () => {
        if (current === conn) current = undefined;
      };
    },
    send(conn, text) {
      if (clock.now() < stallUntil) backlog.push({ conn, text });
      else conn.socket.send(text);
    },
    disconnect() {
      if (current === undefined || !current.socket.open) return false;
      faults.disconnects++;
      current.socket.terminate();
      current = undefined;
      return true;
    },
    stall(ms) {
      faults.stalls++;
      stallUntil = clock.now() + ms;
      clock.setTimeout(() => {
        for (const { conn, text } of backlog.splice(0)) if (conn === current) conn.socket.send(text);
      }, ms);
    },
    hasBacklog: () => backlog.length > 0,
  };
}
