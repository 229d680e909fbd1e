import { isqrt } from "../math/isqrt";
import type { Ratio } from "../math/Ratio";
import type { SizingContext } from "./SizingContext";

const MILLION = 1_000_000n;
const Q128 = 1n << 128n;

/** `1 + sign·(f + b)` as one exact ratio (the CEX side's marginal cost or proceeds factor). */
function factor(sign: 1n | -1n, f: Ratio, b: Ratio): Ratio {
  return { num: f.den * b.den + sign * (f.num * b.den + b.num * f.den), den: f.den * b.den };
}

/**
 * The profit-maximizing size in base atoms of the continuous problem, by marginal prices: for CEX level
 * k (price p_k), the pool size at which the pool's marginal price (after its fee) equals p_k after the
 * taker fee and buffer is one "to price" swap quote; the optimum is in the first level whose cumulative
 * depth reaches that size (or at the level's start). Levels are searched by galloping then bisection,
 * since that pool size falls as k rises. Returns `undefined` when the pool cannot be priced this way;
 * the caller then searches by golden section. The result is a starting point polished by exact
 * evaluations, so its rounding (integer square root, fee rounding) never decides the answer.
 */
export function getMarginalOptimum(ctx: SizingContext): bigint | undefined {
  const { curve, pool, quoteAtomValue: qv } = ctx;
  const sell = ctx.direction === "cexToPool";
  const k = factor(sell ? 1n : -1n, ctx.takerFee, ctx.bufferFraction);
  if (k.num <= 0n) return undefined;
  const keep = MILLION - BigInt(pool.feeRate);
  const poolSize = new Map<number, bigint>();
  const sizeAt = (i: number, price: bigint): bigint => {
    let q = poolSize.get(i);
    if (q !== undefined) return q;
    // Target pool price, quote atoms per base atom, as num/den.
    const num = sell ? price * k.num * MILLION * qv.den : price * k.num * keep * qv.den;
    const den = sell ? k.den * keep * qv.num : k.den * MILLION * qv.num;
    const beyond = sell ? num * pool.spot.den >= pool.spot.num * den : num * pool.spot.den <= pool.spot.num * den;
    if (beyond) q = 0n;
    else {
      const target = pool.baseIsA ? isqrt((num * Q128) / den) : isqrt((den * Q128) / num);
      const quote = pool.toSqrtPrice(target);
      q = sell ? quote.amountIn : quote.amountOut;
    }
    poolSize.set(i, q);
    return q;
  };
  const reaches = (i: number): boolean => {
    const level = curve.level(i)!;
    return sizeAt(i, level.price) <= level.cumAtoms;
  };
  // Gallop to a level that reaches (or past the last level), then bisect for the first one.
  let prev = -1;
  let i = 0;
  while (curve.level(i) !== undefined && !reaches(i)) {
    prev = i;
    i = i * 2 + 1;
  }
  let last = i;
  if (curve.level(i) === undefined) {
    let lo = prev;
    let hi = i;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (curve.level(mid) === undefined) hi = mid;
      else lo = mid;
    }
    if (lo < 0) return undefined;
    last = lo;
    if (!reaches(lo)) return curve.level(lo)!.cumAtoms;
  }
  let lo = prev;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  const start = hi === 0 ? 0n : curve.level(hi - 1)!.cumAtoms;
  const q = sizeAt(hi, curve.level(hi)!.price);
  return q > start ? q : start;
}
