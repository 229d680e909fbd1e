import { Dec as Decimal, toDec } from "../math/Dec";
import { getSpotPrice } from "../execution/getSpotPrice";
import { ArbError, type BookEvent, type ConnectorStatus, type InstrumentId, type PoolStateEvent, type SolanaCostEvent, type StatusEvent } from "@arbkit/core";
import { ceilDiv } from "../math/divide";
import { pow10 } from "../math/pow10";
import { type Ratio, parseRatio } from "../math/Ratio";
import { createBalanceCaps } from "./createBalanceCaps";
import { buildOpportunity } from "./buildOpportunity";
import { type CexCurve, createCexCurve } from "./CexCurve";
import { DIRECTIONS } from "./Direction";
import { findBestSize } from "./findBestSize";
import { createEvaluatedSize } from "./EvaluatedSize";
import type { Opportunity } from "./Opportunity";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { PairingEvaluation, EvaluationOutcome } from "./PairingEvaluation";
import { type PairModel, createPairModel } from "./PairModel";
import { type PoolSide, createPoolSide } from "./PoolSide";
import type { SignalEngineOptions } from "./SignalEngineOptions";
import { defaultPoolQuoter } from "./defaultPoolQuoter";

/**
 * The signal engine: keeps the latest book of every CEX venue and the latest state of every pool, and on
 * each update sizes every affected CEX venue × pool × direction exactly (see `docs/engines.md`).
 * Engines are independent values: two in one process share nothing.
 */
export interface SignalEngine {
  /** Stores a book event and evaluates its venue against the pool in both directions. */
  applyBook(event: BookEvent): readonly Opportunity[];
  /** Stores a pool state and evaluates every CEX venue of its pairs in both directions. */
  applyPool(event: PoolStateEvent): readonly Opportunity[];
  /** Records a connector status; only `live` inputs are used. */
  applyStatus(event: StatusEvent): void;
  /** Uses a Solana cost estimate (total lamports) for its pool from now on. */
  applySolanaCost(event: SolanaCostEvent): void;
  /**
   * Sets the CEX-currency price of the pool quote token (USD per USDC) from a live feed.
   * @throws ArbError `CONFIG_INVALID` for a malformed rate.
   */
  setConversionRate(rate: string): void;
  /** Re-evaluates every pairing now (e.g. after a balance change). */
  evaluateAll(): readonly Opportunity[];
  /** The latest evaluation of every pairing, in configuration order. */
  getEvaluations(): readonly PairingEvaluation[];
}

interface BookSlot {
  readonly event: BookEvent;
  asks: CexCurve | undefined;
  bids: CexCurve | undefined;
  /** The touch prices as Decimals, made when an opportunity first needs them. */
  askTouch: Decimal | undefined;
  bidTouch: Decimal | undefined;
}

/**
 * What one pool state costs in the CEX currency, per pair: the quote-token atom value at the current
 * conversion rate and the network fee (lamports at the pool's own price). Recomputed only when the pool
 * state, the fee estimate or the rate changes, not per pairing and tick.
 */
interface PoolPricing {
  readonly side: PoolSide;
  readonly lamports: bigint;
  readonly rate: Ratio;
  readonly quoteAtomValue: Ratio;
  readonly networkFee: bigint;
  networkFeeDecimal: Decimal | undefined;
  spotPrice: Decimal | undefined;
}

const bps = (value: string, path: string): Ratio => {
  const r = parseRatio(value, path);
  return { num: r.num, den: r.den * 10_000n };
};

/**
 * Creates a {@link SignalEngine}.
 * @throws ArbError `CONFIG_INVALID` for an invalid pair or option (the error names the key).
 * @example
 * ```ts
 * const signal = createSignalEngine({ clock, pairs: [solUsd], minEdgeBps: "10" });
 * bus.subscribe("book", (e) => signal.applyBook(e).forEach(console.log));
 * ```
 */
