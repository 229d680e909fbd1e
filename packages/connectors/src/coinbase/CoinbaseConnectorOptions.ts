import type { BookConnectorOptions } from "../lifecycle/BookConnectorOptions";

/** The public Coinbase Advanced Trade market-data endpoint. */
export const COINBASE_ENDPOINT = "wss://advanced-trade-ws.coinbase.com";

/** Options for {@link createCoinbaseConnector}. */
export interface CoinbaseConnectorOptions extends BookConnectorOptions {
  /** Coinbase product ids, e.g. `["BTC-USD", "SOL-USD"]` (at least one). */
  readonly products: readonly string[];
  /** Venue id used in instrument ids, topics and recordings. @default "coinbase" */
  readonly venue?: string;
  /**
   * No frame for this long (ms) means the socket is half-open or stalled: it is dropped and reopened.
   * Heartbeats arrive every second. @default 5_000
   */
  readonly idleTimeoutMs?: number;
  /**
   * How a sequence gap or regression (or a rejected book) is repaired: `resubscribe` sends `unsubscribe` +
   * `subscribe` for `level2` on the same socket (fresh snapshots follow); `reconnect` reopens the socket.
   * @default "resubscribe"
   */
  readonly resyncBy?: "resubscribe" | "reconnect";
}
