import { PLAIN_JSON_STRING_CHAR as C } from "../lifecycle/PLAIN_JSON_STRING_CHAR";
import type { OrcaFrameItem } from "./OrcaFrameItem";

// The exact layout a Solana RPC node (Agave) writes for the two notifications that make up nearly all pubsub
// traffic: keys in this order, no whitespace, integers as plain literals.
// An unsigned integer literal: captured (U) where read, not captured (N) where only checked.
const U = "(0|[1-9][0-9]{0,19})";
const N = "(?:0|[1-9][0-9]{0,19})";
const SLOT = new RegExp(`^\\{"jsonrpc":"2\\.0","method":"slotNotification","params":\\{"result":\\{"parent":${N},"root":${N},"slot":${U}\\},"subscription":${N}\\}\\}$`);
const ACCOUNT = new RegExp(
  `^\\{"jsonrpc":"2\\.0","method":"accountNotification","params":\\{"result":\\{"context":\\{"slot":${U}\\},"value":\\{"data":\\["([A-Za-z0-9+/=]*)","base64"\\],` +
    `"executable":(?:true|false),"lamports":${N},"owner":"(${C}*)","rentEpoch":${N},"space":${N}\\}\\},"subscription":${U}\\}\\}$`,
);

/**
 * Reads a Solana `slotNotification` or `accountNotification` (base64 data) written exactly in the RPC node's
 * canonical layout, without `JSON.parse`. Returns `undefined` for anything else — other messages, other key
 * order, whitespace, escapes, a `null` account, a slot beyond 2^53, malformed JSON — and the general parser
 * then decides (and names the error). On every text it accepts the result equals the general parser's (a
 * differential property test holds it to that).
 *
 * @example
 * ```ts
 * decodeCanonicalSolanaNotification('{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"parent":6,"root":0,"slot":7},"subscription":1}}');
 * // [{ kind: "slot", slot: 7 }]
 * ```
 */
export function decodeCanonicalSolanaNotification(frame: string): OrcaFrameItem[] | undefined {
  // Dispatch on a fixed offset: `{"jsonrpc":"2.0","method":"` is 27 characters.
  const first = frame.charCodeAt(27);
  if (first === 115 /* s */) {
    const m = SLOT.exec(frame);
    if (m === null) return undefined;
    const slot = Number(m[1]);
    return Number.isSafeInteger(slot) ? [{ kind: "slot", slot }] : undefined;
  }
  if (first === 97 /* a */) {
    const m = ACCOUNT.exec(frame);
    if (m === null) return undefined;
    const slot = Number(m[1]);
    if (!Number.isSafeInteger(slot)) return undefined;
    const account = { owner: m[3] as string, data: Buffer.from(m[2] as string, "base64") };
    return [{ kind: "account", address: undefined, subscription: Number(m[4]), slot, account }];
  }
  return undefined;
}
