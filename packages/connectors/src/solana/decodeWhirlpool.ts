import { decodeFailure, hasDiscriminator, readPubkey, readU128, viewOf } from "./accountBytes";
import type { WhirlpoolAccount, WhirlpoolRewardInfo } from "./WhirlpoolAccount";

/** Size in bytes of a Whirlpool account. */
export const WHIRLPOOL_ACCOUNT_SIZE = 653;

const DISCRIMINATOR = [0x3f, 0x95, 0xd1, 0x0c, 0xe1, 0x80, 0x63, 0x09];
const MIN_TICK = -443_636;
const MAX_TICK = 443_636;
const MIN_SQRT_PRICE = 4_295_048_016n;
const MAX_SQRT_PRICE = 79_226_673_515_401_279_992_447_579_055n;
// The program caps fee_rate (MAX_FEE_RATE) far below this; 100 % is the bound beyond which the math is meaningless.
const MAX_FEE_RATE = 1_000_000;
const MAX_PROTOCOL_FEE_RATE = 10_000;
const MAX_TICK_SPACING = 32_896;
const REWARDS_OFFSET = 269;
const REWARD_SIZE = 128;

/** The account an earlier decode produced from `data`; fields whose bytes did not change are reused. */
export interface WhirlpoolDecodeBasis {
  /** The bytes that were decoded. */
  readonly data: Uint8Array;
  /** What they decoded to. */
  readonly account: WhirlpoolAccount;
}

