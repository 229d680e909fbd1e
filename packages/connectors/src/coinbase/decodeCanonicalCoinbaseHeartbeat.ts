import { PLAIN_JSON_STRING_CHAR as C } from "../lifecycle/PLAIN_JSON_STRING_CHAR";
import type { CoinbaseMessage } from "./CoinbaseMessage";
import { decodeRfc3339Ms } from "./decodeRfc3339Ms";

const INTEGER = "0|[1-9][0-9]{0,15}";
// The exact layout Coinbase writes (recorded 2026-08, every heartbeats frame): keys in this order, no
// whitespace, strings without escapes, the counter as a number. Anchored at both ends.
const HEARTBEAT = new RegExp(
  `^\\{"channel":"heartbeats",(?:"client_id":"${C}*",)?"timestamp":"(${C}*)","sequence_num":(${INTEGER}),"events":\\[\\{"current_time":"${C}*","heartbeat_counter":(${INTEGER})\\}\\]\\}$`,
);

/**
 * Decodes a Coinbase `heartbeats` frame written exactly in the venue's canonical layout, without `JSON.parse`.
 * Returns `undefined` for anything else (another channel or layout, a counter sent as a string, escapes, a bad
 * timestamp) and the general decoder then decides. On every text it accepts the result equals the general
 * decoder's (a differential property test holds it to that). One arrives every second on every connection,
 * which made it the commonest frame still paying for `JSON.parse` in a replay.
 *
 * @example
 * ```ts
 * decodeCanonicalCoinbaseHeartbeat('{"channel":"heartbeats","timestamp":"2026-08-09T21:05:48.856364007Z","sequence_num":35,"events":[{"current_time":"2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.260485341","heartbeat_counter":41691}]}');
 * // { kind: "heartbeat", sequence: 35, tsEvent: 1786309548856.364, counter: 41691 }
 * ```
 */
export function decodeCanonicalCoinbaseHeartbeat(text: string): CoinbaseMessage | undefined {
  const m = HEARTBEAT.exec(text);
  if (m === null) return undefined;
  const sequence = Number(m[2]);
  const counter = Number(m[3]);
  const tsEvent = decodeRfc3339Ms(m[1] as string);
  if (!Number.isSafeInteger(sequence) || !Number.isSafeInteger(counter) || tsEvent === undefined) return undefined;
  return { kind: "heartbeat", sequence, tsEvent, counter };
}
