import type { CoinbaseMessage } from "./CoinbaseMessage";
import { decodeCanonicalCoinbaseHeartbeat } from "./decodeCanonicalCoinbaseHeartbeat";
import { decodeCanonicalCoinbaseL2 } from "./decodeCanonicalCoinbaseL2";
import { decodeCoinbaseJson } from "./decodeCoinbaseJson";

/**
 * Decodes and validates one raw Coinbase Advanced Trade frame. The whole frame is checked before anything is
 * returned, so a caller never applies half a frame. An `l2_data` or `heartbeats` frame in the venue's own layout
 * (nearly all traffic) is read without `JSON.parse`; everything else goes through `JSON.parse` and the same checks. Both
 * paths give identical results on every frame the fast one accepts.
 *
 * Accepts what the real feed sends where it contradicts the docs: `heartbeat_counter` as number or string,
 * no `client_id`, ask side `"offer"`. Prices must be positive and sizes non-negative decimal strings in the
 * strict grammar (no exponent, `NaN`, sign or whitespace).
 *
 * @throws ArbError `FRAME_MALFORMED` (venue `coinbase`, a frame excerpt and the reason) for invalid JSON, a
 * wrong type anywhere, an unknown channel or a bad decimal.
 * @example
 * ```ts
 * const msg = decodeCoinbaseFrame(raw);
 * if (msg.kind === "l2") for (const e of msg.events) console.log(e.productId, e.changes.length);
 * ```
 */
export function decodeCoinbaseFrame(text: string): CoinbaseMessage {
  return decodeCanonicalCoinbaseL2(text) ?? decodeCanonicalCoinbaseHeartbeat(text) ?? decodeCoinbaseJson(text);
}
