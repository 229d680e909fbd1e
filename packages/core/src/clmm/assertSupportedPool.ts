import { ArbError } from "../errors/ArbError";

/** What the pool decoder knows about a Whirlpool's fee model and token programs. */
export interface WhirlpoolFeatures {
  /** Label used in the error (the pool address). */
  readonly pool: string;
  /** The pool's tick spacing. */
  readonly tickSpacing: number;
  /**
   * `fee_tier_index_seed` from the Whirlpool account (u16, little-endian). It equals the tick spacing
   * for static-fee pools; anything else marks a pool created from an adaptive-fee tier.
   */
  readonly feeTierIndexSeed: number;
  /** Mint A is a Token-2022 mint with the TransferFeeConfig extension (any fee, current or scheduled). */
  readonly transferFeeA: boolean;
  /** Mint B is a Token-2022 mint with the TransferFeeConfig extension (any fee, current or scheduled). */
  readonly transferFeeB: boolean;
}

/** A feature of a pool that the swap math does not model yet. */
export type UnsupportedPoolFeature = "adaptiveFee" | "transferFeeA" | "transferFeeB";

/**
 * The features of a pool that {@link createSwapQuoter} does not model. Empty means quotes are exact.
 *
 * @param features - What the decoder read from the pool and its mints.
 * @returns The unsupported features, in a stable order.
 * @example
 * ```ts
 * getUnsupportedPoolFeatures({ pool: "HJPj…", tickSpacing: 64, feeTierIndexSeed: 64, transferFeeA: false, transferFeeB: false }); // []
 * ```
 */
export function getUnsupportedPoolFeatures(features: WhirlpoolFeatures): UnsupportedPoolFeature[] {
  const found: UnsupportedPoolFeature[] = [];
  if (features.feeTierIndexSeed !== features.tickSpacing) found.push("adaptiveFee");
  if (features.transferFeeA) found.push("transferFeeA");
  if (features.transferFeeB) found.push("transferFeeB");
  return found;
}

/**
 * Refuses pools whose swaps the math here would price wrongly. Not modelled yet:
 * - **adaptive fees** (pools from an adaptive-fee tier, `feeTierIndexSeed !== tickSpacing`): the
 *   program adds a volatility-based fee and splits steps per tick group, using the Oracle account;
 * - **Token-2022 transfer fees** (a TransferFeeConfig extension on either mint): the amounts that
 *   reach the pool and the trader differ from the swap amounts by the mint's transfer fee.
 * Token-2022 mints without a transfer fee are fine (the other extensions do not change amounts).
 *
 * @param features - What the decoder read from the pool and its mints.
 * @throws ArbError `POOL_UNSUPPORTED` naming the first unsupported feature.
 * @example
 * ```ts
 * assertSupportedPool({ pool: address, tickSpacing, feeTierIndexSeed, transferFeeA: false, transferFeeB: false });
 * ```
 */
export function assertSupportedPool(features: WhirlpoolFeatures): void {
  const [feature] = getUnsupportedPoolFeatures(features);
  if (feature !== undefined) {
    throw new ArbError("POOL_UNSUPPORTED", `pool ${features.pool} uses ${feature}, which the swap math does not model`, {
      pool: features.pool,
      feature,
    });
  }
}
