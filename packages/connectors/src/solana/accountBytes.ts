import { ArbError } from "@arbkit/core";
import { encodeBase58 } from "./encodeBase58";

// Little-endian readers for Anchor/Borsh account fields. Internal: the decoders are the public surface.

/** Reads a u128 (little-endian) at `offset`. */
export function readU128(view: DataView, offset: number): bigint {
  return view.getBigUint64(offset, true) + (view.getBigUint64(offset + 8, true) << 64n);
}

/** Reads an i128 (little-endian, two's complement) at `offset`. */
export function readI128(view: DataView, offset: number): bigint {
  return view.getBigUint64(offset, true) + (view.getBigInt64(offset + 8, true) << 64n);
}

/** Reads a 32-byte public key at `offset` as base58. */
export function readPubkey(bytes: Uint8Array, offset: number): string {
  return encodeBase58(bytes, offset, offset + 32);
}

/** A DataView over exactly the given bytes (works for Buffer slices of a shared pool). */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether `bytes` starts with the 8-byte Anchor discriminator `expected`. */
export function hasDiscriminator(bytes: Uint8Array, expected: readonly number[]): boolean {
  if (bytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== expected[i]) return false;
  return true;
}

/** Throws the decoder's one error code. */
export function decodeFailure(account: string, layout: string, reason: string): never {
  throw new ArbError("ACCOUNT_DECODE_FAILED", `${layout} account ${account}: ${reason}`, { account, layout, reason });
}
