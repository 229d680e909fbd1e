import type { GeminiMessage } from "./GeminiMessage";
import { decodeCanonicalGeminiL2 } from "./decodeCanonicalGeminiL2";
import { decodeGeminiJson } from "./decodeGeminiJson";

/**
 * Decodes and validates one raw Gemini market data v2 frame (`l2_updates`, `trade`, `heartbeat`, `error`).
 * Keys may arrive in any order; a removal is any zero quantity (`"0"` in 2021, `"0.0"` in 2026). Trade ids
 * are read from the raw text, because `JSON.parse` would round ids above 2^53 (2021 trades have no `tid`:
 * their `event_id` is used). `initial` marks the first frame of a subscription (it carries `trades` or
 * `auction_events`). The whole frame is checked before anything is returned. An `l2_updates` frame in the
 * venue's own layout (nearly all traffic) is read without `JSON.parse`; both paths give identical results on
 * every frame the fast one accepts.
 *
 * @throws ArbError `FRAME_MALFORMED` (venue `gemini`, a frame excerpt and the reason) for invalid JSON, an
 * unknown `type`, a wrong type anywhere or a bad decimal (`"1e-8"`, `"NaN"`, negative).
 * @example
 * ```ts
 * const msg = decodeGeminiFrame('{"changes":[["sell","77.433","0.0"]],"symbol":"SOLUSD","type":"l2_updates"}');
 * // { kind: "l2", symbol: "SOLUSD", changes: [{ side: "ask", price: "77.433", size: "0.0" }], trades: [] }
 * ```
 */
export function decodeGeminiFrame(text: string): GeminiMessage {
  return decodeCanonicalGeminiL2(text) ?? decodeGeminiJson(text);
}
