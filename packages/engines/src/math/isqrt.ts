/** The integer square root ⌊√n⌋ of a non-negative bigint (Newton's method from above; exact). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const estimate = Math.sqrt(Number(n));
  // Newton's iteration decreases monotonically to ⌊√n⌋ only from above: start safely above the root
  // (the float estimate is within ~1e-15 relative; Infinity for huge n falls back to a power of two).
  let x = Number.isFinite(estimate) ? BigInt(Math.ceil(estimate * (1 + 1e-12))) + 1n : 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
