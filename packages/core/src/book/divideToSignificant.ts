/**
 * `(numerator / denominator) × 10^exponent` for positive bigints, rounded half-even to `digits`
 * significant digits, as a string in exponent notation (`"<integer>e<exp>"`, which decimal.js reads
 * exactly). One bigint division instead of a Decimal one: walks compute their VWAP with it.
 * @internal
 */
export function divideToSignificant(numerator: bigint, denominator: bigint, exponent: number, digits: number): string {
  const lengthDifference = numerator.toString().length - denominator.toString().length;
  // Enough extra digits that the quotient has at least digits + 1 of them.
  const shift = Math.max(0, digits + 1 - lengthDifference);
  const scaled = numerator * 10n ** BigInt(shift);
  const quotient = scaled / denominator;
  const exact = scaled % denominator === 0n;
  const drop = quotient.toString().length - digits;
  const unit = 10n ** BigInt(drop);
  let head = quotient / unit;
  const rest = quotient % unit;
  const twice = rest * 2n;
  if (twice > unit || (twice === unit && (!exact || head % 2n === 1n))) head += 1n;
  return `${head}e${drop - shift + exponent}`;
}
