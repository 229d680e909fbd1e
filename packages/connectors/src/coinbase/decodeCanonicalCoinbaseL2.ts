import type { LevelChange } from "@arbkit/core";
import { PLAIN_JSON_STRING_CHAR as C } from "../lifecycle/PLAIN_JSON_STRING_CHAR";
import { VENUE_DECIMAL_MAX_LENGTH, VENUE_DECIMAL_SOURCE, VENUE_PRICE_SOURCE } from "../lifecycle/VENUE_DECIMAL_SOURCE";
import type { CoinbaseL2Event, CoinbaseMessage } from "./CoinbaseMessage";
import { decodeRfc3339Ms } from "./decodeRfc3339Ms";

// The exact layout Coinbase writes (recorded 2026-08, every l2_data frame): keys in this order, no whitespace,
// strings without escapes. Sticky (`y`) so each piece must start where the previous one ended.
const HEAD = new RegExp(`\\{"channel":"l2_data",(?:"client_id":"${C}*",)?"timestamp":"(${C}*)","sequence_num":(0|[1-9][0-9]{0,15}),"events":\\[`, "y");
const EVENT = new RegExp(`\\{"type":"(snapshot|update)","product_id":"(${C}+)","updates":\\[`, "y");
const UPDATE = new RegExp(`\\{"side":"(bid|offer)","event_time":"${C}*","price_level":"(${VENUE_PRICE_SOURCE})","new_quantity":"(${VENUE_DECIMAL_SOURCE})"\\}`, "y");
const COMMA = 44;
const CLOSE_ARRAY = 93;
const CLOSE_OBJECT = 125;

/**
 * Decodes a Coinbase `l2_data` frame written exactly in the venue's canonical layout, without `JSON.parse`:
 * sticky regular expressions walk the text once and keep the decimal strings as slices of it. Returns
 * `undefined` for anything else — another channel, other key order, whitespace, escapes, extra keys, a bad
 * decimal or timestamp, malformed JSON — and the general decoder then decides (and names the error). On
 * every text it accepts the result equals the general decoder's (a differential property test holds it to
 * that), so which path ran never shows. Three times faster than `JSON.parse` on the recorded feed (P3 bench).
 *
 * @example
 * ```ts
 * decodeCanonicalCoinbaseL2('{"channel":"heartbeats",…}'); // undefined: not l2_data
 * ```
 */
export function decodeCanonicalCoinbaseL2(text: string): CoinbaseMessage | undefined {
  HEAD.lastIndex = 0;
  const head = HEAD.exec(text);
  if (head === null) return undefined;
  const sequence = Number(head[2]);
  const tsEvent = decodeRfc3339Ms(head[1] as string);
  if (!Number.isSafeInteger(sequence) || tsEvent === undefined) return undefined;
  let at = HEAD.lastIndex;
  const events: CoinbaseL2Event[] = [];
  for (;;) {
    EVENT.lastIndex = at;
    const event = EVENT.exec(text);
    if (event === null) return undefined;
    at = EVENT.lastIndex;
    const changes: LevelChange[] = [];
    if (text.charCodeAt(at) === CLOSE_ARRAY) at++;
    else {
      for (;;) {
        UPDATE.lastIndex = at;
        const u = UPDATE.exec(text);
        if (u === null) return undefined;
        const price = u[2] as string;
        const size = u[3] as string;
        if (price.length > VENUE_DECIMAL_MAX_LENGTH || size.length > VENUE_DECIMAL_MAX_LENGTH) return undefined;
        changes.push(Object.freeze({ side: u[1] === "bid" ? "bid" : "ask", price, size }));
        at = UPDATE.lastIndex;
        const next = text.charCodeAt(at++);
        if (next === CLOSE_ARRAY) break;
        if (next !== COMMA) return undefined;
      }
    }
    if (text.charCodeAt(at++) !== CLOSE_OBJECT) return undefined;
    // Frozen whole (each change already is): the book event that carries it needs one check, no walk.
    events.push({ type: event[1] as "snapshot" | "update", productId: event[2] as string, changes: Object.freeze(changes) });
    const next = text.charCodeAt(at++);
    if (next === CLOSE_ARRAY) break;
    if (next !== COMMA) return undefined;
  }
  if (text.charCodeAt(at++) !== CLOSE_OBJECT || at !== text.length) return undefined;
  return { kind: "l2", sequence, tsEvent, events };
}
