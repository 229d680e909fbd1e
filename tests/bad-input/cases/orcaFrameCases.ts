/** What a bad Solana RPC frame is built from: the pool's subscription id, the current slot and its good bytes. */
export interface OrcaFrameContext {
  readonly subscription: number;
  readonly slot: number;
  readonly poolData: Buffer;
}

/** One bad Solana RPC frame fed to the Orca connector's FrameSink after the pool is live. */
export interface OrcaFrameCase {
  readonly name: string;
  readonly frame: (c: OrcaFrameContext) => string;
  readonly code: "FRAME_MALFORMED" | "ACCOUNT_DECODE_FAILED" | "VENUE_ERROR";
  readonly reason?: string;
}

const OWNER = "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc";
const notification = (subscription: number, slot: unknown, value: unknown): string =>
  JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { context: { slot }, value }, subscription } });
const account = (data: Buffer | Uint8Array, extra: Record<string, unknown> = {}) => ({ data: [Buffer.from(data).toString("base64"), "base64"], executable: false, lamports: 1, owner: OWNER, rentEpoch: 0, ...extra });
const withBytes = (data: Buffer, edit: (b: Buffer) => void): Buffer => {
  const copy = Buffer.from(data);
  edit(copy);
  return copy;
};

export const ORCA_FRAME_CASES: readonly OrcaFrameCase[] = [
  { name: "not JSON", frame: () => '{"jsonrpc":"2.0","method":"accountNotif', code: "FRAME_MALFORMED", reason: "not JSON" },
  { name: "a JSON array (batch) of garbage", frame: () => "[1,2,3]", code: "FRAME_MALFORMED", reason: "not a JSON object" },
  { name: "accountNotification without params.result", frame: (c) => JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { subscription: c.subscription } }), code: "FRAME_MALFORMED", reason: "params.result" },
  { name: "accountNotification without context", frame: (c) => JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { value: account(c.poolData) }, subscription: c.subscription } }), code: "FRAME_MALFORMED", reason: "context" },
  { name: "accountNotification with a negative slot", frame: (c) => notification(c.subscription, -5, account(c.poolData)), code: "FRAME_MALFORMED", reason: "slot" },
  { name: "accountNotification with the slot as a string", frame: (c) => notification(c.subscription, String(c.slot + 1), account(c.poolData)), code: "FRAME_MALFORMED", reason: "slot" },
  { name: "accountNotification with a fractional slot", frame: (c) => notification(c.subscription, c.slot + 0.5, account(c.poolData)), code: "FRAME_MALFORMED", reason: "slot" },
  { name: "account without an owner", frame: (c) => notification(c.subscription, c.slot + 1, { data: [c.poolData.toString("base64"), "base64"] }), code: "FRAME_MALFORMED", reason: "owner" },
  { name: "account data in jsonParsed form", frame: (c) => notification(c.subscription, c.slot + 1, account(c.poolData, { data: { parsed: {} } })), code: "FRAME_MALFORMED", reason: "base64" },
  { name: "account data in base58 encoding", frame: (c) => notification(c.subscription, c.slot + 1, account(c.poolData, { data: ["abc", "base58"] })), code: "FRAME_MALFORMED", reason: "base64" },
  { name: "whirlpool data truncated to 600 bytes", frame: (c) => notification(c.subscription, c.slot + 1, account(c.poolData.subarray(0, 600))), code: "ACCOUNT_DECODE_FAILED" },
  { name: "whirlpool data empty", frame: (c) => notification(c.subscription, c.slot + 1, account(Buffer.alloc(0))), code: "ACCOUNT_DECODE_FAILED" },
  { name: "whirlpool data with a wrong discriminator", frame: (c) => notification(c.subscription, c.slot + 1, account(withBytes(c.poolData, (b) => b.fill(0, 0, 8)))), code: "ACCOUNT_DECODE_FAILED" },
  { name: "whirlpool data padded with 100 extra bytes", frame: (c) => notification(c.subscription, c.slot + 1, account(Buffer.concat([c.poolData, Buffer.alloc(100)]))), code: "ACCOUNT_DECODE_FAILED" },
  { name: "slotNotification with the slot overflowing to Infinity", frame: () => '{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"parent":1,"root":1,"slot":1e400},"subscription":1}}', code: "FRAME_MALFORMED", reason: "slot" },
  { name: "getMultipleAccounts answer with fewer accounts than keys", frame: (c) => JSON.stringify({ jsonrpc: "2.0", id: `getMultipleAccounts/9999/${"HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ"},So11111111111111111111111111111111111111112`, result: { context: { slot: c.slot + 1 }, value: [] } }), code: "FRAME_MALFORMED", reason: "accounts for 2 keys" },
  { name: "getMultipleAccounts answer whose value is not an array", frame: (c) => JSON.stringify({ jsonrpc: "2.0", id: "getMultipleAccounts/9999/HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", result: { context: { slot: c.slot + 1 }, value: {} } }), code: "FRAME_MALFORMED", reason: "not an array" },
  { name: "prioritization fee negative", frame: (c) => JSON.stringify({ jsonrpc: "2.0", id: "getRecentPrioritizationFees/9999/HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", result: [{ slot: c.slot, prioritizationFee: -1 }] }), code: "FRAME_MALFORMED", reason: "prioritizationFee" },
  { name: "subscription id not a number", frame: () => JSON.stringify({ jsonrpc: "2.0", id: "accountSubscribe/9999/HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", result: "abc" }), code: "FRAME_MALFORMED", reason: "subscription id" },
  { name: "a JSON-RPC error answer (429 body)", frame: () => JSON.stringify({ jsonrpc: "2.0", id: "getMultipleAccounts/9999/x", error: { code: 429, message: "Too many requests" } }), code: "VENUE_ERROR" },
];
