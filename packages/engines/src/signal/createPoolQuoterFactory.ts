import { createSwapQuoter, prepareSwapTickArrays, type PreparedTickArrays, type TickArrayState } from "@arbkit/core";
import { wrapSwapQuoter } from "./defaultPoolQuoter";
import type { PoolQuoterFactory } from "./PoolQuoter";

/**
 * A {@link PoolQuoterFactory} that quotes exactly like `defaultPoolQuoter` but prepares each set of tick
 * arrays once: while consecutive states of a pool carry the same frozen `tickArrays` array (the Orca
 * connector keeps it while only the pool account changes, i.e. most price moves), each new quoter reuses
 * its validated, flattened ticks and their cached sqrt prices instead of rebuilding them. Arrays that are
 * not frozen (could still change) are prepared every time. The signal engine uses one by default; each
 * factory has its own cache, held weakly (dropped with the arrays).
 *
 * @throws ArbError `CLMM_POOL_STATE_INVALID` / `CLMM_TICK_ARRAYS_INVALID` for an inconsistent state.
 * @example
 * ```ts
 * const signal = createSignalEngine({ clock, pairs, createPoolQuoter: createPoolQuoterFactory() });
 * ```
 */
export function createPoolQuoterFactory(): PoolQuoterFactory {
  const prepared = new WeakMap<readonly TickArrayState[], PreparedTickArrays>();
  return (event) => {
    const arrays = event.tickArrays;
    if (!Object.isFrozen(arrays)) return wrapSwapQuoter(createSwapQuoter(event.state, arrays), event);
    let p = prepared.get(arrays);
    if (p === undefined || p.tickSpacing !== event.state.tickSpacing) {
      p = prepareSwapTickArrays(event.state.tickSpacing, arrays);
      prepared.set(arrays, p);
    }
    return wrapSwapQuoter(createSwapQuoter(event.state, p), event);
  };
}
