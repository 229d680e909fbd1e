import { Dec as Decimal, toDec } from "../math/Dec";
import type { BookEvent, Instrument, UnixMs } from "@arbkit/core";
import { pow10 } from "../math/pow10";
import { getCexHold, getPoolFeeValue } from "./evaluateSize";
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
  /**
   * Values shared by every opportunity on the same inputs (the pool state, the book event), made once
   * by the caller: the network fee in the CEX currency (`e.networkFee` as a Decimal), the pool's spot
   * price, and the CEX touch the leg trades against.
   */
  readonly shared: {
    readonly networkFee: Decimal;
    readonly poolSpotPrice: Decimal;
    readonly cexTouchPrice: Decimal;
  };
}

const ZERO = new Decimal(0);

/**
 * An average price per base unit by integer division (fast and exactly specified), rounded down to 18
 * decimals: `amount × 10^-amountDecimals / (baseAtoms × 10^-baseDecimals)`.
 */
function perBase(amount: bigint, amountDecimals: number, baseAtoms: bigint, baseDecimals: number): Decimal {
  return toDec((amount * pow10(baseDecimals + 18)) / (baseAtoms * pow10(amountDecimals)), 18);
}

/**
 * Turns an exact integer {@link SizeEvaluation} into a frozen, human-readable {@link Opportunity}. Each
 * Decimal is an exact conversion of an integer; the pool fee's value is computed here, for the chosen
 * size only.
 */
export function buildOpportunity(input: BuildOpportunityInput): Opportunity {
  const { e, ctx, scales, direction, shared } = input;
  const vd = scales.valueDecimals;
  const buyCex = direction === "cexToPool";
  const quoteAtoms = buyCex ? e.pool.amountOut : e.pool.amountIn;
  const poolEvent = ctx.pool.event;
  const size = toDec(e.baseAtoms, scales.baseDecimals);
  const cexFee = toDec(e.cexFee, vd);
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
      expectedPrice: perBase(e.cexValue, vd, e.baseAtoms, scales.baseDecimals),
      worstPrice: new Decimal(ctx.curve.worstPriceOf(e.baseAtoms)),
      notional: toDec(e.cexValue, vd),
      fee: cexFee,
      fundsHold: buyCex ? toDec(getCexHold(ctx, e.baseAtoms) ?? 0n, vd) : size,
    }),
    poolLeg: Object.freeze({
      venue: input.pool.venue,
      instrument: input.pool.id,
      base: input.pool.base.symbol,
      quote: input.pool.quote.symbol,
      pool: poolEvent.pool,
      side: buyCex ? "sell" : "buy",
      size,
      expectedPrice: perBase(quoteAtoms, scales.quoteDecimals, e.baseAtoms, scales.baseDecimals),
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
      poolFee: toDec(getPoolFeeValue(direction, ctx.pool.spot, ctx.quoteAtomValue, e.pool.feeAmount), vd),
      networkFee: shared.networkFee,
      networkFeeLamports: input.networkFeeLamports,
      slippageBuffer: e.slippageBuffer === 0n ? ZERO : toDec(e.slippageBuffer, vd),
      conversionRate: input.rate,
    }),
    grossPnl: toDec(e.profit + e.cexFee + e.networkFee + e.slippageBuffer, vd),
    netPnl: toDec(e.profit, vd),
    // The edge rounds toward zero to 6 decimals.
    edgeBps: toDec((e.profit * 10_000n * 1_000_000n) / e.cexValue, 6),
    inputs: Object.freeze({
      cexTsInit: input.book.tsInit,
      cexTsEvent: input.book.tsEvent,
      cexAgeMs: input.now - input.book.tsInit,
      poolTsInit: poolEvent.tsInit,
      poolAgeMs: input.now - poolEvent.tsInit,
      poolSlot: poolEvent.slot,
      cexTouchPrice: shared.cexTouchPrice,
      poolSpotPrice: shared.poolSpotPrice,
    }),
  });
}
