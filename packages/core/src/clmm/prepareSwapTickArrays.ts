import { prepareTickArrays, type PreparedTicks } from "./prepareTickArrays";
import type { TickArrayState } from "./WhirlpoolState";

declare const PREPARED: unique symbol;

/**
 * The tick arrays of one pool, validated and flattened once by {@link prepareSwapTickArrays}. Opaque: pass
 * it to `createSwapQuoter` in place of the arrays. It also keeps the tick sqrt prices the quotes compute,
 * so every quoter built on it shares them.
 */
export interface PreparedTickArrays {
  /** The pool's tick spacing the arrays were laid out with. */
  readonly tickSpacing: number;
  /** @internal */
  readonly [PREPARED]: true;
}

/**
 * Validates and flattens a pool's tick arrays once, for many quoters: a pool's tick arrays change far less
 * often than its price (a swap that stays inside them rewrites only the pool account), so a consumer that
 * keeps the prepared arrays while the array objects stay the same builds each new quoter without
 * re-validating and re-sorting every tick. Quotes are identical to quoting from the arrays directly.
 *
 * @param tickSpacing - The pool's tick spacing.
 * @param tickArrays - Tick arrays of this pool (88 ticks each), any order, no duplicates.
 * @throws ArbError `CLMM_TICK_ARRAYS_INVALID` for inconsistent arrays (`tickCurrentIndex` undefined in
 *   the context: no pool state is involved yet).
 * @example
 * ```ts
 * const prepared = prepareSwapTickArrays(pool.tickSpacing, tickArrays);
 * const before = createSwapQuoter(pool, prepared);
 * const after = createSwapQuoter({ ...pool, sqrtPrice: next, tickCurrentIndex: nextTick }, prepared);
 * ```
 */
export function prepareSwapTickArrays(tickSpacing: number, tickArrays: readonly TickArrayState[]): PreparedTickArrays {
  return prepareTickArrays(tickSpacing, tickArrays, undefined) as PreparedTicks & PreparedTickArrays;
}

/** The flattened ticks behind a {@link PreparedTickArrays}. @internal */
export function getPreparedTicks(prepared: PreparedTickArrays): PreparedTicks {
  return prepared as unknown as PreparedTicks;
}
