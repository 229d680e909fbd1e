import type { TestClock } from "@arbkit/core";
import type { SocketConnection, SocketFactory, SocketHandlers } from "@arbkit/connectors";

/** The venue's end of one in-memory socket. */
export interface MemoryServerSocket {
  /** Connection number (1, 2, …) in the order the client opened them. */
  readonly id: number;
  /** Whether both ends are still open. */
  readonly open: boolean;
  /** Sends a text frame to the client (delivered `latencyMs` later on the test clock, in order). */
  send(text: string): void;
  /** Drops the connection abruptly (the client sees a close 1006). */
  terminate(): void;
  /** Set by the venue: receives the client's text frames. */
  onMessage: (text: string) => void;
  /** Set by the venue: the client closed or dropped the connection. */
  onClose: () => void;
}

/** An in-memory network between a connector and a simulated venue, timed by a TestClock. */
export interface MemoryNetwork {
  /** Pass as the connector's `socketFactory`. */
  readonly factory: SocketFactory;
  /** Sockets the client opened so far. */
  readonly sockets: number;
  /** Frames sent by either end and not yet delivered. */
  readonly inFlight: number;
  /** Called for every frame delivered to the client (after its handler ran). */
  onDelivered: (socket: MemoryServerSocket, text: string) => void;
}

/**
 * Creates a {@link MemoryNetwork}: a SocketFactory whose sockets are pairs of in-memory ends. Every frame,
 * open and close is a TestClock timer `latencyMs` ahead, so the whole exchange is deterministic, runs in
 * simulated time and keeps order. `accept` gets the venue end of each new socket.
 */
export function createMemorySocketFactory(clock: TestClock, accept: (socket: MemoryServerSocket) => void, latencyMs = 1): MemoryNetwork {
  let sockets = 0;
  let inFlight = 0;
  const later = (fn: () => void): void => {
    inFlight++;
    clock.setTimeout(() => {
      inFlight--;
      fn();
    }, latencyMs);
  };
  const network: MemoryNetwork = {
    factory: (_url: string, handlers: SocketHandlers, options): SocketConnection => {
      const id = ++sockets;
      let open = false;
      let closed = false;
      const closeBoth = (code: number, reason: string): void => {
        if (closed) return;
        closed = true;
        open = false;
        later(() => server.onClose());
        later(() => handlers.onClose(code, reason));
      };
      const server: MemoryServerSocket = {
        id,
        get open() {
          return open && !closed;
        },
        send(text) {
          if (!open || closed) return;
          later(() => {
            if (closed) return;
            if (Buffer.byteLength(text) > options.maxPayloadBytes) return closeBoth(1009, "message too big");
            handlers.onMessage(text, Buffer.byteLength(text));
            network.onDelivered(server, text);
          });
        },
        terminate: () => closeBoth(1006, ""),
        onMessage: () => undefined,
        onClose: () => undefined,
      };
      later(() => {
        if (closed) return;
        open = true;
        accept(server);
        handlers.onOpen();
      });
      return {
        send(text) {
          if (open && !closed) later(() => !closed && server.onMessage(text));
        },
        ping() {
          if (open && !closed) later(() => !closed && handlers.onPong());
        },
        close: (code = 1000, reason = "") => closeBoth(code, reason),
        terminate: () => closeBoth(1006, "terminated by client"),
      };
    },
    get sockets() {
      return sockets;
    },
    get inFlight() {
      return inFlight;
    },
    onDelivered: () => undefined,
  };
  return network;
}
