import { isqrt } from "../math/isqrt";
import type { Ratio } from "../math/Ratio";
import type { SizingContext } from "./SizingContext";

const MILLION = 1_000_000n;
const Q128 = 1n << 128n;

/** `1 + sign·(f + b + x)` as one exact ratio (the CEX side's marginal cost or proceeds factor). */
function factor(sign: 1n | -1n, f: Ratio, b: Ratio, x: Ratio): Ratio {
  const den = f.den * b.den * x.den;
  return { num: den + sign * (f.num * b.den * x.den + b.num * f.den * x.den + x.num * f.den * b.den), den };
}

const NONE: Ratio = { num: 0n, den: 1n };

/**
 * The profit-maximizing size in base atoms of the continuous problem, by marginal prices: for CEX level
 * k (price p_k), the pool size at which the pool's marginal price (after its fee) equals p_k after the
 * taker fee and buffer is one "to price" swap quote; the optimum is in the first level whose cumulative
 * depth reaches that size (or at the level's start). Levels are searched by galloping then bisection,
 * since that pool size falls as k rises. Returns `undefined` when the pool cannot be priced this way;
 * the caller then searches by golden section. The result is a starting point polished by exact
 * evaluations, so its rounding (integer square root, fee rounding) never decides the answer.
 *
 * With `extra` (a fraction of the CEX notional, e.g. the edge threshold) the same search finds the
 * optimum of `profit − extra × notional` instead: the extra charge simply joins the taker fee and buffer.
 */
export function getMarginalOptimum(ctx: SizingContext, extra: Ratio = NONE): bigint | undefined {
  const sell = ctx.direction === "cexToPool";
  const k = factor(sell ? 1n : -1n, ctx.takerFee, ctx.bufferFraction, extra);
  if (k.num <= 0n) return undefined;
  const { curve } = ctx;
  const search = new LevelSearch(ctx, k, sell);
  // Gallop to a level that reaches (or past the last level), then bisect for the first one.
  let prev = -1;
  let i = 0;
  while (curve.level(i) !== undefined && !search.reaches(i)) {
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
    if (!search.reaches(lo)) return curve.level(lo)!.cumAtoms;
  }
  let lo = prev;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (search.reaches(mid)) hi = mid;
    else lo = mid;
  }
  const start = hi === 0 ? 0n : curve.level(hi - 1)!.cumAtoms;
  const q = search.sizeAt(hi);
  return q > start ? q : start;
}

/** The per-level pool sizes of one {@link getMarginalOptimum} search, each computed once. */
class LevelSearch {
  readonly #sizes: (bigint | undefined)[] = [];

  constructor(
    readonly ctx: SizingContext,
    readonly k: Ratio,
    readonly sell: boolean,
  ) {}

  /** The pool size (base atoms) at which the pool's marginal price after its fee meets level `i`'s. */
  sizeAt(i: number): bigint {
    let q = this.#sizes[i];
    if (q !== undefined) return q;
    const { pool, quoteAtomValue: qv, curve } = this.ctx;
    const { k, sell } = this;
    const price = curve.level(i)!.price;
    const keep = MILLION - BigInt(pool.feeRate);
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
    this.#sizes[i] = q;
    return q;
  }

  /** Whether levels 0…i together hold at least the pool size for level `i`. */
  reaches(i: number): boolean {
    return this.sizeAt(i) <= this.ctx.curve.level(i)!.cumAtoms;
  }
}
