import { WebSocketServer, type WebSocket } from "ws";
import type { AddressInfo } from "node:net";
import { createLiveClock, type Clock } from "@arbkit/core";

/** One client connection of a fake venue. */
export interface FakeConnection {
  readonly ws: WebSocket;
  /** Frames sent to it. */
  sent: number;
}

/** What a frame was, for the delivery log (never the text itself: snapshots are megabytes). */
export interface FrameTag {
  /** `book` (an update of `product`), `snapshot`, `heartbeat`, `malformed`, `crossing`, `other`. */
  readonly kind: "book" | "snapshot" | "heartbeat" | "malformed" | "crossing" | "other";
  readonly product?: string;
  /** The frame's sequence number, when it carries one. */
  readonly seq?: number;
}

/** One entry of the delivery log: a frame written to an open client socket, or a connection closing. */
export type DeliveryEvent =
  | { readonly type: "frame"; readonly at: number; readonly conn: number; readonly tag: FrameTag }
  | { readonly type: "open"; readonly at: number; readonly conn: number }
  | { readonly type: "close"; readonly at: number; readonly conn: number; readonly by: "server" | "client" };

/** The plumbing both fake venues share: one current client, message log, stalls, faults. */
export interface FakeWsServer<C extends FakeConnection> {
  /** `ws://127.0.0.1:<port>`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Every text message clients sent, in order. */
  readonly received: string[];
  /** The current client (a new connection replaces the previous one). */
  readonly current: C | undefined;
  /** Whether sending is stalled. */
  readonly stalled: boolean;
  /**
   * What reached the clients, in order, with times of the injected clock (Unix ms): every frame written to an
   * open socket (a held frame when its stall ends; timed just before the write), every connection opened and
   * closed (and by whom).
   */
  readonly deliveries: readonly DeliveryEvent[];
  /** The connection number (1, 2, …) of a client. */
  connectionNumber(conn: C): number;
  /** Sends to a client now, or holds it behind a running stall. */
  send(conn: C, text: string, tag?: FrameTag): void;
  /**
   * Holds every frame (new connections' included) until {@link FakeWsServer.resume}: a venue whose TCP
   * connection stays up (pings are still answered) but whose data stops. Nothing is lost.
   */
  stall(): void;
  /** Ends a stall: the held frames of connections still open are written, in order. */
  resume(): void;
  /** Closes the current client abruptly. */
  dropConnection(): void;
  /** Shuts the server down. */
  close(): Promise<void>;
}

const OTHER: FrameTag = { kind: "other" };

/** Starts a loopback WebSocket server on 127.0.0.1 with an ephemeral port. */
export async function startFakeWsServer<C extends FakeConnection>(hooks: {
  readonly accept: (ws: WebSocket) => C;
  readonly onMessage: (conn: C, text: string) => void;
  /** Timestamps of the delivery log. @default the live clock */
  readonly clock?: Clock;
}): Promise<FakeWsServer<C>> {
  const clock = hooks.clock ?? createLiveClock();
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  let connections = 0;
  let current: C | undefined;
  let stalled = false;
  const held: { conn: C; text: string; tag: FrameTag }[] = [];
  const numbers = new WeakMap<C, number>();
  const terminated = new WeakSet<WebSocket>();
  const deliveries: DeliveryEvent[] = [];
  const write = (conn: C, text: string, tag: FrameTag): void => {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    // Timed before the write: the client (same machine, same clock) cannot have read it any earlier.
    const at = clock.now();
    conn.ws.send(text);
    conn.sent++;
    deliveries.push({ type: "frame", at, conn: numbers.get(conn) ?? 0, tag });
  };
  const terminate = (conn: C | undefined): void => {
    if (conn === undefined) return;
    terminated.add(conn.ws);
    conn.ws.terminate();
  };
  const fake: FakeWsServer<C> = {
    url: "",
    get connections() {
      return connections;
    },
    received: [],
    get current() {
      return current;
    },
    get stalled() {
      return stalled;
    },
    deliveries,
    connectionNumber: (conn) => numbers.get(conn) ?? 0,
    send(conn: C, text: string, tag: FrameTag = OTHER): void {
      if (stalled) held.push({ conn, text, tag });
      else write(conn, text, tag);
    },
    stall(): void {
      stalled = true;
    },
    resume(): void {
      stalled = false;
      for (const { conn, text, tag } of held.splice(0)) write(conn, text, tag);
    },
    dropConnection(): void {
      terminate(current);
      current = undefined;
    },
    close(): Promise<void> {
      for (const client of server.clients) {
        terminated.add(client);
        client.terminate();
      }
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on("connection", (ws) => {
    connections++;
    terminate(current);
    const conn = hooks.accept(ws);
    const number = connections;
    numbers.set(conn, number);
    deliveries.push({ type: "open", at: clock.now(), conn: number });
    current = conn;
    ws.on("close", () => deliveries.push({ type: "close", at: clock.now(), conn: number, by: terminated.has(ws) ? "server" : "client" }));
    ws.on("message", (data) => {
      const text = String(data);
      fake.received.push(text);
      if (current === conn) hooks.onMessage(conn, text);
    });
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  return Object.assign(fake, { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}` });
}
