import type { LevelChange, UnixMs } from "@arbkit/core";

/** One `l2_data` event: a full book (`snapshot`) or level changes (`update`) for one product. */
export interface CoinbaseL2Event {
  readonly type: "snapshot" | "update";
  /** Venue product id, e.g. `BTC-USD`. */
  readonly productId: string;
  /** Changes in venue order; `"offer"` is mapped to `"ask"`. Sizes are absolute, `"0"` removes. */
  readonly changes: readonly LevelChange[];
}

/** A validated Coinbase Advanced Trade frame. Every kind but `error` carries the connection's `sequence`. */
export type CoinbaseMessage =
  | { readonly kind: "l2"; readonly sequence: number; readonly tsEvent: UnixMs; readonly events: readonly CoinbaseL2Event[] }
  | { readonly kind: "heartbeat"; readonly sequence: number; readonly tsEvent: UnixMs; readonly counter: number }
  | {
      readonly kind: "subscriptions";
      readonly sequence: number;
      readonly tsEvent: UnixMs;
      /** Every active subscription: channel → product ids (heartbeats: `["heartbeats"]`). */
      readonly subscriptions: Readonly<Record<string, readonly string[]>>;
    }
  | { readonly kind: "other"; readonly sequence: number; readonly tsEvent: UnixMs; readonly channel: string }
  | { readonly kind: "error"; readonly message: string; readonly reason: string | undefined };
