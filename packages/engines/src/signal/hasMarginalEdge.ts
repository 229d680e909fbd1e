import type { Ratio } from "../math/Ratio";
import type { SizingContext } from "./SizingContext";

const MILLION = 1_000_000n;

/** `1 + sign·(f + b + t)` as one exact ratio. */
function onePlus(sign: 1n | -1n, f: Ratio, b: Ratio, t: Ratio): Ratio {
  const den = f.den * b.den * t.den;
  const extra = f.num * b.den * t.den + b.num * f.den * t.den + t.num * f.den * b.den;
  return { num: den + sign * extra, den };
}

/**
 * Whether the first base atom clears every proportional cost (taker fee, pool fee, slippage buffer and
 * the edge threshold) at the touch: CEX best price against the pool's spot price. It is an exact upper
 * bound: the threshold-adjusted profit is concave in size and zero at size zero, so when the marginal
 * surplus at zero is ≤ 0 no size can clear the threshold and the search is skipped.
 */
export function hasMarginalEdge(ctx: SizingContext): boolean {
  const { spot, feeRate } = ctx.pool;
  const qv = ctx.quoteAtomValue;
  const fee = BigInt(feeRate);
  const best = ctx.curve.bestPrice;
  if (!ctx.curve.hasDepth || spot.num === 0n) return false;
  if (ctx.direction === "cexToPool") {
    // pool bid per atom = spot·(1 − fee)·qv  vs  CEX ask·(1 + f + b + t)
    const k = onePlus(1n, ctx.takerFee, ctx.bufferFraction, ctx.thresholdFraction);
    return spot.num * (MILLION - fee) * qv.num * k.den > spot.den * MILLION * qv.den * best * k.num;
  }
  // CEX bid·(1 − f − b − t)  vs  pool ask per atom = spot/(1 − fee)·qv
  const k = onePlus(-1n, ctx.takerFee, ctx.bufferFraction, ctx.thresholdFraction);
  if (k.num <= 0n) return false;
  return best * k.num * spot.den * (MILLION - fee) * qv.den > spot.num * MILLION * qv.num * k.den;
}
