import type { SideLevels } from "./SideLevels";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A walk's raw totals (mutable scratch shape shared by the fast and bigint walkers). @internal */
export interface WalkTotals {
  filledBase: number | bigint;
  filledQuote: bigint;
  worstPrice: number | undefined;
  levelsConsumed: number;
}

/**
 * Walks `side` from its best level for `requested` base units at the work scale, where each stored size
 * counts `sizeFactor` work units. All arithmetic is on numbers that are checked to stay safe integers:
 * a product or running quote total that would pass 2^53 is moved into a bigint (rarely: once per ~2^53
 * of quote). Returns `undefined` only when a scaled size itself is unsafe; the caller then uses
 * {@link walkSideBig}. Exact; no rounding.
 * @internal
 */
export function walkSideFast(side: SideLevels, requested: number, sizeFactor: number): WalkTotals | undefined {
  const prices = side.prices;
  const sizes = side.sizes;
  const lo = side.lo;
  let remaining = requested;
  let quote = 0;
  let quoteBig = 0n;
  let worst: number | undefined;
  let levels = 0;
  for (let i = side.hi - 1; remaining > 0 && i >= lo; i--) {
    let size = sizes[i] as number;
    if (sizeFactor !== 1) {
      size *= sizeFactor;
      if (size > MAX_SAFE) return undefined;
    }
    const take = size < remaining ? size : remaining;
    const price = prices[i] as number;
    const product = price * take;
    // Both tests are exact: a true value above 2^53 - 1 never rounds below 2^53.
    if (product > MAX_SAFE) {
      quoteBig += BigInt(price) * BigInt(take);
    } else {
      const sum = quote + product;
      if (sum > MAX_SAFE) {
        quoteBig += BigInt(quote);
        quote = product;
      } else {
        quote = sum;
      }
    }
    remaining -= take;
    worst = price;
    levels++;
  }
  return {
    filledBase: requested - remaining,
    filledQuote: quoteBig === 0n ? BigInt(quote) : quoteBig + BigInt(quote),
    worstPrice: worst,
    levelsConsumed: levels,
  };
}

/**
 * The same walk in bigint arithmetic, for any request size and size factor (the slow, general path).
 * @internal
 */
export function walkSideBig(side: SideLevels, requested: bigint, sizeFactor: bigint): WalkTotals {
  let remaining = requested;
  let quote = 0n;
  let worst: number | undefined;
  let levels = 0;
  for (let i = side.hi - 1; remaining > 0n && i >= side.lo; i--) {
    const size = BigInt(side.sizes[i] as number) * sizeFactor;
    const take = size < remaining ? size : remaining;
    const price = side.prices[i] as number;
    quote += BigInt(price) * take;
    remaining -= take;
    worst = price;
    levels++;
  }
  return { filledBase: requested - remaining, filledQuote: quote, worstPrice: worst, levelsConsumed: levels };
}

/**
 * Walks `side` spending at most `budget` quote units (at `quoteScale`, which must be ≥ the book's
 * `priceScale + sizeScale`; `costFactor = 10^(quoteScale − priceScale − sizeScale)`). Whole levels are
 * taken while affordable; the last level is taken in whole size units of the book (`10^-sizeScale`),
 * rounded DOWN, so the quote spent never exceeds the budget. Bigint arithmetic; exact.
 * @internal
 */
export function walkSideBudget(
  side: SideLevels,
  budget: bigint,
  costFactor: bigint,
): WalkTotals & { readonly remainingBudget: bigint; readonly exhausted: boolean } {
  let remaining = budget;
  let base = 0n;
  let quote = 0n;
  let worst: number | undefined;
  let levels = 0;
  let exhausted = false;
  for (let i = side.hi - 1; i >= side.lo; i--) {
    const price = BigInt(side.prices[i] as number);
    const size = BigInt(side.sizes[i] as number);
    const unitCost = price * costFactor;
    const full = unitCost * size;
    const take = full <= remaining ? size : remaining / unitCost;
    if (take > 0n) {
      base += take;
      quote += unitCost * take;
      remaining -= unitCost * take;
      worst = side.prices[i] as number;
      levels++;
    }
    if (take < size || remaining === 0n) {
      exhausted = true;
      break;
    }
  }
  return {
    filledBase: base,
    filledQuote: quote,
    worstPrice: worst,
    levelsConsumed: levels,
    remainingBudget: remaining,
    exhausted: exhausted || remaining === 0n,
  };
}
