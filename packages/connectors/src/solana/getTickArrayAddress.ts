import { ArbError } from "@arbkit/core";
import { PublicKey } from "@solana/web3.js";
import { WHIRLPOOL_PROGRAM_ID } from "./WHIRLPOOL_PROGRAM_ID";

/**
 * Derives the address of a Whirlpool's tick array: the program-derived address of the seeds
 * `["tick_array", whirlpool, String(startTickIndex)]` (the start index as decimal text, as Orca's
 * `PDAUtil.getTickArray` does) under the Whirlpool program. Works for both layouts (same address).
 *
 * @param whirlpool The pool address (base58).
 * @param startTickIndex The array's start tick (see {@link getTickArrayStartIndex}).
 * @param programId @default WHIRLPOOL_PROGRAM_ID
 * @throws ArbError `ARGUMENT_INVALID` when `whirlpool` or `programId` is not a base58 public key.
 * @example
 * ```ts
 * getTickArrayAddress("HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", -39424);
 * ```
 */
export function getTickArrayAddress(whirlpool: string, startTickIndex: number, programId: string = WHIRLPOOL_PROGRAM_ID): string {
  let pool: PublicKey;
  let program: PublicKey;
  try {
    pool = new PublicKey(whirlpool);
    program = new PublicKey(programId);
  } catch (error) {
    throw new ArbError("ARGUMENT_INVALID", "Not a base58 public key", { name: "whirlpool", value: whirlpool, reason: String(error) }, { cause: error });
  }
  const [address] = PublicKey.findProgramAddressSync([Buffer.from("tick_array"), pool.toBuffer(), Buffer.from(String(startTickIndex))], program);
  return address.toBase58();
}
