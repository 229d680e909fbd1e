import { ceilDiv, floorDiv } from "../math/divide";
import type { Ratio } from "../math/Ratio";
import type { Direction } from "./Direction";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

/**
 * The CEX notional of `baseAtoms` when every CEX-side limit allows it (book depth, the notional cap and,
 * for a CEX buy, the quote available for the venue's funds hold: {@link getCexHold}), else `undefined`. Each limit is monotone in
 * the size, so the feasible sizes form a prefix; no pool quote is needed to decide it.
 */
function getCexValue(ctx: SizingContext, baseAtoms: bigint): bigint | undefined {
  const cexValue = ctx.curve.valueOf(baseAtoms);
  if (cexValue === undefined) return undefined;
  if (ctx.maxNotional !== undefined && cexValue > ctx.maxNotional) return undefined;
  if (ctx.direction === "cexToPool" && ctx.quoteAvailable !== undefined) {
    const hold = getCexHold(ctx, baseAtoms);
    if (hold === undefined || hold > ctx.quoteAvailable) return undefined;
  }
  return cexValue;
}

/**
 * What the venue holds for a CEX buy of `baseAtoms` (value units, rounded up): the walk's worst price ×
 * the order markup × size, plus the taker fee on it; `undefined` when the book is too shallow. It is at
 * least the cost plus fee, so a size within it can also pay for its fill.
 */
export function getCexHold(ctx: SizingContext, baseAtoms: bigint): bigint | undefined {
  const limitValue = ctx.curve.limitValueOf(baseAtoms, ctx.cexOrderMarkup);
  return limitValue === undefined ? undefined : limitValue + ceilDiv(limitValue * ctx.takerFee.num, ctx.takerFee.den);
}

/** Whether every CEX-side limit allows `lots` (the part of {@link evaluateSize}'s checks that needs no pool quote). */
export function isCexFeasible(ctx: SizingContext, lots: number): boolean {
  return getCexValue(ctx, BigInt(lots) * ctx.lotAtoms) !== undefined;
}

/**
 * Evaluates one size exactly, or returns `undefined` when it is infeasible (CEX depth or pool liquidity
 * short, over the notional cap, or more quote than available). Costs round up, proceeds round down.
 */
export function evaluateSize(ctx: SizingContext, lots: number): SizeEvaluation | undefined {
  const baseAtoms = BigInt(lots) * ctx.lotAtoms;
  const cexValue = getCexValue(ctx, baseAtoms);
  if (cexValue === undefined) return undefined;
  const cexFee = ceilDiv(cexValue * ctx.takerFee.num, ctx.takerFee.den);
  const slippageBuffer = ctx.bufferFraction.num === 0n ? 0n : ceilDiv(cexValue * ctx.bufferFraction.num, ctx.bufferFraction.den);
  const qv = ctx.quoteAtomValue;
  let profit: bigint;
  let poolValue: bigint;
  let pool;
  if (ctx.direction === "cexToPool") {
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
    networkFee: ctx.networkFee,
    slippageBuffer,
    profit,
  };
}

/**
 * The pool fee of a quote (`feeAmount`, input-token atoms) in the CEX currency, value units, rounded
 * up (informational: it is already inside the quote). The fee is charged in the input token: base when
 * selling (valued at the pool's `spot` price, quote atoms per base atom), quote when buying. Computed
 * for the chosen size only, not during the search (the spot-price product makes it a ~200-bit division).
 */
export function getPoolFeeValue(direction: Direction, spot: Ratio, quoteAtomValue: Ratio, feeAmount: bigint): bigint {
  const qv = quoteAtomValue;
  return direction === "cexToPool"
    ? ceilDiv(feeAmount * spot.num * qv.num, spot.den * qv.den)
    : ceilDiv(feeAmount * qv.num, qv.den);
}

/** Net profit minus the threshold's share of the notional (≥ 0 exactly when the edge clears it). */
export function getHurdleSurplus(ctx: SizingContext, e: SizeEvaluation): bigint {
  const t = ctx.thresholdFraction;
  return e.profit * t.den - e.cexValue * t.num;
}
