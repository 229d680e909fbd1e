import type { SyntheticLevelChange } from "./createSyntheticBook";
import { formatScaledInteger } from "./formatScaledInteger";

/** Price and size scales of a Gemini symbol in the generator. */
export interface GeminiScales {
  readonly priceScale: number;
  readonly sizeScale: number;
}

/**
 * Encodes a Gemini v2 `l2_updates` frame as the 2026 venue prints it: keys in alphabetical order,
 * `"buy"`/`"sell"`, at least one fractional digit (`"30.0"`), removals `"0.0"`. The first frame of a
 * symbol (`initial`) is the full book and carries `auction_events` and `trades`.
 */
export function encodeGeminiL2Frame(symbol: string, changes: readonly SyntheticLevelChange[], scales: GeminiScales, initial: boolean): string {
  const encoded = changes.map((c) => [
    c.side === "bid" ? "buy" : "sell",
    formatScaledInteger(c.price, scales.priceScale, 1),
    formatScaledInteger(c.size, scales.sizeScale, 1),
  ]);
  return initial
    ? JSON.stringify({ auction_events: [], changes: encoded, symbol, trades: [], type: "l2_updates" })
    : JSON.stringify({ changes: encoded, symbol, type: "l2_updates" });
}

/** Encodes a Gemini v2 heartbeat (`timestamp` in Unix ms). */
export function encodeGeminiHeartbeat(timestampMs: number): string {
  return JSON.stringify({ timestamp: timestampMs, type: "heartbeat" });
}

/** Encodes the v2 subscribe request for the `l2` feed of some symbols. */
export function encodeGeminiSubscribe(symbols: readonly string[]): string {
  return JSON.stringify({ type: "subscribe", subscriptions: [{ name: "l2", symbols }] });
}
