import type { Connection } from "@solana/web3.js";

/** What web3.js 1.98 keeps privately about its pubsub client (used only to shut it down safely). */
interface Web3PubsubInternals {
  readonly _rpcWebSocket?: {
    setAutoReconnect?(on: boolean): void;
    close?(code?: number, reason?: string): void;
    /** rpc-websockets' client is an event emitter; it emits `close` once a socket that had opened has closed. */
    once?(event: "close", listener: () => void): unknown;
    /** Whether its socket opened (only then is `close` emitted). */
    readonly ready?: boolean;
    /** The underlying WebSocket (`readyState` 3 = closed), or null before the first connect. */
    readonly socket?: { readonly readyState?: number } | null;
  };
}

const CLOSED = 3;

/**
 * Shuts down a web3.js `Connection`'s pubsub side for good: stops its auto-reconnect, closes the socket
 * with code 4000, waits for the socket's `close` event (an event, not a timer, so no clock: the `ws` library
 * itself ends a close handshake the server never answers after 30 s), by which time web3.js has handled the
 * close, then removes the listeners, which by then is local bookkeeping without any `*Unsubscribe` call.
 *
 * Why not just remove the listeners: in web3.js 1.98 an unsubscribe whose socket dies before the socket's
 * close event is handled makes `Connection._updateSubscriptions` retry in a microtask loop that never
 * yields (printing `accountUnsubscribe error: …` each time), freezing the process until it runs out of
 * memory. A connection being abandoned after errors is exactly that case. Waiting a fixed number of event-loop
 * turns for the close is not enough: a close handshake takes a network round trip (found by the spawned-bot
 * chaos suite, `tests/chaos`, where a busy loopback RPC answered later than 1,000 turns).
 */
export async function disposeConnection(connection: Connection, accounts: readonly number[], slots: readonly number[]): Promise<void> {
  const client = (connection as unknown as Web3PubsubInternals)._rpcWebSocket;
  const socket = client?.socket;
  let done: () => void = () => undefined;
  // Registered before closing, so the close cannot be missed. Only a socket that opened can hold server-side
  // subscriptions (and only then does the client emit `close`); one still connecting is simply abandoned.
  const closed =
    client?.ready === true && socket !== undefined && socket !== null && socket.readyState !== CLOSED && client.once !== undefined
      ? new Promise<void>((resolve) => {
          done = resolve;
          client.once?.("close", () => resolve());
        })
      : Promise.resolve();
  try {
    client?.setAutoReconnect?.(false);
    client?.close?.(4000, "arbkit: connection disposed");
  } catch {
    // The socket is closed already: nothing left to wait for.
    done();
  }
  await closed;
  await Promise.allSettled([...accounts.map((id) => connection.removeAccountChangeListener(id)), ...slots.map((id) => connection.removeSlotChangeListener(id))]);
}
