import { ArbError } from "../errors/ArbError";
import { MAX_TICK_INDEX, MIN_TICK_INDEX, TICK_ARRAY_SIZE, U128_MAX } from "./clmmConstants";
import { getSqrtPriceAtTick } from "./getSqrtPriceAtTick";
import type { TickArrayState } from "./WhirlpoolState";

const I128_MIN = -(1n << 127n);
const I128_MAX = (1n << 127n) - 1n;

/**
 * Tick arrays flattened for the swap loop: every initialized tick in ascending order as parallel
 * plain arrays, plus the set of array start indices (to find contiguous coverage per direction).
 * @internal
 */
export interface PreparedTicks {
  readonly tickSpacing: number;
  /** Ticks per array (`88 × tickSpacing`). */
  readonly arraySpan: number;
  /** Start tick index of every supplied array. */
  readonly arrayStarts: ReadonlySet<number>;
  /** Initialized tick indices, ascending. */
  readonly ticks: readonly number[];
  /** `liquidityNet` of each initialized tick (i128, signed as stored). */
  readonly nets: readonly bigint[];
  /** Lazily filled sqrt price of each initialized tick (Q64.64). */
  readonly sqrtPrices: Array<bigint | undefined>;
}

function invalid(reason: string, tickCurrentIndex: number | undefined): ArbError {
  return new ArbError("CLMM_TICK_ARRAYS_INVALID", reason, { reason, tickCurrentIndex });
}

/** Validates and flattens tick arrays (any order, no duplicates). @internal */
export function prepareTickArrays(
  tickSpacing: number,
  tickArrays: readonly TickArrayState[],
  tickCurrentIndex: number | undefined,
): PreparedTicks {
  const arraySpan = TICK_ARRAY_SIZE * tickSpacing;
  const arrayStarts = new Set<number>();
  const sorted = [...tickArrays].sort((x, y) => x.startTickIndex - y.startTickIndex);
  const ticks: number[] = [];
  const nets: bigint[] = [];
  for (const array of sorted) {
    const start = array.startTickIndex;
    if (!Number.isInteger(start) || start % arraySpan !== 0) {
      throw invalid(`tick array start ${start} is not a multiple of 88 × tick spacing ${tickSpacing}`, tickCurrentIndex);
    }
    if (start + arraySpan <= MIN_TICK_INDEX || start > MAX_TICK_INDEX) {
      throw invalid(`tick array start ${start} covers no valid tick`, tickCurrentIndex);
    }
    if (arrayStarts.has(start)) throw invalid(`tick array ${start} supplied twice`, tickCurrentIndex);
    if (array.ticks.length !== TICK_ARRAY_SIZE) {
      throw invalid(`tick array ${start} has ${array.ticks.length} ticks, expected 88`, tickCurrentIndex);
    }
    arrayStarts.add(start);
    for (let offset = 0; offset < TICK_ARRAY_SIZE; offset++) {
      const tick = array.ticks[offset];
      if (tick === undefined || !tick.initialized) continue;
      const index = start + offset * tickSpacing;
      if (index < MIN_TICK_INDEX || index > MAX_TICK_INDEX) {
        throw invalid(`initialized tick ${index} is outside the Whirlpool range`, tickCurrentIndex);
      }
      if (tick.liquidityNet < I128_MIN || tick.liquidityNet > I128_MAX || tick.liquidityGross < 0n || tick.liquidityGross > U128_MAX) {
        throw invalid(`tick ${index} has liquidity outside i128/u128`, tickCurrentIndex);
      }
      ticks.push(index);
      nets.push(tick.liquidityNet);
    }
  }
  return { tickSpacing, arraySpan, arrayStarts, ticks, nets, sqrtPrices: new Array<bigint | undefined>(ticks.length) };
}

/** Sqrt price of the `i`-th initialized tick, computed once. @internal */
export function getPreparedSqrtPrice(prepared: PreparedTicks, i: number): bigint {
  const cached = prepared.sqrtPrices[i];
  if (cached !== undefined) return cached;
  const price = getSqrtPriceAtTick(prepared.ticks[i] as number);
  prepared.sqrtPrices[i] = price;
  return price;
}

/** Start tick index of the array that holds `tick` (floor to a multiple of 88 × spacing). @internal */
export function getArrayStart(tick: number, arraySpan: number): number {
  return Math.floor(tick / arraySpan) * arraySpan;
}
