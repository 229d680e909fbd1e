const TABLE: bigint[] = Array.from({ length: 78 }, (_, i) => 10n ** BigInt(i));

/** `10^n` as a bigint for `0 ≤ n < 78`, from a table (the search loop rescales on every evaluation). */
export function pow10(n: number): bigint {
  return TABLE[n] ?? 10n ** BigInt(n);
}
