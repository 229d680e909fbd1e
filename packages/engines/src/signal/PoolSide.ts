import type { PoolStateEvent } from "@arbkit/core";
import type { Ratio } from "../math/Ratio";
import type { PoolQuoter, PoolSwapQuote } from "./PoolQuoter";

const Q128 = 1n << 128n;
// Bounded so a long run between pool updates cannot grow memory; sizes repeat, so hits stay high.
const MAX_CACHED = 4096;

/**
 * One pool state seen from the pair's base asset: exact quotes to sell or buy base atoms, memoized per
 * size for the life of the state (the state is immutable, so a quote never changes).
 */
export interface PoolSide {
  /** The pool state event this side prices. */
  readonly event: PoolStateEvent;
  /** Spot price before fees: quote-token atoms per base atom (exact ratio of the Q64.64 sqrt price). */
  readonly spot: Ratio;
  /** Pool fee in millionths. */
  readonly feeRate: number;
  /** Exact-in: sell `atoms` base atoms into the pool (`amountOut` is quote atoms). */
  sellBase(atoms: bigint): PoolSwapQuote;
  /** Exact-out: buy `atoms` base atoms from the pool (`amountIn` is quote atoms). */
  buyBase(atoms: bigint): PoolSwapQuote;
  /** The swap that moves the pool to `sqrtPrice` (see {@link PoolQuoter.quoteToSqrtPrice}). */
  toSqrtPrice(sqrtPrice: bigint): PoolSwapQuote;
  /** Whether the base is token A. */
  readonly baseIsA: boolean;
}

/** The {@link PoolSide} implementation: a class, so a side per pool state allocates no closures. */
class QuotedPoolSide implements PoolSide {
  readonly spot: Ratio;
  readonly feeRate: number;
  #quoter: PoolQuoter | undefined;
  readonly #createQuoter: (event: PoolStateEvent) => PoolQuoter;
  // Made on first use: most states are screened out and never quote, and a side quotes one way.
  #sells: Map<bigint, PoolSwapQuote> | undefined;
  #buys: Map<bigint, PoolSwapQuote> | undefined;
  #targets: Map<bigint, PoolSwapQuote> | undefined;

  constructor(
    readonly event: PoolStateEvent,
    createQuoter: (event: PoolStateEvent) => PoolQuoter,
    readonly baseIsA: boolean,
  ) {
    this.#createQuoter = createQuoter;
    const sq = event.state.sqrtPrice * event.state.sqrtPrice;
    this.spot = baseIsA ? { num: sq, den: Q128 } : { num: Q128, den: sq };
    this.feeRate = event.state.feeRate;
  }

  #memo(cache: Map<bigint, PoolSwapQuote>, atoms: bigint, exactIn: boolean): PoolSwapQuote {
    let q = cache.get(atoms);
    if (q === undefined) {
      // Selling base is A→B when base is A; buying base is the opposite swap.
      this.#quoter ??= this.#createQuoter(this.event);
      q = this.#quoter.quote(atoms, exactIn === this.baseIsA, exactIn);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(atoms, q);
    }
    return q;
  }

  sellBase(atoms: bigint): PoolSwapQuote {
    return this.#memo((this.#sells ??= new Map()), atoms, true);
  }

  buyBase(atoms: bigint): PoolSwapQuote {
    return this.#memo((this.#buys ??= new Map()), atoms, false);
  }

  toSqrtPrice(sqrtPrice: bigint): PoolSwapQuote {
    const targets = (this.#targets ??= new Map());
    let q = targets.get(sqrtPrice);
    if (q === undefined) {
      this.#quoter ??= this.#createQuoter(this.event);
      q = this.#quoter.quoteToSqrtPrice(sqrtPrice);
      if (targets.size >= MAX_CACHED) targets.clear();
      targets.set(sqrtPrice, q);
    }
    return q;
  }
}

/**
 * Wraps a pool state as a {@link PoolSide}; `baseIsA` says which token is the base. The quoter is built
 * on the first quote only: most pool updates are screened out by the spot price and never quote.
 */
export function createPoolSide(event: PoolStateEvent, createQuoter: (event: PoolStateEvent) => PoolQuoter, baseIsA: boolean): PoolSide {
  return new QuotedPoolSide(event, createQuoter, baseIsA);
}
