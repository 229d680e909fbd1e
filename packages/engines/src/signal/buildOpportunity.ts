import { Dec as Decimal, toDec } from "../math/Dec";
import type { BookEvent, Instrument, UnixMs } from "@arbkit/core";
import { getSpotPrice } from "../execution/getSpotPrice";
import { pow10 } from "../math/pow10";
import type { Direction } from "./Direction";
import type { Opportunity } from "./Opportunity";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

/** The decimals an opportunity is built with (internal). */
export interface OpportunityScales {
  /** Decimals of a base atom. */
  readonly baseDecimals: number;
  /** Decimals of a pool quote-token atom. */
  readonly quoteDecimals: number;
  /** Decimals of a value unit. */
  readonly valueDecimals: number;
}

/** Inputs of {@link buildOpportunity} (internal). */
export interface BuildOpportunityInput {
  /** Opportunity id. */
  readonly id: string;
  /** Pair id. */
  readonly pair: string;
  /** Direction. */
  readonly direction: Direction;
  /** Decision time. */
  readonly now: UnixMs;
  /** The CEX instrument. */
  readonly cex: Instrument;
  /** The pool instrument. */
  readonly pool: Instrument;
  /** The CEX book event the curve came from. */
  readonly book: BookEvent;
  /** Sizing context. */
  readonly ctx: SizingContext;
  /** The chosen size. */
  readonly e: SizeEvaluation;
  /** Scales. */
  readonly scales: OpportunityScales;
  /** The conversion rate as a Decimal. */
  readonly rate: Decimal;
  /** Whether the base is the pool's token A. */
  readonly baseIsA: boolean;
  /** The network fee in lamports. */
  readonly networkFeeLamports: bigint;
}

/** A memoized thunk: the value is computed on first use, then reused (the result never changes). */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * Turns an exact integer {@link SizeEvaluation} into a frozen, human-readable {@link Opportunity}.
 * Decimal fields are getters computed once on first read from integers captured now (parsing decimal
 * strings dominates the cost of an opportunity, and most consumers read a few fields); anything that
 * reads the book is captured eagerly, since a book view is only valid until its next event.
 */
export function buildOpportunity(input: BuildOpportunityInput): Opportunity {
  const { e, ctx, scales, direction } = input;
  const v = (x: bigint) => lazy(() => toDec(x, scales.valueDecimals));
  const buyCex = direction === "cexToPool";
  const quoteAtoms = buyCex ? e.pool.amountOut : e.pool.amountIn;
  const poolEvent = ctx.pool.event;
  // Prices and the edge by integer division (fast and exactly specified): rounded down to 18 decimals
  // for prices, toward zero to 6 decimals for the edge.
  const perBase = (amount: bigint, amountDecimals: number) =>
    lazy(() => toDec((amount * pow10(scales.baseDecimals + 18)) / (e.baseAtoms * pow10(amountDecimals)), 18));
  const size = lazy(() => toDec(e.baseAtoms, scales.baseDecimals));
  const cexFee = v(e.cexFee);
  const networkFee = v(e.networkFee);
  const worst = ctx.curve.worstPriceOf(e.baseAtoms);
  const touch = (buyCex ? input.book.book.bestAsk() : input.book.book.bestBid())?.price ?? "0";
  const f = {
    cexPrice: perBase(e.cexValue, scales.valueDecimals),
    worst: lazy(() => new Decimal(worst)),
    notional: v(e.cexValue),
    poolPrice: perBase(quoteAtoms, scales.quoteDecimals),
    quoteAmount: lazy(() => toDec(quoteAtoms, scales.quoteDecimals)),
    poolFee: lazy(() => toDec(e.pool.feeAmount, buyCex ? scales.baseDecimals : scales.quoteDecimals)),
    poolFeeValue: v(e.poolFeeValue),
    buffer: v(e.slippageBuffer),
    gross: v(e.profit + e.cexFee + e.networkFee + e.slippageBuffer),
    net: v(e.profit),
    edge: lazy(() => toDec((e.profit * 10_000n * 1_000_000n) / e.cexValue, 6)),
    touch: lazy(() => new Decimal(touch)),
    spot: lazy(() => getSpotPrice(poolEvent.state.sqrtPrice, scales.baseDecimals, scales.quoteDecimals, input.baseIsA)),
  };
  return Object.freeze({
    id: input.id,
    pair: input.pair,
    direction,
    tsDecision: input.now,
    cexLeg: Object.freeze({
      venue: input.cex.venue,
      instrument: input.cex.id,
      base: input.cex.base.symbol,
      quote: input.cex.quote.symbol,
      side: buyCex ? ("buy" as const) : ("sell" as const),
      get size() { return size(); },
      get expectedPrice() { return f.cexPrice(); },
      get worstPrice() { return f.worst(); },
      get notional() { return f.notional(); },
      get fee() { return cexFee(); },
    }),
    poolLeg: Object.freeze({
      venue: input.pool.venue,
      instrument: input.pool.id,
      base: input.pool.base.symbol,
      quote: input.pool.quote.symbol,
      pool: poolEvent.pool,
      side: buyCex ? ("sell" as const) : ("buy" as const),
      get size() { return size(); },
      get expectedPrice() { return f.poolPrice(); },
      get quoteAmount() { return f.quoteAmount(); },
      quoteAtoms,
      baseAtoms: e.baseAtoms,
      get poolFee() { return f.poolFee(); },
      slot: poolEvent.slot,
      aToB: buyCex === input.baseIsA,
      exactIn: buyCex,
    }),
    costs: Object.freeze({
      get cexFee() { return cexFee(); },
      get poolFee() { return f.poolFeeValue(); },
      get networkFee() { return networkFee(); },
      networkFeeLamports: input.networkFeeLamports,
      get slippageBuffer() { return f.buffer(); },
      conversionRate: input.rate,
    }),
    get grossPnl() { return f.gross(); },
    get netPnl() { return f.net(); },
    get edgeBps() { return f.edge(); },
    inputs: Object.freeze({
      cexTsInit: input.book.tsInit,
      cexTsEvent: input.book.tsEvent,
      cexAgeMs: input.now - input.book.tsInit,
      poolTsInit: poolEvent.tsInit,
      poolAgeMs: input.now - poolEvent.tsInit,
      poolSlot: poolEvent.slot,
      get cexTouchPrice() { return f.touch(); },
      get poolSpotPrice() { return f.spot(); },
    }),
  });
}
