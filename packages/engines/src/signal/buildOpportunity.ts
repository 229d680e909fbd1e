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

const ZERO = new Decimal(0);

/** Turns an exact integer {@link SizeEvaluation} into a frozen, human-readable {@link Opportunity}. */
export function buildOpportunity(input: BuildOpportunityInput): Opportunity {
  const { e, ctx, scales, direction } = input;
  const v = (x: bigint): Decimal => toDec(x, scales.valueDecimals);
  const buyCex = direction === "cexToPool";
  const quoteAtoms = buyCex ? e.pool.amountOut : e.pool.amountIn;
  const poolEvent = ctx.pool.event;
  // Prices and the edge by integer division (fast and exactly specified): rounded down to 18 decimals
  // for prices, toward zero to 6 decimals for the edge.
  const perBase = (amount: bigint, amountDecimals: number): Decimal =>
    toDec((amount * pow10(scales.baseDecimals + 18)) / (e.baseAtoms * pow10(amountDecimals)), 18);
  const size = toDec(e.baseAtoms, scales.baseDecimals);
  const cexFee = v(e.cexFee);
  const touch = buyCex ? input.book.book.bestAsk() : input.book.book.bestBid();
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
      size,
      expectedPrice: perBase(e.cexValue, scales.valueDecimals),
      worstPrice: new Decimal(ctx.curve.worstPriceOf(e.baseAtoms)),
      notional: v(e.cexValue),
      fee: cexFee,
    }),
    poolLeg: Object.freeze({
      venue: input.pool.venue,
      instrument: input.pool.id,
      base: input.pool.base.symbol,
      quote: input.pool.quote.symbol,
      pool: poolEvent.pool,
      side: buyCex ? "sell" : "buy",
      size,
      expectedPrice: perBase(quoteAtoms, scales.quoteDecimals),
      quoteAmount: toDec(quoteAtoms, scales.quoteDecimals),
      quoteAtoms,
      baseAtoms: e.baseAtoms,
      poolFee: toDec(e.pool.feeAmount, buyCex ? scales.baseDecimals : scales.quoteDecimals),
      slot: poolEvent.slot,
      aToB: buyCex === input.baseIsA,
      exactIn: buyCex,
    }),
    costs: Object.freeze({
      cexFee,
      poolFee: v(e.poolFeeValue),
      networkFee: v(e.networkFee),
      networkFeeLamports: input.networkFeeLamports,
      slippageBuffer: e.slippageBuffer === 0n ? ZERO : v(e.slippageBuffer),
      conversionRate: input.rate,
    }),
    grossPnl: v(e.profit + e.cexFee + e.networkFee + e.slippageBuffer),
    netPnl: v(e.profit),
    edgeBps: toDec((e.profit * 10_000n * 1_000_000n) / e.cexValue, 6),
    inputs: Object.freeze({
      cexTsInit: input.book.tsInit,
      cexTsEvent: input.book.tsEvent,
      cexAgeMs: input.now - input.book.tsInit,
      poolTsInit: poolEvent.tsInit,
      poolAgeMs: input.now - poolEvent.tsInit,
      poolSlot: poolEvent.slot,
      cexTouchPrice: new Decimal(touch?.price ?? "0"),
      poolSpotPrice: getSpotPrice(poolEvent.state.sqrtPrice, scales.baseDecimals, scales.quoteDecimals, input.baseIsA),
    }),
  });
}
