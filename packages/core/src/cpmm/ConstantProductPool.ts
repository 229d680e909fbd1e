/**
 * A constant-product pool (Raydium AMM v4 / CPMM style) seen from one swap direction. Amounts are
 * token base units; the trade fee is `feeNumerator / feeDenominator` of the input (e.g. 25 / 10000 for
 * AMM v4's 0.25 %, 2500 / 1000000 for a CPMM 0.25 % config).
 */
export interface ConstantProductPool {
  /** Reserve of the token paid in (base units, > 0). */
  readonly reserveIn: bigint;
  /** Reserve of the token paid out (base units, > 0). */
  readonly reserveOut: bigint;
  /** Fee numerator (≥ 0, < `feeDenominator`). */
  readonly feeNumerator: bigint;
  /** Fee denominator (> 0). */
  readonly feeDenominator: bigint;
}

/** The outcome of a constant-product swap quote (base units). */
export interface ConstantProductQuote {
  /** Input paid, fee included. */
  readonly amountIn: bigint;
  /** Output received. */
  readonly amountOut: bigint;
  /** Trade fee, in input units (part of `amountIn`). */
  readonly fee: bigint;
  /**
   * Whether the requested amount can be swapped. Always true for an exact input; false for an exact
   * output at or above the output reserve (then every amount is 0).
   */
  readonly feasible: boolean;
}
