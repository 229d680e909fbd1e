import { ArbError } from "../errors/ArbError";
import {
  MAX_SQRT_PRICE,
  MAX_TICK_INDEX,
  MIN_SQRT_PRICE,
  MIN_TICK_INDEX,
  PROTOCOL_FEE_RATE_DENOMINATOR,
  U128_MAX,
} from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import { getTickAtSqrtPrice } from "./getTickAtSqrtPrice";
import type { WhirlpoolState } from "./WhirlpoolState";

function fail(reason: string): never {
  throw new ArbError("CLMM_POOL_STATE_INVALID", `invalid Whirlpool state: ${reason}`, { reason });
}

function isU16(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffff;
}

/**
 * Checks that a Whirlpool state is one the program could hold: u16 fee fields, u128 liquidity, a sqrt
 * price in range, and a current tick consistent with it. The program stores `t − 1` after a downward
 * swap that ends exactly on tick `t`, so both `tick(√P)` and `tick(√P) − 1` (when `√P` is exactly a
 * tick's price) are accepted.
 *
 * @param pool - The state to check.
 * @throws ArbError `CLMM_POOL_STATE_INVALID` naming the first inconsistency.
 * @example
 * ```ts
 * assertValidWhirlpoolState({ tickSpacing: 64, feeRate: 3000, protocolFeeRate: 300, liquidity: 1n,
 *   sqrtPrice: 1n << 64n, tickCurrentIndex: 0 });
 * ```
 */
export function assertValidWhirlpoolState(pool: WhirlpoolState): void {
  if (!isU16(pool.tickSpacing) || pool.tickSpacing === 0) fail(`tick spacing ${pool.tickSpacing} is not in 1…65535`);
  if (!isU16(pool.feeRate)) fail(`fee rate ${pool.feeRate} is not a u16 (millionths)`);
  if (!isU16(pool.protocolFeeRate) || pool.protocolFeeRate > PROTOCOL_FEE_RATE_DENOMINATOR) {
    fail(`protocol fee rate ${pool.protocolFeeRate} is not in 0…10000 (basis points of the fee)`);
  }
  if (typeof pool.liquidity !== "bigint" || pool.liquidity < 0n || pool.liquidity > U128_MAX) {
    fail(`liquidity ${String(pool.liquidity)} is not a u128`);
  }
  if (typeof pool.sqrtPrice !== "bigint" || pool.sqrtPrice < MIN_SQRT_PRICE || pool.sqrtPrice > MAX_SQRT_PRICE) {
    fail(`sqrt price ${String(pool.sqrtPrice)} is outside the Whirlpool range`);
  }
  const tick = pool.tickCurrentIndex;
  if (!Number.isInteger(tick) || tick < MIN_TICK_INDEX - 1 || tick > MAX_TICK_INDEX) {
    fail(`tick ${tick} is outside the Whirlpool range`);
  }
  const priceTick = getTickAtSqrtPrice(pool.sqrtPrice);
  const onBoundaryBelow = tick === priceTick - 1 && getSqrtPriceAtTick(priceTick) === pool.sqrtPrice;
  if (tick !== priceTick && !onBoundaryBelow) {
    fail(`tick ${tick} does not match sqrt price ${pool.sqrtPrice} (tick ${priceTick})`);
  }
}
