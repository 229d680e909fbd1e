import { ArbError } from "@arbkit/core";
import type { OrcaFrameItem, RawAccount } from "./OrcaFrameItem";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function malformed(frame: string, reason: string): never {
  throw new ArbError("FRAME_MALFORMED", `orca frame: ${reason}`, { venue: "orca", excerpt: frame.slice(0, 120), reason });
}

function slotOf(frame: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) return malformed(frame, "slot is not a non-negative integer");
  return v;
}

function accountOf(frame: string, v: unknown): RawAccount | null {
  if (v === null) return null;
  if (!isObject(v) || typeof v.owner !== "string") return malformed(frame, "account value has no owner");
  const data = v.data;
  if (!Array.isArray(data) || typeof data[0] !== "string" || data[1] !== "base64") return malformed(frame, "account data is not [base64, \"base64\"]");
  return { owner: v.owner, data: Buffer.from(data[0], "base64") };
}

function fromResponse(frame: string, id: string, result: unknown): OrcaFrameItem[] {
  const [method = "", , keyList = ""] = id.split("/");
  const keys = keyList === "" ? [] : keyList.split(",");
  switch (method) {
    case "getMultipleAccounts":
    case "getAccountInfo": {
      if (!isObject(result) || !isObject(result.context)) return malformed(frame, `${method} result has no context`);
      const slot = slotOf(frame, result.context.slot);
      const values: unknown[] = method === "getAccountInfo" ? [result.value] : Array.isArray(result.value) ? result.value : malformed(frame, "value is not an array");
      if (values.length !== keys.length) return malformed(frame, `${values.length} accounts for ${keys.length} keys`);
      return values.map((value, i) => ({ kind: "account", address: keys[i], subscription: undefined, slot, account: accountOf(frame, value) }));
    }
    case "getSlot":
      return [{ kind: "slot", slot: slotOf(frame, result) }];
    case "getRecentPrioritizationFees": {
      if (!Array.isArray(result)) return malformed(frame, "fees result is not an array");
      const fees = result.map((f: unknown) => {
        if (!isObject(f) || typeof f.prioritizationFee !== "number" || !Number.isSafeInteger(f.prioritizationFee) || f.prioritizationFee < 0) {
          return malformed(frame, "prioritizationFee is not a non-negative integer");
        }
        return { slot: slotOf(frame, f.slot), fee: BigInt(f.prioritizationFee) };
      });
      return [{ kind: "fees", keys, fees }];
    }
    case "accountSubscribe":
    case "slotSubscribe":
      if (typeof result !== "number") return malformed(frame, "subscription id is not a number");
      return [{ kind: "subscribed", subscription: result, address: method === "accountSubscribe" ? keys[0] : undefined }];
    default:
      return [];
  }
}

/**
 * Extracts the facts of one Solana RPC frame through `JSON.parse` (the general path of
 * {@link parseOrcaFrame}): a JSON-RPC response body whose `id` is `method/seq/keys`
 * (as {@link createRpcFetch} sends them), or a pubsub message (`accountNotification`, `slotNotification`,
 * subscription confirmations). Frames of other methods yield no items. Pure: no state.
 *
 * @throws ArbError `FRAME_MALFORMED` for text that is not JSON or a known message with the wrong shape.
 * @example
 * ```ts
 * parseOrcaJson('{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"slot":7,"parent":6,"root":0},"subscription":1}}');
 * // [{ kind: "slot", slot: 7 }]
 * ```
 */
export function parseOrcaJson(frame: string): OrcaFrameItem[] {
  let message: unknown;
  try {
    message = JSON.parse(frame);
  } catch {
    return malformed(frame, "not JSON");
  }
  if (!isObject(message)) return malformed(frame, "not a JSON object");
  if (typeof message.method === "string") {
    const params = message.params;
    if (!isObject(params) || !isObject(params.result)) return malformed(frame, `${message.method} has no params.result`);
    const result = params.result;
    if (message.method === "slotNotification") return [{ kind: "slot", slot: slotOf(frame, result.slot) }];
    if (message.method === "accountNotification") {
      if (!isObject(result.context) || typeof params.subscription !== "number") return malformed(frame, "accountNotification lacks context or subscription");
      return [{ kind: "account", address: undefined, subscription: params.subscription, slot: slotOf(frame, result.context.slot), account: accountOf(frame, result.value) }];
    }
    return [];
  }
  const id = typeof message.id === "string" ? message.id : "";
  if (isObject(message.error)) return [{ kind: "rpcError", method: id.split("/")[0] ?? "", message: String(message.error.message) }];
  if ("result" in message) return fromResponse(frame, id, message.result);
  return [];
}
