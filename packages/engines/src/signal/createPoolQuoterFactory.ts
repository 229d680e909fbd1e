import { createSwapQuoter, prepareSwapTickArrays, type PoolStateEvent, type PreparedTickArrays, type TickArrayState } from "@arbkit/core";
import { wrapSwapQuoter } from "./defaultPoolQuoter";
import type { PoolQuoter, PoolQuoterFactory } from "./PoolQuoter";

/**
 * A {@link PoolQuoterFactory} that quotes exactly like `defaultPoolQuoter` but prepares each set of tick
 * arrays once: while consecutive states of a pool carry the same frozen `tickArrays` array (the Orca
 * connector keeps it while only the pool account changes, i.e. most price moves), each new quoter reuses
 * its validated, flattened ticks and their cached sqrt prices instead of rebuilding them. Arrays that are
 * not frozen (could still change) are prepared every time. A frozen event whose state and arrays are
 * frozen (as the event bus delivers them) gets the same quoter on every call, so components sharing one
 * factory (the arbitrage engine's signal and paper executor) build it once. The signal engine uses one by
 * default; each factory has its own caches, held weakly (dropped with the events and arrays).
 *
 * @throws ArbError `CLMM_POOL_STATE_INVALID` / `CLMM_TICK_ARRAYS_INVALID` for an inconsistent state.
 * @example
 * ```ts
 * const signal = createSignalEngine({ clock, pairs, createPoolQuoter: createPoolQuoterFactory() });
 * ```
 */
export function createPoolQuoterFactory(): PoolQuoterFactory {
  const prepared = new WeakMap<readonly TickArrayState[], PreparedTickArrays>();
  const quoters = new WeakMap<PoolStateEvent, PoolQuoter>();
  return (event) => {
    const arrays = event.tickArrays;
    if (!Object.isFrozen(arrays)) return wrapSwapQuoter(createSwapQuoter(event.state, arrays), event);
    // Nothing a quote reads can change in a frozen event over a frozen state (its fields are primitives).
    const reusable = Object.isFrozen(event) && Object.isFrozen(event.state);
    const hit = reusable ? quoters.get(event) : undefined;
    if (hit !== undefined) return hit;
    let p = prepared.get(arrays);
    if (p === undefined || p.tickSpacing !== event.state.tickSpacing) {
      p = prepareSwapTickArrays(event.state.tickSpacing, arrays);
      prepared.set(arrays, p);
    }
    const quoter = wrapSwapQuoter(createSwapQuoter(event.state, p), event);
    if (reusable) quoters.set(event, quoter);
    return quoter;
  };
}
