/** Lowest tick index a Whirlpool supports (sqrt price {@link MIN_SQRT_PRICE}). */
export const MIN_TICK_INDEX = -443636;

/** Highest tick index a Whirlpool supports (sqrt price {@link MAX_SQRT_PRICE}). */
export const MAX_TICK_INDEX = 443636;

/** Sqrt price (Q64.64) of {@link MIN_TICK_INDEX}: the lowest price a Whirlpool can reach. */
export const MIN_SQRT_PRICE = 4295048016n;

/** Sqrt price (Q64.64) of {@link MAX_TICK_INDEX}: the highest price a Whirlpool can reach. */
export const MAX_SQRT_PRICE = 79226673515401279992447579055n;

/** Number of tick slots in one (fixed or dynamic) tick array account. */
export const TICK_ARRAY_SIZE = 88;

/** Denominator of `feeRate`: fee rates are in millionths (hundredths of a basis point). */
export const FEE_RATE_DENOMINATOR = 1_000_000;

/** Denominator of `protocolFeeRate`: the protocol's share of the fee is in basis points (1/10,000). */
export const PROTOCOL_FEE_RATE_DENOMINATOR = 10_000;

/** Tick spacing of Orca "splash" (full-range only) pools. */
export const SPLASH_POOL_TICK_SPACING = 32896;

/** Largest u64 (2^64 − 1): every token amount must fit it. */
export const U64_MAX = (1n << 64n) - 1n;

/** Largest u128 (2^128 − 1): liquidity and sqrt prices must fit it. */
export const U128_MAX = (1n << 128n) - 1n;
