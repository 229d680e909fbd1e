import type { VenueId } from "@arbkit/core";
import type { RecordedFrame } from "../recording/RecordedFrame";
import type { FrameRecorder } from "../recording/FrameRecorder";
import { createManagedSocket, type ManagedSocket } from "../ws/createManagedSocket";
import { createWsSocketFactory } from "../ws/createWsSocketFactory";
import type { BookConnectorOptions } from "./BookConnectorOptions";
import { DEFAULT_MAX_PAYLOAD_BYTES } from "./BookConnectorOptions";

/** Venue hooks for {@link createConnectorSocket}. */
export interface ConnectorSocketHooks {
  readonly venue: VenueId;
  readonly url: string;
  readonly idleTimeoutMs: number;
  /** A socket is being opened. */
  readonly onConnecting: (conn: string) => void;
  /** The socket is open: send the subscriptions (through `send`). */
  readonly onOpen: (conn: string) => void;
  /** A raw inbound frame, already recorded, to feed to the connector's sink. */
  readonly onFrame: (frame: RecordedFrame) => void;
  /** A bus subscriber threw while a frame was handled (create the bus with `onHandlerError` to handle these yourself). */
  readonly onSubscriberError: (error: unknown) => void;
  /** The socket went down; a reconnect is scheduled. */
  readonly onDown: (conn: string, reason: string) => void;
}

/** The I/O half of a book connector: one managed socket plus recording of both directions. */
export interface ConnectorSocket {
  /** Opens the socket (idempotent). */
  start(): void;
  /** Records (as `dir: "out"`) and sends a frame on the current connection; in a replay (never started) it only records. */
  send(text: string, conn: string | undefined): void;
  /** Drops the connection and reconnects after the backoff. No-op when not started. */
  reconnect(reason: string): void;
  /** Closes for good. */
  close(): void;
}

/**
 * Creates a {@link ConnectorSocket}: the socket is created lazily on `start`, so a connector used only for
 * replay never touches the network. Inbound frames are stamped with the clock's time (`recvTs`, Unix s),
 * written to the recorder verbatim, then handed to `onFrame`.
 *
 * @example
 * ```ts
 * const io = createConnectorSocket(options, { venue, url, idleTimeoutMs: 5_000, onConnecting, onOpen, onFrame: sink.ingest, onDown });
 * io.start();
 * ```
 */
export function createConnectorSocket(options: BookConnectorOptions, hooks: ConnectorSocketHooks): ConnectorSocket {
  const { clock } = options;
  const recorder: FrameRecorder | undefined = options.recorder;
  const venue = hooks.venue;
  let socket: ManagedSocket | undefined;
  let closed = false;
  const nowSeconds = (): number => clock.now() / 1000;
  return {
    start(): void {
      if (socket !== undefined || closed) return;
      socket = createManagedSocket({
        venue,
        url: hooks.url,
        socketFactory: options.socketFactory ?? createWsSocketFactory(),
        clock,
        maxPayloadBytes: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
        pingIntervalMs: options.pingIntervalMs ?? 10_000,
        idleTimeoutMs: hooks.idleTimeoutMs,
        ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
        ...(options.healthyAfterMs === undefined ? {} : { healthyAfterMs: options.healthyAfterMs }),
        ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
        onConnecting: hooks.onConnecting,
        onOpen: hooks.onOpen,
        onMessage: (text, conn) => {
          const frame: RecordedFrame = { recvTs: nowSeconds(), venue, conn, frame: text };
          recorder?.write(frame);
          try {
            hooks.onFrame(frame);
          } catch (error) {
            // Connectors never throw for bad frames; what lands here is a bus subscriber's exception (the
            // bus rethrows it after every handler ran, with state already updated). Report it instead of
            // letting it escape into the socket's event loop and kill the process.
            hooks.onSubscriberError(error);
          }
        },
        onDown: hooks.onDown,
      });
      socket.start();
    },
    send(text: string, conn: string | undefined): void {
      if (closed) return;
      recorder?.write({ recvTs: nowSeconds(), venue, conn: conn ?? "", frame: text, dir: "out" });
      socket?.send(text);
    },
    reconnect(reason: string): void {
      socket?.reconnect(reason);
    },
    close(): void {
      closed = true;
      socket?.close();
    },
  };
}
