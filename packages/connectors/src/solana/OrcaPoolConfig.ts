import type { InstrumentId } from "@arbkit/core";

/** One Whirlpool to watch. */
export interface OrcaPoolConfig {
  /** The Whirlpool account address (base58). */
  readonly address: string;
  /** The instrument id events carry. @default `orca:<address>` */
  readonly instrument?: InstrumentId;
  /** Decimals of token A; when both decimals are given the mint accounts are not fetched. @default read from the mint */
  readonly decimalsA?: number;
  /** Decimals of token B. @default read from the mint */
  readonly decimalsB?: number;
  /**
   * Largest amount of token A (raw units) you will quote selling. While selling it would run past the loaded
   * tick arrays, the window grows below the price, up to `maxTickArraysEachSide`. @default no size target
   */
  readonly maxTradeA?: bigint;
  /** Largest amount of token B (raw units) you will quote selling; grows the window above the price. @default no size target */
  readonly maxTradeB?: bigint;
}
