import { ArbError } from "../errors/ArbError";
import { assertValidWhirlpoolState } from "./assertValidWhirlpoolState";
import { FEE_RATE_DENOMINATOR, MAX_SQRT_PRICE, MIN_SQRT_PRICE } from "./clmmConstants";
import { checkSwapRequest } from "./checkSwapRequest";
import type { SwapStep } from "./computeSwapStep";
import { planSwapDirection, type SwapDirectionPlan } from "./planSwapDirection";
import { prepareTickArrays } from "./prepareTickArrays";
import { getPreparedTicks, type PreparedTickArrays } from "./prepareSwapTickArrays";
import { runSwap } from "./runSwap";
import type { FullStep } from "./computeFullStep";
import type { SwapQuote, SwapQuoteRequest } from "./SwapQuote";
import type { TickArrayState, WhirlpoolState } from "./WhirlpoolState";

/** Options for {@link createSwapQuoter}. */
export interface SwapQuoterOptions {
  /**
   * Most tick arrays a swap may walk through per direction, counted from the array holding the
   * current tick (b→a: `tickCurrentIndex + tickSpacing`). Use 3 to mirror a plain `swap` instruction
   * (more with `swap_v2` supplemental arrays).
   * @default Infinity (every contiguous supplied array)
   */
  readonly maxTickArrays?: number;
}

/** A Whirlpool state prepared for fast repeated quotes (see {@link createSwapQuoter}). */
export interface SwapQuoter {
  /** The pool state the quotes start from. */
  readonly pool: WhirlpoolState;
  /**
   * Quotes one swap. Never throws for running out of liquidity, tick arrays or price room: the
   * result says how much was filled and why it stopped ({@link SwapQuote.stopReason}).
   *
   * @throws ArbError `QUANTITY_INVALID` (amount ≤ 0), `CLMM_AMOUNT_OVERFLOW` (amount over u64, or the
   *   program's `TokenMaxExceeded` / `AmountCalcOverflow`), `CLMM_MATH_OVERFLOW` (other program math
   *   errors), `CLMM_SQRT_PRICE_OUT_OF_RANGE` / `ARGUMENT_INVALID` (bad limit), `CLMM_TICK_ARRAYS_INVALID`
   *   (no array holds the start tick for this direction, or crossing a tick breaks liquidity bounds).
   */
  quote(request: SwapQuoteRequest): SwapQuote;
  /** Number of contiguous tick arrays available for a swap in this direction (0: cannot quote it). */
  tickArrayCount(aToB: boolean): number;
}

/**
 * Prepares a Whirlpool and its tick arrays for fast, exact swap quotes: validates them once, flattens
 * the initialized ticks into sorted plain arrays and caches tick sqrt prices, so each quote only runs
 * the bigint swap loop (a few µs). Results are bit-exact with the Whirlpool program's `swap` for
 * static-fee pools without Token-2022 transfer fees (check pools with {@link assertSupportedPool}).
 *
 * Tick arrays may come in any order; a swap walks the contiguous run starting at the array holding
 * the current tick (a→b) or `tickCurrentIndex + tickSpacing` (b→a), like the program.
 *
 * @param state - Whirlpool state (fees in millionths / basis points, Q64.64 sqrt price, u128 liquidity);
 *   copied, so later changes to the object do not affect the quoter.
 * @param tickArrays - Tick arrays of this pool (88 ticks each), any order, no duplicates; or the same
 *   arrays prepared once by {@link prepareSwapTickArrays} (for many states of one pool).
 * @param options - See {@link SwapQuoterOptions}.
 * @returns A reusable quoter over this exact state.
 * @throws ArbError `CLMM_POOL_STATE_INVALID` or `CLMM_TICK_ARRAYS_INVALID` for inconsistent input;
 *   `ARGUMENT_INVALID` for prepared arrays of another tick spacing.
 * @example
 * ```ts
 * const quoter = createSwapQuoter(pool, tickArrays);
 * const q = quoter.quote({ aToB: true, exactIn: true, amount: 1_000_000n });
 * if (!q.filled) console.log(`only ${q.amountFilled} filled: ${q.stopReason}`);
 * ```
 */
export function createSwapQuoter(
  state: WhirlpoolState,
  tickArrays: readonly TickArrayState[] | PreparedTickArrays,
  options: SwapQuoterOptions = {},
): SwapQuoter {
  assertValidWhirlpoolState(state);
  // A private snapshot: the plans and caches below belong to exactly these values.
  const pool: WhirlpoolState = Object.freeze({ ...state });
  const maxTickArrays = options.maxTickArrays ?? Number.POSITIVE_INFINITY;
  if (!(maxTickArrays >= 1)) {
    throw new ArbError("ARGUMENT_INVALID", "maxTickArrays must be at least 1", {
      name: "maxTickArrays",
      value: maxTickArrays,
      reason: "below 1",
    });
  }
  let prepared;
  if (Array.isArray(tickArrays)) prepared = prepareTickArrays(pool.tickSpacing, tickArrays as readonly TickArrayState[], pool.tickCurrentIndex);
  else {
    prepared = getPreparedTicks(tickArrays as PreparedTickArrays);
    if (prepared.tickSpacing !== pool.tickSpacing) {
      throw new ArbError("ARGUMENT_INVALID", `tick arrays were prepared for tick spacing ${prepared.tickSpacing}, the pool has ${pool.tickSpacing}`, {
        name: "tickArrays",
        value: prepared.tickSpacing,
        reason: "prepared for another tick spacing",
      });
    }
  }
  const plans: readonly [SwapDirectionPlan, SwapDirectionPlan] = [
    planSwapDirection(prepared, pool.tickCurrentIndex, false, maxTickArrays),
    planSwapDirection(prepared, pool.tickCurrentIndex, true, maxTickArrays),
  ];
  const feeRate = BigInt(pool.feeRate);
  const fees = {
    feeRate,
    feeComplement: BigInt(FEE_RATE_DENOMINATOR) - feeRate,
    protocolFeeRate: BigInt(pool.protocolFeeRate),
  };
  const step: SwapStep = { amountIn: 0n, amountOut: 0n, nextSqrtPrice: 0n, feeAmount: 0n };
  // Full-range step outcomes, per [aToB][exactIn], filled lazily by the quotes (see FullStep).
  const fullSteps: Array<Array<FullStep | undefined>> = [[], [], [], []];
  return {
    pool,
    tickArrayCount: (aToB) => plans[aToB ? 1 : 0].arrayCount,
    quote(request) {
      checkSwapRequest(request, pool.sqrtPrice);
      const plan = plans[request.aToB ? 1 : 0];
      if (plan.arrayCount === 0) {
        const reason = request.aToB
          ? `no tick array holds the current tick ${pool.tickCurrentIndex}`
          : `no tick array holds tick ${pool.tickCurrentIndex + pool.tickSpacing} (current + spacing)`;
        throw new ArbError("CLMM_TICK_ARRAYS_INVALID", reason, { reason, tickCurrentIndex: pool.tickCurrentIndex });
      }
      const explicitLimit = request.sqrtPriceLimit !== undefined;
      const limit = request.sqrtPriceLimit ?? (request.aToB ? MIN_SQRT_PRICE : MAX_SQRT_PRICE);
      const cache = fullSteps[(request.aToB ? 2 : 0) + (request.exactIn ? 1 : 0)] as Array<FullStep | undefined>;
      return runSwap(pool, prepared, plan, fees, step, cache, request, limit, explicitLimit);
    },
  };
}
