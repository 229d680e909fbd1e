import type { OrcaFrameItem } from "./OrcaFrameItem";
import { decodeCanonicalSolanaNotification } from "./decodeCanonicalSolanaNotification";
import { parseOrcaJson } from "./parseOrcaJson";

/**
 * Extracts the facts of one Solana RPC frame: a JSON-RPC response body whose `id` is `method/seq/keys`
 * (as {@link createRpcFetch} sends them), or a pubsub message (`accountNotification`, `slotNotification`,
 * subscription confirmations). Frames of other methods yield no items. Pure: no state. Slot and account
 * notifications in the node's own layout (nearly all traffic) are read without `JSON.parse`; both paths give
 * identical results on every frame the fast one accepts.
 *
 * @throws ArbError `FRAME_MALFORMED` for text that is not JSON or a known message with the wrong shape.
 * @example
 * ```ts
 * parseOrcaFrame('{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"slot":7,"parent":6,"root":0},"subscription":1}}');
 * // [{ kind: "slot", slot: 7 }]
 * ```
 */
export function parseOrcaFrame(frame: string): OrcaFrameItem[] {
  return decodeCanonicalSolanaNotification(frame) ?? parseOrcaJson(frame);
}
