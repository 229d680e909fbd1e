import { WebSocketServer, type WebSocket } from "ws";
import type { AddressInfo } from "node:net";

/** One client connection of a fake venue. */
export interface FakeConnection {
  readonly ws: WebSocket;
  /** Frames sent to it. */
  sent: number;
}

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
  stalled: boolean;
  /** Sends to a client unless stalled. */
  send(conn: C, text: string): void;
  /** Closes the current client abruptly. */
  dropConnection(): void;
  /** Shuts the server down. */
  close(): Promise<void>;
}

/** Starts a loopback WebSocket server on 127.0.0.1 with an ephemeral port. */
export async function startFakeWsServer<C extends FakeConnection>(hooks: {
  readonly accept: (ws: WebSocket) => C;
  readonly onMessage: (conn: C, text: string) => void;
}): Promise<FakeWsServer<C>> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  let connections = 0;
  let current: C | undefined;
  const fake: FakeWsServer<C> = {
    url: "",
    get connections() {
      return connections;
    },
    received: [],
    get current() {
      return current;
    },
    stalled: false,
    send(conn: C, text: string): void {
      if (fake.stalled) return;
      conn.ws.send(text);
      conn.sent++;
    },
    dropConnection(): void {
      current?.ws.terminate();
      current = undefined;
    },
    close(): Promise<void> {
      for (const client of server.clients) client.terminate();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on("connection", (ws) => {
    connections++;
    current?.ws.terminate();
    const conn = hooks.accept(ws);
    current = conn;
    ws.on("message", (data) => {
      const text = String(data);
      fake.received.push(text);
      if (current === conn) hooks.onMessage(conn, text);
    });
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  return Object.assign(fake, { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}` });
}