export function createSignalEngine(options: SignalEngineOptions): SignalEngine {
  const { clock } = options;
  const models = options.pairs.map((p, i) => createPairModel(p, `pairs[${i}]`));
  const threshold = bps(options.minEdgeBps ?? "10", "minEdgeBps");
  const buffer = bps(options.slippageBufferBps ?? "0", "slippageBufferBps");
  const maxBookAge = options.maxBookAgeMs ?? 2000;
  const maxPoolAge = options.maxPoolAgeMs ?? 5000;
  const requireLive = options.requireLiveStatus ?? true;
  const screen = options.screenAtTouch ?? true;
  const createQuoter = options.createPoolQuoter ?? defaultPoolQuoter;
  const defaultLamports = options.networkFeeLamports ?? 5200n;
  const feeReserve = options.networkFeeReserve ?? 2;
  if (!Number.isInteger(feeReserve) || feeReserve < 1) {
    throw new ArbError("CONFIG_INVALID", "networkFeeReserve: expected a whole number ≥ 1", { path: "networkFeeReserve", value: feeReserve, expected: "a whole number ≥ 1" });
  }
  const caps = createBalanceCaps(options.inventory, options.maxInventoryUsage ?? "1", options.maxNotional ?? "1000", feeReserve);
  let rate = parseRatio(options.conversionRate ?? "1", "conversionRate");
  let rateDecimal = new Decimal(options.conversionRate ?? "1");

  const books = new Map<InstrumentId, BookSlot>();
  const pools = new Map<InstrumentId, PoolStateEvent>();
  const sides = new Map<PairModel, PoolSide>();
  const pricings = new Map<PairModel, PoolPricing>();
  const statuses = new Map<string, ConnectorStatus>();
  const lamports = new Map<InstrumentId, bigint>();
  // One slot per CEX venue × pool × direction, fixed at construction (no per-tick keys or maps).
  const slots = models.flatMap((m) => m.cex.flatMap((_, i) => DIRECTIONS.map((direction) => ({ m, i, direction }))));
  const evaluations: (PairingEvaluation | undefined)[] = slots.map(() => undefined);
  const byBook = new Map<InstrumentId, number[]>();
  const byPool = new Map<InstrumentId, number[]>();
  slots.forEach((s, k) => {
    const cexId = s.m.cex[s.i]!.instrument.id;
    byBook.set(cexId, [...(byBook.get(cexId) ?? []), k]);
    byPool.set(s.m.pool.id, [...(byPool.get(s.m.pool.id) ?? []), k]);
  });
  let seq = 0;

  const isLive = (instrument: InstrumentId, venue: string): boolean => {
    if (!requireLive) return true;
    const v = statuses.get(venue);
    return (statuses.get(instrument) ?? v) === "live" && (v === undefined || v === "live");
  };

  const poolSideOf = (m: PairModel): PoolSide | undefined => {
    const event = pools.get(m.pool.id);
    if (event === undefined) return undefined;
    let side = sides.get(m);
    if (side === undefined || side.event !== event) {
      side = createPoolSide(event, createQuoter, m.baseIsA);
      sides.set(m, side);
    }
    return side;
  };

  const pricingOf = (m: PairModel, side: PoolSide): PoolPricing => {
    const fee = lamports.get(m.pool.id) ?? defaultLamports;
    let p = pricings.get(m);
    if (p === undefined || p.side !== side || p.lamports !== fee || p.rate !== rate) {
      const quoteAtomValue = { num: rate.num * pow10(m.valueDecimals - m.quoteDecimals), den: rate.den };
      // Lamports are base atoms of SOL: value them at the pool's own spot price, rounded up.
      const networkFee = ceilDiv(fee * side.spot.num * quoteAtomValue.num, side.spot.den * quoteAtomValue.den);
      p = { side, lamports: fee, rate, quoteAtomValue, networkFee, networkFeeDecimal: undefined, spotPrice: undefined };
      pricings.set(m, p);
    }
    return p;
  };

  const touchOf = (slot: BookSlot, side: "ask" | "bid"): Decimal => {
    const cached = side === "ask" ? slot.askTouch : slot.bidTouch;
    if (cached !== undefined) return cached;
    const book = slot.event.book;
    const best = book.bestPriceScaled(side);
    const touch = best === undefined ? new Decimal(0) : toDec(BigInt(best), book.priceScale);
    if (side === "ask") slot.askTouch = touch;
    else slot.bidTouch = touch;
    return touch;
  };

  const note = (k: number, outcome: EvaluationOutcome, id?: string, best?: SizeEvaluation): void => {
    const { m, i, direction } = slots[k]!;
    evaluations[k] = {
      pair: m.pair.id,
      venue: m.cex[i]!.instrument.venue,
      direction,
      tsDecision: clock.now(),
      outcome,
      opportunityId: id,
      best: best === undefined ? undefined : createEvaluatedSize(best, m.baseDecimals, m.valueDecimals),
    };
  };

  const evaluate = (k: number, out: Opportunity[]): void => {
    const { m, i, direction } = slots[k]!;
    const cex = m.cex[i]!;
    const slot = books.get(cex.instrument.id);
    const pool = poolSideOf(m);
    if (slot === undefined || pool === undefined) return note(k, "missingInput");
    if (!isLive(cex.instrument.id, cex.instrument.venue) || !isLive(m.pool.id, m.pool.venue)) {
      return note(k, "notLive");
    }
    const now = clock.now();
    if (now - slot.event.tsInit > maxBookAge || now - pool.event.tsInit > maxPoolAge) return note(k, "stale");
    const buyCex = direction === "cexToPool";
    const curve = buyCex
      ? (slot.asks ??= createCexCurve(slot.event.book, "ask", m.baseDecimals, m.valueDecimals))
      : (slot.bids ??= createCexCurve(slot.event.book, "bid", m.baseDecimals, m.valueDecimals));
    const pricing = pricingOf(m, pool);
    const cap = caps(m, i, direction, pricing.lamports);
    const ctx = {
      direction,
      curve,
      pool,
      takerFee: cex.takerFee,
      lotAtoms: m.lotAtoms,
      quoteAtomValue: pricing.quoteAtomValue,
      networkFee: pricing.networkFee,
      bufferFraction: buffer,
      thresholdFraction: threshold,
      maxNotional: cap.maxNotional,
      quoteAvailable: cap.quoteAvailable,
    };
    const result = findBestSize(ctx, m.minLots, Math.min(m.maxLots, cap.maxLots), screen);
    if (result.chosen === undefined) return note(k, result.reason ?? "unprofitable", undefined, result.best);
    const id = `${m.pair.id}:${cex.instrument.venue}:${direction}:${now}:${++seq}`;
    const scales = { baseDecimals: m.baseDecimals, quoteDecimals: m.quoteDecimals, valueDecimals: m.valueDecimals };
    pricing.networkFeeDecimal ??= toDec(pricing.networkFee, m.valueDecimals);
    pricing.spotPrice ??= getSpotPrice(pool.event.state.sqrtPrice, m.baseDecimals, m.quoteDecimals, m.baseIsA);
    const shared = { networkFee: pricing.networkFeeDecimal, poolSpotPrice: pricing.spotPrice, cexTouchPrice: touchOf(slot, buyCex ? "ask" : "bid") };
    out.push(
      buildOpportunity({ id, pair: m.pair.id, direction, now, cex: cex.instrument, pool: m.pool, book: slot.event, ctx, e: result.chosen, scales, rate: rateDecimal, baseIsA: m.baseIsA, networkFeeLamports: pricing.lamports, shared }),
    );
    note(k, "opportunity", id, result.best);
  };

  const evaluateSlots = (list: readonly number[] | undefined): Opportunity[] => {
    const out: Opportunity[] = [];
    if (list !== undefined) for (const k of list) evaluate(k, out);
    return out;
  };
  const all = slots.map((_, k) => k);

  return {
    applyBook(event) {
      books.set(event.instrument, { event, asks: undefined, bids: undefined, askTouch: undefined, bidTouch: undefined });
      return evaluateSlots(byBook.get(event.instrument));
    },
    applyPool(event) {
      pools.set(event.instrument, event);
      return evaluateSlots(byPool.get(event.instrument));
    },
    applyStatus(event) {
      statuses.set(event.instrument ?? event.venue, event.status);
    },
    applySolanaCost(event) {
      lamports.set(event.instrument, event.totalLamports);
    },
    setConversionRate(value) {
      rate = parseRatio(value, "conversionRate");
      rateDecimal = new Decimal(value);
    },
    evaluateAll: () => evaluateSlots(all),
    getEvaluations: () => evaluations.filter((e): e is PairingEvaluation => e !== undefined),
  };
}
