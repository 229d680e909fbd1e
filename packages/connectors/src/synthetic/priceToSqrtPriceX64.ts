/** Integer square root (floor) of a non-negative bigint, by Newton's method. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // The float estimate is within a few units; Newton steps make it exact.
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n) {
      while ((x + 1n) * (x + 1n) <= n) x++;
      while (x * x > n) x--;
      return x;
    }
    x = y;
  }
}

/**
 * The Q64.64 sqrt price of a human price (quote per base) for a pool whose token A has `decimalsA` and token
 * B `decimalsB` decimals, from the price in micro-units: `floor(sqrt(micros / 10^6 × 10^(decimalsB − decimalsA)) × 2^64)`,
 * computed exactly in bigint (the float input is first rounded to micro-units).
 */
export function priceToSqrtPriceX64(price: number, decimalsA: number, decimalsB: number): bigint {
  const micros = BigInt(Math.round(price * 1_000_000));
  const shift = decimalsB - decimalsA - 6;
  const numerator = micros << 128n;
  const ratio = shift >= 0 ? numerator * 10n ** BigInt(shift) : numerator / 10n ** BigInt(-shift);
  return isqrt(ratio);
}
