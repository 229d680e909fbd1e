import { WHIRLPOOL_PROGRAM_ID } from "../solana/WHIRLPOOL_PROGRAM_ID";

/** One account as the RPC returns it with `encoding: "base64"`. */
export interface SyntheticAccount {
  /** The account address (base58). */
  readonly pubkey: string;
  /** The account data. */
  readonly data: Uint8Array;
  /** The owning program. @default the Whirlpool program */
  readonly owner?: string;
}

/** The SPL Token program id (owner of classic mints). */
export const SPL_TOKEN_PROGRAM_ID = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA";

/**
 * A classic SPL mint account (82 bytes): no mint or freeze authority, zero supply, initialized, `decimals`.
 * Only `decimals` and the owner matter to arbkit (the Orca connector checks mints for Token-2022 fees).
 */
export function encodeMintAccount(decimals: number): Uint8Array {
  const data = new Uint8Array(82);
  data[44] = decimals;
  data[45] = 1;
  return data;
}

// Rent-exempt lamports for the two account sizes (what mainnet shows for them).
const lamportsFor = (size: number): number => (size === 653 ? 5_435_760 : size === 82 ? 1_461_600 : 70_407_360);

function accountInfo(data: Uint8Array | undefined, owner = WHIRLPOOL_PROGRAM_ID): object | null {
  if (data === undefined) return null;
  return {
    data: [Buffer.from(data).toString("base64"), "base64"],
    executable: false,
    lamports: lamportsFor(data.length),
    owner,
    rentEpoch: 361,
    space: data.length,
  };
}

/**
 * The JSON-RPC id arbkit's RPC transport puts on each request, echoed by the server: `method/seq/key1,key2…`,
 * which makes every recorded response self-describing.
 */
export const rpcId = (method: string, seq: number, keys: readonly string[]): string => `${method}/${seq}/${keys.join(",")}`;

/** A JSON-RPC request (as sent, `dir: "out"`). */
export function encodeRpcRequest(id: string, method: string, params: readonly unknown[]): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method, params });
}

/** A `getMultipleAccounts` response body: `context.slot`, `value` in request order (`null` for missing accounts). */
export function encodeGetMultipleAccountsResponse(id: string, slot: number, accounts: readonly (SyntheticAccount | undefined)[]): string {
  return JSON.stringify({ jsonrpc: "2.0", result: { context: { apiVersion: "2.2.14", slot }, value: accounts.map((a) => accountInfo(a?.data, a?.owner)) }, id });
}

/** A subscription acknowledgement or any response whose `result` is a number. */
export function encodeNumberResult(id: string, result: number): string {
  return JSON.stringify({ jsonrpc: "2.0", result, id });
}

/** A `getRecentPrioritizationFees` response body (fees in micro-lamports per compute unit). */
export function encodePrioritizationFeesResponse(id: string, fees: readonly { readonly slot: number; readonly fee: number }[]): string {
  return JSON.stringify({ jsonrpc: "2.0", result: fees.map((f) => ({ prioritizationFee: f.fee, slot: f.slot })), id });
}

/** A pubsub `accountNotification` carrying an account's new data at `slot`. */
export function encodeAccountNotification(subscription: number, slot: number, data: Uint8Array): string {
  return JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { context: { slot }, value: accountInfo(data) }, subscription } });
}

/** A pubsub `slotNotification`. */
export function encodeSlotNotification(subscription: number, slot: number): string {
  return JSON.stringify({ jsonrpc: "2.0", method: "slotNotification", params: { result: { parent: slot - 1, root: slot - 32, slot }, subscription } });
}
