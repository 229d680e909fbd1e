import type { CancelTimer, Clock } from "@arbkit/core";
import { createReconnectController } from "../lifecycle/createReconnectController";
import type { BackoffOptions, Backoff } from "../lifecycle/createBackoff";
import { createStalenessWatch } from "../lifecycle/createStalenessWatch";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import type { SocketConnection, SocketFactory } from "./SocketFactory";

/** Options for {@link createManagedSocket}. */
export interface ManagedSocketOptions {
  /** Venue id, used in connection ids (`<venue>.ws.<n>`) and metric labels. */
  readonly venue: string;
  /** Endpoint URL. */
  readonly url: string;
  /** Opens sockets. */
  readonly socketFactory: SocketFactory;
  /** Timers (keepalive, idle detection, backoff). */
  readonly clock: Clock;
  /** Largest inbound message in bytes. */
  readonly maxPayloadBytes: number;
  /** Interval between WebSocket pings (ms). */
  readonly pingIntervalMs: number;
  /**
   * No inbound frame for this long (ms) means the socket is half-open or the feed stalled (or it never
   * opened): drop it. Subscribe to the venue's heartbeats so a quiet market still sends frames.
   */
  readonly idleTimeoutMs: number;
  /** Backoff between reconnects. */
  readonly backoff?: Backoff | BackoffOptions;
  /** A connection up this long (ms) resets the backoff. */
  readonly healthyAfterMs?: number;
  /** Counts `reconnects`. */
  readonly metrics?: ConnectorMetrics;
  /** A new socket is being opened with this connection id. */
  readonly onConnecting: (conn: string) => void;
  /** The socket `conn` is open: send subscriptions now. */
  readonly onOpen: (conn: string) => void;
  /** A text frame arrived on `conn`. */
  readonly onMessage: (text: string, conn: string, bytes: number) => void;
  /** The socket `conn` went down (a reconnect is scheduled unless closed). */
  readonly onDown: (conn: string, reason: string) => void;
}

interface Conn {
  readonly id: string;
  socket: SocketConnection | undefined;
  open: boolean;
  ping: CancelTimer | undefined;
}

/** A WebSocket that reconnects itself. */
export interface ManagedSocket {
  /** Opens the first connection. */
  start(): void;
  /** Sends on the current connection; returns `false` when none is open. */
  send(text: string): boolean;
  /** Drops the current connection and reconnects after the backoff (stall, half-open, unrecoverable gap). */
  reconnect(reason: string): void;
  /** Closes for good. */
  close(): void;
  /** The current connection id, or `undefined` between connections. */
  readonly connectionId: string | undefined;
}

/**
 * Creates a {@link ManagedSocket}: exponential backoff with jitter between attempts (reset after a healthy
 * period), ping keepalive (for proxies and the venue's idle rules), and half-open or stall detection by
 * silence: only inbound frames count as life, pongs do not. Every
 * timer runs on the injected clock. Events from a socket that was already replaced are ignored.
 *
 * @example
 * ```ts
 * const socket = createManagedSocket({ venue: "gemini", url, socketFactory, clock, maxPayloadBytes: 64 << 20,
 *   pingIntervalMs: 15_000, idleTimeoutMs: 20_000, onConnecting, onOpen, onMessage, onDown });
 * socket.start();
 * ```
 */
export function createManagedSocket(options: ManagedSocketOptions): ManagedSocket {
  const { venue, clock } = options;
  let counter = 0;
  let current: Conn | undefined;
  let closed = false;
  const idle = createStalenessWatch<string>({
    clock,
    staleAfterMs: options.idleTimeoutMs,
    onStale: (conn) => {
      if (current?.id === conn) drop(current.open ? `no frame or pong for ${options.idleTimeoutMs} ms (half-open)` : `not open after ${options.idleTimeoutMs} ms`);
    },
  });
  const reconnect = createReconnectController({
    clock,
    connect: () => connect(),
    labels: { venue },
    ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    ...(options.healthyAfterMs === undefined ? {} : { healthyAfterMs: options.healthyAfterMs }),
    ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
  });

  function drop(reason: string): void {
    const conn = current;
    if (conn === undefined) return;
    current = undefined;
    conn.ping?.();
    idle.forget(conn.id);
    try {
      conn.socket?.terminate();
    } catch {
      // The socket is being discarded; a failure to terminate it changes nothing.
    }
    options.onDown(conn.id, reason);
    if (!closed) reconnect.scheduleReconnect();
  }

  function connect(): void {
    if (closed || current !== undefined) return;
    const id = `${venue}.ws.${++counter}`;
    const conn: Conn = { id, socket: undefined, open: false, ping: undefined };
    current = conn;
    options.onConnecting(id);
    idle.touch(id);
    const mine = (): boolean => current === conn;
    try {
      conn.socket = options.socketFactory(
        options.url,
        {
          onOpen: () => {
            if (!mine()) return;
            conn.open = true;
            idle.touch(id);
            reconnect.markOpen();
            conn.ping = clock.setInterval(() => conn.socket?.ping(), options.pingIntervalMs);
            options.onOpen(id);
          },
          onMessage: (text, bytes) => {
            if (!mine()) return;
            idle.touch(id);
            options.onMessage(text, id, bytes);
          },
          // A pong proves the TCP path, not the feed: a venue that stops sending heartbeats but still
          // answers pings is stalled all the same, so only frames count as life.
          onPong: () => {},
          onClose: (code, reason) => {
            if (mine()) drop(`closed by peer (code ${code}${reason === "" ? "" : `, ${reason}`})`);
          },
          onError: (error) => {
            if (mine()) drop(`socket error: ${error.message}`);
          },
        },
        { maxPayloadBytes: options.maxPayloadBytes },
      );
    } catch (error) {
      drop(`cannot open socket: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    start: () => connect(),
    send(text: string): boolean {
      if (current?.open !== true || current.socket === undefined) return false;
      current.socket.send(text);
      return true;
    },
    reconnect: (reason: string) => drop(reason),
    close(): void {
      if (closed) return;
      closed = true;
      reconnect.stop();
      const conn = current;
      current = undefined;
      idle.clear();
      conn?.ping?.();
      conn?.socket?.close(1000, "client closing");
    },
    get connectionId() {
      return current?.id;
    },
  };
}
