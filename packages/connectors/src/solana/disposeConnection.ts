import type { Connection } from "@solana/web3.js";

/** What web3.js 1.98 keeps privately about its pubsub client (used only to shut it down safely). */
interface Web3PubsubInternals {
  readonly _rpcWebSocketConnected?: boolean;
  readonly _rpcWebSocket?: { setAutoReconnect?(on: boolean): void; close?(code?: number, reason?: string): void };
}

const MAX_YIELDS = 1_000;

/**
 * Shuts down a web3.js `Connection`'s pubsub side for good: stops its auto-reconnect, closes the socket
 * with code 4000, waits (yielding to I/O; no timer, so no clock) until web3.js has handled the close, then
 * removes the listeners, which by then is local bookkeeping without any `*Unsubscribe` call.
 *
 * Why not just remove the listeners: in web3.js 1.98 an unsubscribe whose socket dies before the socket's
 * close event is handled makes `Connection._updateSubscriptions` retry in a microtask loop that never
 * yields, freezing the process. A connection being abandoned after errors is exactly that case.
 */
export async function disposeConnection(connection: Connection, accounts: readonly number[], slots: readonly number[]): Promise<void> {
  const internals = connection as unknown as Web3PubsubInternals;
  try {
    internals._rpcWebSocket?.setAutoReconnect?.(false);
    internals._rpcWebSocket?.close?.(4000, "arbkit: connection disposed");
  } catch {
    // The socket may not exist yet or be closed already; either way there is nothing left to close.
  }
  for (let i = 0; i < MAX_YIELDS && internals._rpcWebSocketConnected === true; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  await Promise.allSettled([...accounts.map((id) => connection.removeAccountChangeListener(id)), ...slots.map((id) => connection.removeSlotChangeListener(id))]);
}
