/** Raw account bytes with their owner program, as an RPC node returned them. */
export interface RawAccount {
  /** Owning program id (base58). */
  readonly owner: string;
  /** The account data, decoded from base64. */
  readonly data: Uint8Array;
}

/**
 * One fact carried by a Solana RPC frame, as {@link parseOrcaFrame} extracts it:
 * - `account`: an account's bytes at a slot (`account` is `null` when it does not exist); `address` is
 *   `undefined` for a subscription notification, whose address comes from `subscription`;
 * - `slot`: the chain's newest slot;
 * - `fees`: recent prioritization fees (micro-lamports per CU) over the writable accounts `keys`;
 * - `subscribed`: a subscription id bound to an address (`undefined` for slot subscriptions);
 * - `rpcError`: a JSON-RPC error response.
 */
export type OrcaFrameItem =
  | { readonly kind: "account"; readonly address: string | undefined; readonly subscription: number | undefined; readonly slot: number; readonly account: RawAccount | null }
  | { readonly kind: "slot"; readonly slot: number }
  | { readonly kind: "fees"; readonly keys: readonly string[]; readonly fees: readonly { readonly slot: number; readonly fee: bigint }[] }
  | { readonly kind: "subscribed"; readonly subscription: number; readonly address: string | undefined }
  | { readonly kind: "rpcError"; readonly method: string; readonly message: string };
