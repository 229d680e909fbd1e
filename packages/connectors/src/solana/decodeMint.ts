import { decodeFailure } from "./accountBytes";

/** The SPL Token program id. */
export const TOKEN_PROGRAM_ID = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA";
/** The SPL Token-2022 program id. */
export const TOKEN_2022_PROGRAM_ID = "TokenzQdBNbLhNTY6hmoXwAWKZfpLaTwLHy6rW9tRQ";

const MINT_SIZE = 82;
const ACCOUNT_TYPE_OFFSET = 165;
const TRANSFER_FEE_CONFIG = 1;

/** What the pool connector needs from a token mint. */
export interface MintInfo {
  /** Decimal places of the token (raw units per whole token = 10^decimals). */
  readonly decimals: number;
  /** The owning token program (SPL Token or Token-2022). */
  readonly tokenProgram: "token" | "token-2022";
  /** Token-2022 extension type numbers present on the mint (empty for SPL Token). */
  readonly extensions: readonly number[];
  /** Whether the mint charges a Token-2022 transfer fee (extension `TransferFeeConfig`), which the math does not model. */
  readonly hasTransferFee: boolean;
}

/**
 * Decodes an SPL Token or Token-2022 mint account: decimals (byte 44), the initialized flag, and for
 * Token-2022 the extension list (TLV entries after the account-type byte at offset 165).
 *
 * @param data Account data. @param owner The owning program id (base58). @param address For errors.
 * @throws ArbError `ACCOUNT_DECODE_FAILED` when the owner is not a token program, the size is wrong, the
 * mint is not initialized or the extension list is truncated.
 * @example
 * ```ts
 * decodeMint(bytes, TOKEN_PROGRAM_ID).decimals; // 6 for USDC
 * ```
 */
export function decodeMint(data: Uint8Array, owner: string, address = "(unknown)"): MintInfo {
  const isToken2022 = owner === TOKEN_2022_PROGRAM_ID;
  if (!isToken2022 && owner !== TOKEN_PROGRAM_ID) decodeFailure(address, "Mint", `owner ${owner} is not a token program`);
  if (isToken2022 ? data.length !== MINT_SIZE && data.length <= ACCOUNT_TYPE_OFFSET : data.length !== MINT_SIZE) {
    decodeFailure(address, "Mint", `size ${data.length}`);
  }
  if (data[45] !== 1) decodeFailure(address, "Mint", "not initialized");
  const extensions: number[] = [];
  if (data.length > ACCOUNT_TYPE_OFFSET) {
    if (data[ACCOUNT_TYPE_OFFSET] !== 1) decodeFailure(address, "Mint", `account type ${data[ACCOUNT_TYPE_OFFSET]} is not a mint`);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let offset = ACCOUNT_TYPE_OFFSET + 1;
    while (offset + 4 <= data.length) {
      const type = view.getUint16(offset, true);
      const length = view.getUint16(offset + 2, true);
      if (type === 0 && length === 0) break; // zero padding after the last extension
      if (offset + 4 + length > data.length) decodeFailure(address, "Mint", `extension ${type} is truncated`);
      extensions.push(type);
      offset += 4 + length;
    }
  }
  return Object.freeze({
    decimals: data[44] as number,
    tokenProgram: isToken2022 ? "token-2022" : "token",
    extensions: Object.freeze(extensions),
    hasTransferFee: extensions.includes(TRANSFER_FEE_CONFIG),
  });
}
