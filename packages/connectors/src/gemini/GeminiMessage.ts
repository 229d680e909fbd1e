import type { LevelChange, UnixMs } from "@arbkit/core";

/** A Gemini v2 trade print. `tradeId` is kept as a string: Gemini trade ids exceed 2^53. */
export interface GeminiTrade {
  readonly symbol: string;
  /** Exact decimal string. */
  readonly price: string;
  /** Exact decimal string, base units. */
  readonly quantity: string;
  /** The taker's side. */
  readonly side: "buy" | "sell";
  /** Exact integer as a decimal string (`tid`, else `event_id`); `undefined` when neither is usable. */
  readonly tradeId: string | undefined;
  /** Venue time, Unix ms. */
  readonly timestamp: UnixMs;
}

/** A validated Gemini market data v2 frame. v2 frames carry no sequence number. */
export type GeminiMessage =
  | {
      readonly kind: "l2";
      readonly symbol: string;
      /** Changes in venue order (`buy` → bid, `sell` → ask); the quantity is absolute, zero removes. */
      readonly changes: readonly LevelChange[];
      /** Recent trades; present only on the first (full-book) frame of a subscription. */
      readonly trades: readonly GeminiTrade[];
      /** Whether the frame is a subscription's first (full-book) frame: it carries `trades` or `auction_events`. */
      readonly initial: boolean;
    }
  | { readonly kind: "trade"; readonly trade: GeminiTrade }
  | { readonly kind: "heartbeat"; readonly timestamp: UnixMs }
  | { readonly kind: "error"; readonly message: string; readonly reason: string | undefined };
