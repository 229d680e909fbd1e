/** Callbacks a socket reports to. Each socket calls them only for itself. */
export interface SocketHandlers {
  /** The socket is open and may send. */
  onOpen(): void;
  /** A text message arrived (binary messages are decoded as UTF-8). `bytes` is its size on the wire. */
  onMessage(text: string, bytes: number): void;
  /** A pong answered our ping. */
  onPong(): void;
  /** The socket closed (after an error too). Called at most once. */
  onClose(code: number, reason: string): void;
  /** A transport error; `onClose` follows. */
  onError(error: Error): void;
}

/** One open (or opening) socket, as the connectors drive it. */
export interface SocketConnection {
  /** Sends a text frame. Ignored when the socket is not open. */
  send(text: string): void;
  /** Sends a WebSocket ping (keepalive). Ignored when the socket is not open. */
  ping(): void;
  /** Starts a clean close. */
  close(code?: number, reason?: string): void;
  /** Drops the socket at once (half-open sockets never finish a clean close). */
  terminate(): void;
}

/** What a connector asks of a socket beyond its URL. */
export interface SocketFactoryOptions {
  /** Largest accepted inbound message, in bytes (Coinbase's BTC-USD snapshot is ~5 MB). */
  readonly maxPayloadBytes: number;
}

/**
 * The socket port: opens a socket to `url` reporting to `handlers`. Inject one to reach a fake venue, add a
 * proxy, or run in a browser; the default is {@link createWsSocketFactory} (the `ws` package).
 */
export type SocketFactory = (url: string, handlers: SocketHandlers, options: SocketFactoryOptions) => SocketConnection;
