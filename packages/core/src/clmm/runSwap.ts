import { ArbError } from "../errors/ArbError";
import { PROTOCOL_FEE_RATE_DENOMINATOR, U128_MAX, U64_MAX } from "./clmmConstants";
import { computeSwapStepInto, type SwapStep } from "./computeSwapStep";
import { computeFullStep, type FullStep } from "./computeFullStep";
import { getTickAtSqrtPrice } from "./getTickAtSqrtPrice";
import type { SwapDirectionPlan } from "./planSwapDirection";
import { getPreparedSqrtPrice, type PreparedTicks } from "./prepareTickArrays";
import { programError } from "./programError";
import type { SwapQuote, SwapQuoteRequest } from "./SwapQuote";
import type { WhirlpoolState } from "./WhirlpoolState";

/** Fee parameters as bigints, computed once per quoter. @internal */
export interface SwapFees {
  readonly feeRate: bigint;
  /** `1e6 − feeRate`. */
  readonly feeComplement: bigint;
  readonly protocolFeeRate: bigint;
}

const PROTOCOL_DENOMINATOR = BigInt(PROTOCOL_FEE_RATE_DENOMINATOR);
const U128_MOD_MASK = U128_MAX;

/**
 * The program's swap loop over a prepared direction plan. Local variables only; `step` is a scratch
 * object reused across steps and quotes (no allocation inside the loop).
 * @internal
 */
export function runSwap(
  pool: WhirlpoolState,
  prepared: PreparedTicks,
  plan: SwapDirectionPlan,
  fees: SwapFees,
  step: SwapStep,
  fullSteps: Array<FullStep | undefined>,
  request: SwapQuoteRequest,
  limit: bigint,
  explicitLimit: boolean,
): SwapQuote {
  const { aToB, exactIn, amount } = request;
  const { ticks, nets } = prepared;
  const { feeRate, feeComplement, protocolFeeRate } = fees;
  const direction = aToB ? -1 : 1;
  const endIndex = plan.endIndex;
  let index = plan.startIndex;
  let terminalPassed = false;
  let arraysExhausted = false;
  let remaining = amount;
  let calculated = 0n;
  let feeTotal = 0n;
  let protocolFee = 0n;
  let feeGrowth = 0n;
  let sqrtPrice = pool.sqrtPrice;
  let tick = pool.tickCurrentIndex;
  let liquidity = pool.liquidity;
  let crossed = 0;

  while (remaining > 0n && sqrtPrice !== limit) {
    let nextTick: number;
    let nextTickPrice: bigint;
    const atInitialized = index !== endIndex;
    if (atInitialized) {
      nextTick = ticks[index] as number;
      nextTickPrice = getPreparedSqrtPrice(prepared, index);
    } else if (!terminalPassed && !plan.terminalInitialized) {
      nextTick = plan.terminalTick;
      nextTickPrice = plan.terminalSqrtPrice;
    } else {
      // The program would now look for a next tick array and fail (TickArraySequenceInvalidIndex).
      arraysExhausted = true;
      break;
    }
    const target = aToB ? (limit > nextTickPrice ? limit : nextTickPrice) : limit < nextTickPrice ? limit : nextTickPrice;
    let next: bigint;
    let stepFee: bigint;
    let full: FullStep | undefined;
    if (target === nextTickPrice) {
      // A step that runs the whole range to the tick costs the same for every quote: reuse it.
      const slot = atInitialized ? index : ticks.length;
      full = fullSteps[slot];
      if (full === undefined || full.from !== sqrtPrice || full.liquidity !== liquidity) {
        full = computeFullStep(sqrtPrice, nextTickPrice, liquidity, exactIn, aToB, feeRate, feeComplement, protocolFeeRate);
        fullSteps[slot] = full;
      }
    }
    if (full !== undefined && remaining >= full.minRemaining) {
      next = nextTickPrice;
      stepFee = full.fee;
      remaining -= full.consumed;
      calculated += full.produced;
      if (stepFee !== 0n) {
        feeTotal += stepFee;
        protocolFee += full.protocolFee;
        feeGrowth += full.feeGrowth;
      }
    } else {
      computeSwapStepInto(step, remaining, feeRate, feeComplement, liquidity, sqrtPrice, target, exactIn, aToB, full?.fixed);
      stepFee = step.feeAmount;
      next = step.nextSqrtPrice;
      if (exactIn) {
        remaining -= step.amountIn + stepFee;
        calculated += step.amountOut;
      } else {
        remaining -= step.amountOut;
        calculated += step.amountIn + stepFee;
      }
      if (stepFee !== 0n) {
        feeTotal += stepFee;
        let lpFee = stepFee;
        if (protocolFeeRate !== 0n) {
          const delta = (stepFee * protocolFeeRate) / PROTOCOL_DENOMINATOR;
          protocolFee += delta;
          lpFee -= delta;
        }
        if (liquidity !== 0n) feeGrowth += (lpFee << 64n) / liquidity;
      }
    }
    if (remaining < 0n) throw programError("AmountRemainingOverflow", "amount remaining");
    if (calculated > U64_MAX) throw programError("AmountCalcOverflow", "amount calculated", calculated);
    if (next === nextTickPrice) {
      if (atInitialized) {
        const net = nets[index] as bigint;
        liquidity = aToB ? liquidity - net : liquidity + net;
        if (liquidity < 0n || liquidity > U128_MAX) throw liquidityError(nextTick, liquidity, pool.tickCurrentIndex);
        crossed++;
        index += direction;
        if (index === endIndex && plan.terminalInitialized) terminalPassed = true;
      } else {
        terminalPassed = true;
      }
      tick = aToB ? nextTick - 1 : nextTick;
    } else if (next !== sqrtPrice) {
      tick = getTickAtSqrtPrice(next);
    }
    sqrtPrice = next;
  }

  const filledAmount = amount - remaining;
  const stopReason =
    remaining === 0n
      ? "filled"
      : sqrtPrice === limit && !arraysExhausted
        ? explicitLimit
          ? "priceLimit"
          : "liquidityExhausted"
        : "tickArraysExhausted";
  return {
    aToB,
    exactIn,
    amountSpecified: amount,
    amountIn: exactIn ? filledAmount : calculated,
    amountOut: exactIn ? calculated : filledAmount,
    fee: feeTotal,
    protocolFee,
    feeGrowthGlobalDelta: feeGrowth & U128_MOD_MASK,
    endSqrtPrice: sqrtPrice,
    endTickIndex: tick,
    endLiquidity: liquidity,
    ticksCrossed: crossed,
    filled: remaining === 0n,
    amountFilled: filledAmount,
    stopReason,
  };
}

function liquidityError(tick: number, liquidity: bigint, tickCurrentIndex: number): ArbError {
  const reason = `crossing tick ${tick} takes active liquidity to ${liquidity}, outside u128 (tick arrays inconsistent with the pool)`;
  return new ArbError("CLMM_TICK_ARRAYS_INVALID", reason, { reason, tickCurrentIndex });
}
