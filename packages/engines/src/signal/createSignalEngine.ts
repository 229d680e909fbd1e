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
import { type SizingResult, findBestSize } from "./findBestSize";
import { createEvaluatedSize } from "./EvaluatedSize";
import type { Opportunity } from "./Opportunity";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { PairingEvaluation, EvaluationOutcome } from "./PairingEvaluation";
import { type PairModel, createPairModel } from "./PairModel";
import { type PoolSide, createPoolSide } from "./PoolSide";
import type { SignalEngineOptions } from "./SignalEngineOptions";
import type { SizingContext } from "./SizingContext";
import { createPoolQuoterFactory } from "./createPoolQuoterFactory";

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
  /**
   * Marks the state of `pool` at `slot` (and earlier) as used by a trade: until a state from a later slot
   * arrives, evaluations against it size nothing and report `poolStateUsed`. A paper swap does not move the
   * real pool, so without this every later book update would re-find the mispricing the trade already took
   * (the risk gate would deny it: `POOL_STATE_USED`). The composed engine calls it when a trade starts.
   */
  markPoolStateUsed(pool: InstrumentId, slot: number): void;
  /** Re-evaluates every pairing now (e.g. after a balance change). */
  evaluateAll(): readonly Opportunity[];
  /** The latest evaluation of every pairing, in configuration order. */
  getEvaluations(): readonly PairingEvaluation[];
}

/**
 * The latest book event of one CEX instrument and what was derived from its sides. A side's curve and touch
 * are kept across events for as long as the book reports that side unchanged (`revision`): on a one-sided
 * update the other direction reuses them, and with the same pool and caps its whole sizing (below).
 */
interface BookSlot {
  event: BookEvent;
  asks: CexCurve | undefined;
  asksRevision: number;
  bids: CexCurve | undefined;
  bidsRevision: number;
  /** The touch prices as Decimals, made when an opportunity first needs them. */
  askTouch: Decimal | undefined;
  askTouchRevision: number;
  bidTouch: Decimal | undefined;
  bidTouchRevision: number;
}

/**
 * The last sizing of one pairing and direction with every input it depends on. `findBestSize` is a pure
 * function of these (the other context fields are fixed per engine), so when all are identical the result is
 * reused exactly: same chosen size, same best size, same reason.
 */
interface SizingMemo {
  readonly curve: CexCurve;
  /** Made per pool side (and fee and rate), so the same pricing means the same pool state too. */
  readonly pricing: PoolPricing;
  readonly maxLots: number;
  readonly maxNotional: bigint;
  readonly quoteAvailable: bigint | undefined;
  readonly ctx: SizingContext;
  readonly result: SizingResult;
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
  const tolerance = bps(options.cexOrderToleranceBps ?? "0", "cexOrderToleranceBps");
  const orderMarkup = { num: tolerance.den + tolerance.num, den: tolerance.den };
  const maxBookAge = options.maxBookAgeMs ?? 2000;
  const maxPoolAge = options.maxPoolAgeMs ?? 5000;
  const requireLive = options.requireLiveStatus ?? true;
  const screen = options.screenAtTouch ?? true;
  const createQuoter = options.createPoolQuoter ?? createPoolQuoterFactory();
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
  const usedSlots = new Map<InstrumentId, number>();
  // One slot per CEX venue × pool × direction, fixed at construction (no per-tick keys or maps).
  const slots = models.flatMap((m) => m.cex.flatMap((_, i) => DIRECTIONS.map((direction) => ({ m, i, direction }))));
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