/** Whether `a` and `b` hold the same bytes in `[offset, offset + length)`. */
function sameRange(a: Uint8Array, b: Uint8Array, offset: number, length: number): boolean {
  for (let i = offset; i < offset + length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A public key at `offset`, reusing the earlier decode's string when its 32 bytes are unchanged. */
function pubkeyAt(data: Uint8Array, offset: number, basis: WhirlpoolDecodeBasis | undefined, previous: string | undefined): string {
  return basis !== undefined && previous !== undefined && sameRange(data, basis.data, offset, 32) ? previous : readPubkey(data, offset);
}

function decodeReward(bytes: Uint8Array, view: DataView, offset: number, basis: WhirlpoolDecodeBasis | undefined, index: number): WhirlpoolRewardInfo {
  const previous = basis?.account.rewardInfos[index];
  // Reward blocks rarely change between updates of a pool: reuse the earlier (frozen) object when equal.
  if (basis !== undefined && previous !== undefined && sameRange(bytes, basis.data, offset, REWARD_SIZE)) return previous;
  return Object.freeze({
    mint: pubkeyAt(bytes, offset, basis, previous?.mint),
    vault: pubkeyAt(bytes, offset + 32, basis, previous?.vault),
    extension: pubkeyAt(bytes, offset + 64, basis, previous?.extension),
    emissionsPerSecondX64: readU128(view, offset + 96),
    growthGlobalX64: readU128(view, offset + 112),
  });
}

/**
 * Decodes a Whirlpool account (653 bytes, Anchor discriminator `3f95d10ce1806309`) from its raw bytes into
 * the core math's `WhirlpoolState` plus metadata. Hand-written fixed-offset reads (no Borsh/Anchor),
 * checked against `@orca-so/whirlpools-sdk`'s `ParsableWhirlpool` in tests.
 *
 * Range checks: tick spacing 1…32896, fee rate ≤ 1,000,000 millionths, protocol fee rate ≤ 10,000 bps,
 * current tick within ±443636, sqrt price within the Whirlpool bounds.
 *
 * @param data The account data (e.g. a base64-decoded RPC `data[0]`).
 * @param address The account address, used in errors and copied to the result. @default undefined
 * @param basis An earlier decode of this account (its bytes and result): public keys and reward blocks whose
 * bytes are unchanged are taken from it instead of being encoded again (base58 is the decoder's main cost on
 * a stream of updates). The result is the same as without it. @default none
 * @throws ArbError `ACCOUNT_DECODE_FAILED` for a wrong size, a wrong discriminator or a field out of range.
 * @example
 * ```ts
 * const pool = decodeWhirlpool(Buffer.from(base64, "base64"), "HJPjoW…");
 * pool.state.sqrtPrice; // Q64.64 bigint
 * ```
 */
export function decodeWhirlpool(data: Uint8Array, address?: string, basis?: WhirlpoolDecodeBasis): WhirlpoolAccount {
  // A basis of another size cannot be compared byte for byte (and this data fails the size check below).
  const b = basis !== undefined && basis.data.length === data.length ? basis : undefined;
  const p = b?.account;
  const name = address ?? "(unknown)";
  if (data.length !== WHIRLPOOL_ACCOUNT_SIZE) decodeFailure(name, "Whirlpool", `size ${data.length}, expected ${WHIRLPOOL_ACCOUNT_SIZE}`);
  if (!hasDiscriminator(data, DISCRIMINATOR)) decodeFailure(name, "Whirlpool", "discriminator is not Whirlpool's");
  const view = viewOf(data);
  const tickSpacing = view.getUint16(41, true);
  const feeTierIndex = view.getUint16(43, true);
  const feeRate = view.getUint16(45, true);
  const protocolFeeRate = view.getUint16(47, true);
  const liquidity = readU128(view, 49);
  const sqrtPrice = readU128(view, 65);
  const tickCurrentIndex = view.getInt32(81, true);
  if (tickSpacing < 1 || tickSpacing > MAX_TICK_SPACING) decodeFailure(name, "Whirlpool", `tick spacing ${tickSpacing} out of range`);
  if (feeRate > MAX_FEE_RATE) decodeFailure(name, "Whirlpool", `fee rate ${feeRate} over 100 %`);
  if (protocolFeeRate > MAX_PROTOCOL_FEE_RATE) decodeFailure(name, "Whirlpool", `protocol fee rate ${protocolFeeRate} over 100 %`);
  if (tickCurrentIndex < MIN_TICK || tickCurrentIndex > MAX_TICK) decodeFailure(name, "Whirlpool", `current tick ${tickCurrentIndex} out of range`);
  if (sqrtPrice < MIN_SQRT_PRICE || sqrtPrice > MAX_SQRT_PRICE) decodeFailure(name, "Whirlpool", `sqrt price ${sqrtPrice} out of range`);
  const rewardInfos = Object.freeze([
    decodeReward(data, view, REWARDS_OFFSET, b, 0),
    decodeReward(data, view, REWARDS_OFFSET + REWARD_SIZE, b, 1),
    decodeReward(data, view, REWARDS_OFFSET + 2 * REWARD_SIZE, b, 2),
  ] as const);
  return Object.freeze({
    address,
    whirlpoolsConfig: pubkeyAt(data, 8, b, p?.whirlpoolsConfig),
    whirlpoolBump: data[40] as number,
    feeTierIndex,
    usesAdaptiveFee: feeTierIndex !== tickSpacing,
    protocolFeeOwedA: view.getBigUint64(85, true),
    protocolFeeOwedB: view.getBigUint64(93, true),
    tokenMintA: pubkeyAt(data, 101, b, p?.tokenMintA),
    tokenVaultA: pubkeyAt(data, 133, b, p?.tokenVaultA),
    feeGrowthGlobalA: readU128(view, 165),
    tokenMintB: pubkeyAt(data, 181, b, p?.tokenMintB),
    tokenVaultB: pubkeyAt(data, 213, b, p?.tokenVaultB),
    feeGrowthGlobalB: readU128(view, 245),
    rewardLastUpdatedTimestamp: view.getBigUint64(261, true),
    rewardInfos,
    state: Object.freeze({ tickSpacing, feeRate, protocolFeeRate, liquidity, sqrtPrice, tickCurrentIndex }),
  });
}
