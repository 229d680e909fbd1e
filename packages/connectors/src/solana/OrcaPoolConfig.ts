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
}
