import { ceilDiv, floorDiv } from "../math/divide";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

/**
 * Evaluates one size exactly, or returns `undefined` when it is infeasible (CEX depth or pool liquidity
 * short, over the notional cap, or more quote than available). Costs round up, proceeds round down.
 */
export function evaluateSize(ctx: SizingContext, lots: number): SizeEvaluation | undefined {
  const baseAtoms = BigInt(lots) * ctx.lotAtoms;
  const cexValue = ctx.curve.valueOf(baseAtoms);
  if (cexValue === undefined) return undefined;
  if (ctx.maxNotional !== undefined && cexValue > ctx.maxNotional) return undefined;
  const cexFee = ceilDiv(cexValue * ctx.takerFee.num, ctx.takerFee.den);
  const slippageBuffer = ctx.bufferFraction.num === 0n ? 0n : ceilDiv(cexValue * ctx.bufferFraction.num, ctx.bufferFraction.den);
  const qv = ctx.quoteAtomValue;
  let profit: bigint;
  let poolValue: bigint;
  let pool;
  if (ctx.direction === "cexToPool") {
    if (ctx.quoteAvailable !== undefined && cexValue + cexFee > ctx.quoteAvailable) return undefined;
    pool = ctx.pool.sellBase(baseAtoms);
    if (!pool.filled) return undefined;
    poolValue = qv.den === 1n ? pool.amountOut * qv.num : floorDiv(pool.amountOut * qv.num, qv.den);
    profit = poolValue - cexValue - cexFee;
  } else {
    pool = ctx.pool.buyBase(baseAtoms);
    if (!pool.filled) return undefined;
    if (ctx.quoteAvailable !== undefined && pool.amountIn > ctx.quoteAvailable) return undefined;
    poolValue = qv.den === 1n ? pool.amountIn * qv.num : ceilDiv(pool.amountIn * qv.num, qv.den);
    profit = cexValue - cexFee - poolValue;
  }
  profit -= ctx.networkFee + slippageBuffer;
  return {
    lots,
    baseAtoms,
    cexValue,
    cexFee,
    pool,
    poolValue,
    // The fee is charged in the input token: base when selling (valued at the spot price), quote when buying.
    poolFeeValue:
      ctx.direction === "cexToPool"
        ? ceilDiv(pool.feeAmount * ctx.pool.spot.num * qv.num, ctx.pool.spot.den * qv.den)
        : ceilDiv(pool.feeAmount * qv.num, qv.den),
    networkFee: ctx.networkFee,
    slippageBuffer,
    profit,
  };
}

/** Net profit minus the threshold's share of the notional (≥ 0 exactly when the edge clears it). */
export function getHurdleSurplus(ctx: SizingContext, e: SizeEvaluation): bigint {
  const t = ctx.thresholdFraction;
  return e.profit * t.den - e.cexValue * t.num;
}
