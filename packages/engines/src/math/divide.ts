/**
 * Integer division of bigints rounded toward positive infinity (`b` must be positive).
 * Used for every cost so that rounding never flatters an opportunity.
 */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b > 0n ? q + 1n : q;
}

/** Integer division of bigints rounded toward negative infinity (`b` must be positive). Used for proceeds. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}
