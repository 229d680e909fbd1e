import { ArbError } from "../errors/ArbError";
import { MAX_SQRT_PRICE, MAX_TICK_INDEX, MIN_SQRT_PRICE, MIN_TICK_INDEX } from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";

const TWO_POW_64 = 2 ** 64;
// ln(sqrt(1.0001)): one tick in natural-log-of-sqrt-price space.
const LN_SQRT_TICK = Math.log1p(0.0001) / 2;
// How close (in ticks) a float estimate may come to a tick boundary before we confirm it exactly.
// The float estimate is good to ~1e-9 ticks; the program's truncated sqrt-price table deviates from
// the real boundary by < 1e-4 ticks even at the lowest prices (where Q64.64 keeps only ~32 bits).
const BOUNDARY_MARGIN = 1e-3;

/**
 * The tick index of a sqrt price: the greatest tick `t` with `getSqrtPriceAtTick(t) <= sqrtPrice`,
 * i.e. rounded down. This equals the Whirlpool program's `tick_index_from_sqrt_price` (checked
 * exhaustively at every tick boundary in the tests). Fast path: a float logarithm, which is exact
 * unless the price lies within 0.001 tick of a boundary; there the boundary's exact sqrt price decides.
 *
 * @param sqrtPrice - Q64.64 sqrt price in [{@link MIN_SQRT_PRICE}, {@link MAX_SQRT_PRICE}].
 * @returns The tick index, in [-443636, 443636].
 * @throws ArbError `CLMM_SQRT_PRICE_OUT_OF_RANGE` when `sqrtPrice` is outside the Whirlpool range.
 * @example
 * ```ts
 * getTickAtSqrtPrice(1n << 64n); // 0
 * ```
 */
export function getTickAtSqrtPrice(sqrtPrice: bigint): number {
  if (sqrtPrice < MIN_SQRT_PRICE || sqrtPrice > MAX_SQRT_PRICE) {
    throw new ArbError("CLMM_SQRT_PRICE_OUT_OF_RANGE", `sqrt price ${sqrtPrice} is outside the Whirlpool range`, {
      sqrtPrice: sqrtPrice.toString(),
    });
  }
  const estimate = Math.log(Number(sqrtPrice) / TWO_POW_64) / LN_SQRT_TICK;
  const floor = Math.floor(estimate);
  const fraction = estimate - floor;
  if (fraction > BOUNDARY_MARGIN && fraction < 1 - BOUNDARY_MARGIN) {
    return floor < MIN_TICK_INDEX ? MIN_TICK_INDEX : floor > MAX_TICK_INDEX ? MAX_TICK_INDEX : floor;
  }
  let boundary = Math.round(estimate);
  if (boundary > MAX_TICK_INDEX) boundary = MAX_TICK_INDEX;
  if (boundary <= MIN_TICK_INDEX) return MIN_TICK_INDEX;
  return getSqrtPriceAtTick(boundary) <= sqrtPrice ? boundary : boundary - 1;
}
