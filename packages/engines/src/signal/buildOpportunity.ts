import { Dec as Decimal, toDec } from "../math/Dec";
import type { BookEvent, Instrument, UnixMs } from "@arbkit/core";
import { getSpotPrice } from "../execution/getSpotPrice";
import { pow10 } from "../math/pow10";
import { getPoolFeeValue } from "./evaluateSize";
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

const ZERO = new Decimal(0);

/**
 * Turns an exact integer {@link SizeEvaluation} into a frozen, human-readable {@link Opportunity}.
 *
 * Everything the decision depends on is read now (the book is live and moves on; its touch and the
 * walk's worst price are captured as integers and strings). The Decimal fields are exact conversions of
 * those integers and are materialized on first read, once (memoized getters): a decision reads two or
 * three of them, and most opportunities are denied, so the other dozen conversions are never paid for.
 * The object is frozen and every field is an own enumerable property, so spreading, `JSON.stringify`
 * and deep equality see the same values an eager object would have.
 */
export function buildOpportunity(input: BuildOpportunityInput): Opportunity {
  const { e, ctx, scales, direction, rate } = input;
  const vd = scales.valueDecimals;
  const bd = scales.baseDecimals;
  const qd = scales.quoteDecimals;
  const buyCex = direction === "cexToPool";
  const quoteAtoms = buyCex ? e.pool.amountOut : e.pool.amountIn;
  const poolEvent = ctx.pool.event;
  const book = input.book.book;
  // Read from the live book now: it changes with the next delta.
  const worstPrice = ctx.curve.worstPriceOf(e.baseAtoms);
  const touch = book.bestPriceScaled(buyCex ? "ask" : "bid");
  const touchScale = book.priceScale;
  // The getters below capture only these small immutable values (not the context, book or pool event).
  const poolSpot = ctx.pool.spot;
  const qv = ctx.quoteAtomValue;
  const { sqrtPrice } = poolEvent.state;
  const { baseIsA } = input;
  // Prices and the edge by integer division (fast and exactly specified): rounded down to 18 decimals
  // for prices, toward zero to 6 decimals for the edge.
  const perBase = (amount: bigint, amountDecimals: number): Decimal =>
    toDec((amount * pow10(bd + 18)) / (e.baseAtoms * pow10(amountDecimals)), 18);
  let size: Decimal | undefined;
  let cexFee: Decimal | undefined;
  let cexPrice: Decimal | undefined;
  let worst: Decimal | undefined;
  let notional: Decimal | undefined;
  let poolPrice: Decimal | undefined;
  let quoteAmount: Decimal | undefined;
  let poolFeeTokens: Decimal | undefined;
  let poolFee: Decimal | undefined;
  let networkFee: Decimal | undefined;
  let buffer: Decimal | undefined;
  let gross: Decimal | undefined;
  let net: Decimal | undefined;
  let edge: Decimal | undefined;
  let touchPrice: Decimal | undefined;
  let spot: Decimal | undefined;
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
      side: buyCex ? "buy" : "sell",
      get size() {
        return (size ??= toDec(e.baseAtoms, bd));
      },
      get expectedPrice() {
        return (cexPrice ??= perBase(e.cexValue, vd));
      },
      get worstPrice() {
        return (worst ??= new Decimal(worstPrice));
      },
      get notional() {
        return (notional ??= toDec(e.cexValue, vd));
      },
      get fee() {
        return (cexFee ??= toDec(e.cexFee, vd));
      },
    }),
    poolLeg: Object.freeze({
      venue: input.pool.venue,
      instrument: input.pool.id,
      base: input.pool.base.symbol,
      quote: input.pool.quote.symbol,
      pool: poolEvent.pool,
      side: buyCex ? "sell" : "buy",
      get size() {
        return (size ??= toDec(e.baseAtoms, bd));
      },
      get expectedPrice() {
        return (poolPrice ??= perBase(quoteAtoms, qd));
      },
      get quoteAmount() {
        return (quoteAmount ??= toDec(quoteAtoms, qd));
      },
      quoteAtoms,
      baseAtoms: e.baseAtoms,
      get poolFee() {
        return (poolFeeTokens ??= toDec(e.pool.feeAmount, buyCex ? bd : qd));
      },
      slot: poolEvent.slot,
      aToB: buyCex === input.baseIsA,
      exactIn: buyCex,
    }),
    costs: Object.freeze({
      get cexFee() {
        return (cexFee ??= toDec(e.cexFee, vd));
      },
      get poolFee() {
        return (poolFee ??= toDec(getPoolFeeValue(direction, poolSpot, qv, e.pool.feeAmount), vd));
      },
      get networkFee() {
        return (networkFee ??= toDec(e.networkFee, vd));
      },
      networkFeeLamports: input.networkFeeLamports,
      get slippageBuffer() {
        return (buffer ??= e.slippageBuffer === 0n ? ZERO : toDec(e.slippageBuffer, vd));
      },
      conversionRate: rate,
    }),
    get grossPnl() {
      return (gross ??= toDec(e.profit + e.cexFee + e.networkFee + e.slippageBuffer, vd));
    },
    get netPnl() {
      return (net ??= toDec(e.profit, vd));
    },
    get edgeBps() {
      return (edge ??= toDec((e.profit * 10_000n * 1_000_000n) / e.cexValue, 6));
    },
    inputs: Object.freeze({
      cexTsInit: input.book.tsInit,
      cexTsEvent: input.book.tsEvent,
      cexAgeMs: input.now - input.book.tsInit,
      poolTsInit: poolEvent.tsInit,
      poolAgeMs: input.now - poolEvent.tsInit,
      poolSlot: poolEvent.slot,
      get cexTouchPrice() {
        return (touchPrice ??= touch === undefined ? new Decimal("0") : toDec(BigInt(touch), touchScale));
      },
      get poolSpotPrice() {
        return (spot ??= getSpotPrice(sqrtPrice, bd, qd, baseIsA));
      },
    }),
  });
}
