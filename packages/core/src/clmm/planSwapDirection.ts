import { MAX_TICK_INDEX, MIN_TICK_INDEX, TICK_ARRAY_SIZE } from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import { getArrayStart, type PreparedTicks } from "./prepareTickArrays";

/**
 * Where a swap in one direction may go with the supplied arrays: the initialized ticks to visit
 * (indices into {@link PreparedTicks}) and the terminal boundary where the array sequence ends.
 * @internal
 */
export interface SwapDirectionPlan {
  /** Number of contiguous tick arrays in the sequence (0: the start array is missing). */
  readonly arrayCount: number;
  /** Index of the first initialized tick to visit. */
  readonly startIndex: number;
  /** Index one past the last initialized tick to visit (in the direction of travel). */
  readonly endIndex: number;
  /** Where the sequence ends: the last array's edge, or MIN/MAX tick for the range-end arrays. */
  readonly terminalTick: number;
  /** Sqrt price of `terminalTick`. */
  readonly terminalSqrtPrice: bigint;
  /**
   * Whether the last tick to visit is the sequence's final slot and initialized: crossing it ends the
   * sequence (the program moves on to a missing array), so the terminal edge is never targeted.
   */
  readonly terminalInitialized: boolean;
}

/** Index of the first tick greater than `value` (ticks ascending). */
function upperBound(ticks: readonly number[], value: number): number {
  let lo = 0;
  let hi = ticks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ticks[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Plans one direction the way the program walks its tick-array sequence: a→b starts at the array
 * holding the current tick and searches down (inclusive); b→a starts at the array holding
 * `tickCurrentIndex + tickSpacing` and searches up. A sequence ends early at the array holding
 * MIN/MAX tick, and the program then targets MIN/MAX tick instead of the array's edge.
 * @internal
 */
export function planSwapDirection(
  prepared: PreparedTicks,
  tickCurrentIndex: number,
  aToB: boolean,
  maxTickArrays: number,
): SwapDirectionPlan {
  const { arraySpan, arrayStarts, ticks } = prepared;
  let start = getArrayStart(aToB ? tickCurrentIndex : tickCurrentIndex + prepared.tickSpacing, arraySpan);
  let last = start;
  let arrayCount = 0;
  let atRangeEnd = false;
  while (arrayCount < maxTickArrays && arrayStarts.has(start)) {
    last = start;
    arrayCount++;
    atRangeEnd = aToB ? start <= MIN_TICK_INDEX : start + arraySpan > MAX_TICK_INDEX;
    if (atRangeEnd) break;
    start += aToB ? -arraySpan : arraySpan;
  }
  let terminalTick: number;
  let startIndex: number;
  let endIndex: number;
  if (aToB) {
    terminalTick = atRangeEnd ? MIN_TICK_INDEX : last;
    startIndex = upperBound(ticks, tickCurrentIndex) - 1;
    endIndex = upperBound(ticks, terminalTick - 1) - 1;
  } else {
    terminalTick = atRangeEnd ? MAX_TICK_INDEX : last + arraySpan - 1;
    startIndex = upperBound(ticks, tickCurrentIndex);
    endIndex = upperBound(ticks, terminalTick);
  }
  if (arrayCount === 0) endIndex = startIndex;
  // Crossing the sequence's final slot (offset 0 going down, offset 87 going up) makes the program
  // step to the next array, which is missing: the sequence ends there even if the edge lies further.
  const lastSlotTick = aToB ? last : last + (TICK_ARRAY_SIZE - 1) * prepared.tickSpacing;
  const lastVisited = aToB ? endIndex + 1 : endIndex - 1;
  const terminalInitialized =
    arrayCount > 0 && lastVisited >= 0 && lastVisited < ticks.length && ticks[lastVisited] === lastSlotTick &&
    (aToB ? lastVisited <= startIndex : lastVisited >= startIndex);
  const clamped = Math.min(Math.max(terminalTick, MIN_TICK_INDEX), MAX_TICK_INDEX);
  return {
    arrayCount,
    startIndex,
    endIndex,
    terminalTick: clamped,
    terminalSqrtPrice: getSqrtPriceAtTick(clamped),
    terminalInitialized,
  };
}