  const pricingOf = (m: PairModel, side: PoolSide, fee: bigint): PoolPricing => {
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

  const curveOf = (slot: BookSlot, side: "ask" | "bid", m: PairModel): CexCurve => {
    const book = slot.event.book;
    const revision = book.revision(side);
    if (side === "ask") {
      if (slot.asks === undefined || slot.asksRevision !== revision) {
        slot.asks = createCexCurve(book, "ask", m.baseDecimals, m.valueDecimals);
        slot.asksRevision = revision;
      }
      return slot.asks;
    }
    if (slot.bids === undefined || slot.bidsRevision !== revision) {
      slot.bids = createCexCurve(book, "bid", m.baseDecimals, m.valueDecimals);
      slot.bidsRevision = revision;
    }
    return slot.bids;
  };

  const touchOf = (slot: BookSlot, side: "ask" | "bid"): Decimal => {
    const book = slot.event.book;
    const revision = book.revision(side);
    const cached = side === "ask" ? slot.askTouch : slot.bidTouch;
    if (cached !== undefined && revision === (side === "ask" ? slot.askTouchRevision : slot.bidTouchRevision)) return cached;
    const best = book.bestPriceScaled(side);
    const touch = best === undefined ? new Decimal(0) : toDec(BigInt(best), book.priceScale);
    if (side === "ask") {
      slot.askTouch = touch;
      slot.askTouchRevision = revision;
    } else {
      slot.bidTouch = touch;
      slot.bidTouchRevision = revision;
    }
    return touch;
  };

  // The last evaluation of each slot, as raw parts: a PairingEvaluation is built only when read (the engine
  // evaluates on every book update; the status view reads a few times a second).
  const lastTs: number[] = slots.map(() => 0);
  const lastOutcome: (EvaluationOutcome | undefined)[] = slots.map(() => undefined);
  const lastId: (string | undefined)[] = slots.map(() => undefined);
  const lastBest: (SizeEvaluation | undefined)[] = slots.map(() => undefined);
  const built: (PairingEvaluation | undefined)[] = slots.map(() => undefined);
  const sizings: (SizingMemo | undefined)[] = slots.map(() => undefined);
  let statusVersion = 0;
  const liveChecked: number[] = slots.map(() => -1);
  const live: boolean[] = slots.map(() => false);

  const note = (k: number, outcome: EvaluationOutcome, id?: string, best?: SizeEvaluation): void => {
    lastTs[k] = clock.now();
    lastOutcome[k] = outcome;
    lastId[k] = id;
    lastBest[k] = best;
    built[k] = undefined;
  };

  const evaluationOf = (k: number): PairingEvaluation | undefined => {
    const outcome = lastOutcome[k];
    if (outcome === undefined) return undefined;
    let e = built[k];
    if (e === undefined) {
      const { m, i, direction } = slots[k]!;
      const best = lastBest[k];
      e = {
        pair: m.pair.id,
        venue: m.cex[i]!.instrument.venue,
        direction,
        tsDecision: lastTs[k]!,
        outcome,
        opportunityId: lastId[k],
        best: best === undefined ? undefined : createEvaluatedSize(best, m.baseDecimals, m.valueDecimals),
      };
      built[k] = e;
    }
    return e;
  };

  const evaluate = (k: number, out: Opportunity[]): void => {
    const { m, i, direction } = slots[k]!;
    const cex = m.cex[i]!;
    const slot = books.get(cex.instrument.id);
    const pool = poolSideOf(m);
    if (slot === undefined || pool === undefined) return note(k, "missingInput");
    // Statuses change rarely and the engine evaluates on every update: decide once per status change.
    if (liveChecked[k] !== statusVersion) {
      liveChecked[k] = statusVersion;
      live[k] = isLive(cex.instrument.id, cex.instrument.venue) && isLive(m.pool.id, m.pool.venue);
    }
    if (!live[k]) return note(k, "notLive");
    const now = clock.now();
    if (now - slot.event.tsInit > maxBookAge || now - pool.event.tsInit > maxPoolAge) return note(k, "stale");
    const used = usedSlots.get(m.pool.id);
    if (used !== undefined && pool.event.slot <= used) return note(k, "poolStateUsed");
    const fee = lamports.get(m.pool.id) ?? defaultLamports;
    const cap = caps(m, i, direction, fee);
    const maxLots = Math.min(m.maxLots, cap.maxLots);
    // Before pricing the pool and building the book curve: with one-sided inventory, most evaluations of one
    // direction end here.
    if (maxLots < m.minLots) return note(k, "noCapacity");
    const pricing = pricingOf(m, pool, fee);
    const buyCex = direction === "cexToPool";
    const curve = curveOf(slot, buyCex ? "ask" : "bid", m);
    const memo = sizings[k];
    let ctx: SizingContext;
    let result: SizingResult;
    if (
      memo !== undefined &&
      memo.curve === curve &&
      memo.pricing === pricing &&
      memo.maxLots === maxLots &&
      memo.maxNotional === cap.maxNotional &&
      memo.quoteAvailable === cap.quoteAvailable
    ) {
      ({ ctx, result } = memo);
    } else {
      ctx = {
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
        cexOrderMarkup: orderMarkup,
      };
      result = findBestSize(ctx, m.minLots, maxLots, screen);
      sizings[k] = { curve, pricing, maxLots, maxNotional: cap.maxNotional, quoteAvailable: cap.quoteAvailable, ctx, result };
    }
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
    if (list !== undefined) for (let j = 0; j < list.length; j++) evaluate(list[j]!, out);
    return out;
  };
  const all = slots.map((_, k) => k);

  return {
    applyBook(event) {
      const slot = books.get(event.instrument);
      // Same book object: keep the derived sides (each is checked against its revision when used).
      if (slot !== undefined && slot.event.book === event.book) slot.event = event;
      else {
        books.set(event.instrument, {
          event,
          asks: undefined,
          asksRevision: -1,
          bids: undefined,
          bidsRevision: -1,
          askTouch: undefined,
          askTouchRevision: -1,
          bidTouch: undefined,
          bidTouchRevision: -1,
        });
      }
      return evaluateSlots(byBook.get(event.instrument));
    },
    applyPool(event) {
      pools.set(event.instrument, event);
      return evaluateSlots(byPool.get(event.instrument));
    },
    applyStatus(event) {
      statuses.set(event.instrument ?? event.venue, event.status);
      statusVersion++;
    },
    applySolanaCost(event) {
      lamports.set(event.instrument, event.totalLamports);
    },
    markPoolStateUsed(pool, slot) {
      usedSlots.set(pool, Math.max(slot, usedSlots.get(pool) ?? slot));
    },
    setConversionRate(value) {
      rate = parseRatio(value, "conversionRate");
      rateDecimal = new Decimal(value);
    },
    evaluateAll: () => evaluateSlots(all),
    getEvaluations: () => slots.map((_, k) => evaluationOf(k)).filter((e): e is PairingEvaluation => e !== undefined),
  };
}
