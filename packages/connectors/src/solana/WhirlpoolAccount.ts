import type { WhirlpoolState } from "@arbkit/core";

/** One of a Whirlpool's three reward slots, as stored on chain. */
export interface WhirlpoolRewardInfo {
  /** Reward token mint (base58); the system program id `111…1` when the slot is unused. */
  readonly mint: string;
  /** Reward vault token account (base58). */
  readonly vault: string;
  /**
   * The 32-byte `extension` field (historically `authority`) as base58: slot 0 holds the reward authority,
   * slots 1 and 2 are reserved by Orca for extensions.
   */
  readonly extension: string;
  /** Reward tokens per second per unit of liquidity, Q64.64 (u128). */
  readonly emissionsPerSecondX64: bigint;
  /** Total reward growth per unit of liquidity since emissions started, Q64.64 (u128). */
  readonly growthGlobalX64: bigint;
}

/**
 * A decoded Whirlpool account: {@link WhirlpoolAccount.state} is exactly the input of the core swap math;
 * the other fields are metadata (mints, vaults, config) and the fee/reward accounting the math does not read.
 * All u64/u128 fields are `bigint`; fee rates are integers in their on-chain units.
 */
export interface WhirlpoolAccount {
  /** The account address (base58) when the caller supplied it, otherwise `undefined`. */
  readonly address: string | undefined;
  /** The WhirlpoolsConfig account the pool belongs to (base58). */
  readonly whirlpoolsConfig: string;
  /** The PDA bump seed of the pool address. */
  readonly whirlpoolBump: number;
  /**
   * The fee-tier index the pool was created with (the u16 of `fee_tier_index_seed`). Equal to the tick
   * spacing for ordinary pools; anything else marks an adaptive-fee pool.
   */
  readonly feeTierIndex: number;
  /** Whether the pool was initialized with an adaptive fee (`feeTierIndex !== tickSpacing`). */
  readonly usesAdaptiveFee: boolean;
  /** Protocol fees owed in token A (u64, raw units). */
  readonly protocolFeeOwedA: bigint;
  /** Protocol fees owed in token B (u64, raw units). */
  readonly protocolFeeOwedB: bigint;
  /** Mint of token A (base58). */
  readonly tokenMintA: string;
  /** The pool's token-A vault (base58). */
  readonly tokenVaultA: string;
  /** Fee growth of token A per unit of liquidity, Q64.64 (u128). */
  readonly feeGrowthGlobalA: bigint;
  /** Mint of token B (base58). */
  readonly tokenMintB: string;
  /** The pool's token-B vault (base58). */
  readonly tokenVaultB: string;
  /** Fee growth of token B per unit of liquidity, Q64.64 (u128). */
  readonly feeGrowthGlobalB: bigint;
  /** Unix seconds (on-chain clock) of the last reward update (u64). */
  readonly rewardLastUpdatedTimestamp: bigint;
  /** The three reward slots. */
  readonly rewardInfos: readonly [WhirlpoolRewardInfo, WhirlpoolRewardInfo, WhirlpoolRewardInfo];
  /** The fields the swap math reads (tick spacing, fee rate, liquidity, sqrt price, current tick). */
  readonly state: WhirlpoolState;
}
