import type { LevelChange } from "@arbkit/core";
import { PLAIN_JSON_STRING_CHAR as C } from "../lifecycle/PLAIN_JSON_STRING_CHAR";
import { VENUE_DECIMAL_MAX_LENGTH, VENUE_DECIMAL_SOURCE, VENUE_PRICE_SOURCE } from "../lifecycle/VENUE_DECIMAL_SOURCE";
import type { GeminiMessage } from "./GeminiMessage";

// The exact layout Gemini writes for every update after the first frame (recorded 2026-08): keys in this
// order, no whitespace, no `trades` or `auction_events`. Sticky (`y`): each piece starts where the last ended.
const OPEN = '{"changes":[';
const CHANGE = new RegExp(`\\["(buy|sell)","(${VENUE_PRICE_SOURCE})","(${VENUE_DECIMAL_SOURCE})"\\]`, "y");
const TAIL = new RegExp(`\\],"symbol":"(${C}+)","type":"l2_updates"\\}$`, "y");
const COMMA = 44;
const CLOSE_ARRAY = 93;

/**
 * Decodes a Gemini `l2_updates` frame written exactly in the venue's canonical layout, without `JSON.parse`:
 * sticky regular expressions walk the text once and keep the decimal strings as slices of it. Returns
 * `undefined` for anything else — the first frame of a subscription (`trades`, `auction_events`), another
 * type, other key order, whitespace, escapes, a bad decimal, malformed JSON — and the general decoder then
 * decides (and names the error). On every text it accepts the result equals the general decoder's (a
 * differential property test holds it to that).
 *
 * @example
 * ```ts
 * decodeCanonicalGeminiL2('{"changes":[["sell","77.433","0.0"]],"symbol":"SOLUSD","type":"l2_updates"}');
 * // { kind: "l2", symbol: "SOLUSD", changes: [{ side: "ask", price: "77.433", size: "0.0" }], trades: [], initial: false }
 * ```
 */
export function decodeCanonicalGeminiL2(text: string): GeminiMessage | undefined {
  if (!text.startsWith(OPEN)) return undefined;
  let at = OPEN.length;
  const changes: LevelChange[] = [];
  if (text.charCodeAt(at) !== CLOSE_ARRAY) {
    for (;;) {
      CHANGE.lastIndex = at;
      const c = CHANGE.exec(text);
      if (c === null) return undefined;
      const price = c[2] as string;
      const size = c[3] as string;
      if (price.length > VENUE_DECIMAL_MAX_LENGTH || size.length > VENUE_DECIMAL_MAX_LENGTH) return undefined;
      changes.push(Object.freeze({ side: c[1] === "buy" ? "bid" : "ask", price, size }));
      at = CHANGE.lastIndex;
      if (text.charCodeAt(at) === CLOSE_ARRAY) break;
      if (text.charCodeAt(at++) !== COMMA) return undefined;
    }
  }
  TAIL.lastIndex = at;
  const tail = TAIL.exec(text);
  if (tail === null) return undefined;
  // Frozen whole (each change already is): the book event that carries it needs one check, no walk.
  return { kind: "l2", symbol: tail[1] as string, changes: Object.freeze(changes), trades: [], initial: false };
}
