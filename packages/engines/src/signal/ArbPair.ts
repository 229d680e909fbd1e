import type { Instrument } from "@arbkit/core";

/** A CEX venue quoting the pair, with the taker fee of your fee tier. */
export interface CexVenueConfig {
  /** The CEX instrument (e.g. Coinbase `SOL-USD`); its quote currency is the pair's accounting currency. */
  readonly instrument: Instrument;
  /**
   * Taker fee as a fraction of the notional, exact decimal string, for your fee tier (e.g. `"0.006"`
   * = 60 bps). Fees are charged on the exact notional and rounded up to the value unit.
   */
  readonly takerFeeRate: string;
}

/** The pool side of a pair. */
export interface PoolVenueConfig {
  /** The pool instrument (venue `orca`, symbol the pool address); base SOL, quote e.g. USDC. */
  readonly instrument: Instrument;
  /** Which pool token is the pair's base asset. @default "A" */
  readonly baseToken?: "A" | "B";
}

/**
 * One arbitrage pair: the same base asset on one or more CEX venues and one pool. Sizes are exact
 * decimal strings in base units (e.g. SOL).
 */
export interface ArbPair {
  /** A short stable name used in ids and topics (e.g. `"SOL-USD"`). */
  readonly id: string;
  /** The CEX venues, each checked against the pool in both directions. */
  readonly cex: readonly CexVenueConfig[];
  /** The pool. */
  readonly pool: PoolVenueConfig;
  /** Largest trade, base units. */
  readonly maxSize: string;
  /** Smallest trade, base units. @default the size increment */
  readonly minSize?: string;
  /**
   * Size step, base units. Every CEX instrument's size increment must divide it, and it must be a whole
   * number of pool base atoms. @default the coarsest CEX size increment
   */
  readonly sizeIncrement?: string;
}
