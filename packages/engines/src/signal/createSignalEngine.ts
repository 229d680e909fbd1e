import { Dec as Decimal, toDec } from "../math/Dec";
import { getSpotPrice } from "../execution/getSpotPrice";
import { ArbError, type ConnectorStatus, type InstrumentId } from "@arbkit/core";
import { ceilDiv } from "../math/divide";
import { pow10 } from "../math/pow10";
import { type Ratio, parseRatio } from "../math/Ratio";
import { createBalanceCaps } from "./createBalanceCaps";
import { buildOpportunity } from "./buildOpportunity";
import { BookSides } from "./BookSides";
import { DIRECTIONS } from "./Direction";
import { type SizingResult, findBestSize } from "./findBestSize";
import { createEvaluatedSize } from "./EvaluatedSize";
import type { Opportunity } from "./Opportunity";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { PairingEvaluation, EvaluationOutcome } from "./PairingEvaluation";
import { createPairModel } from "./PairModel";
import { type PoolSide, createPoolSide } from "./PoolSide";
import type { SignalEngineOptions } from "./SignalEngineOptions";
import type { SignalEngine } from "./SignalEngine";
import type { PoolDerived, PoolInputs, PoolPricing, SizingMemo, Slot } from "./SignalSlot";
import type { SizingContext } from "./SizingContext";
import { createPoolQuoterFactory } from "./createPoolQuoterFactory";

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

  const books = new Map<InstrumentId, BookSides>();
  const statuses = new Map<string, ConnectorStatus>();
  // What the slots of one pool read, updated in place when an event arrives: an evaluation follows references
  // instead of looking inputs up by id (it runs on every book update, for every slot of the venue).
  const poolInputs = new Map<InstrumentId, PoolInputs>();
  for (const m of models) if (!poolInputs.has(m.pool.id)) poolInputs.set(m.pool.id, { event: undefined, used: undefined, lamports: undefined });
  // One slot per CEX venue × pool × direction, fixed at construction (no per-tick keys or maps).
  const slots: Slot[] = models.flatMap((m) => {
    const derived: PoolDerived = { side: undefined, pricing: undefined };
    return m.cex.flatMap((cex, i) => DIRECTIONS.map((direction) => ({ m, i, direction, cex, pool: poolInputs.get(m.pool.id)!, derived, book: undefined })));
  });
  const byBook = new Map<InstrumentId, number[]>();
  const byPool = new Map<InstrumentId, number[]>();
  slots.forEach((s, k) => {
    const cexId = s.cex.instrument.id;
    byBook.set(cexId, [...(byBook.get(cexId) ?? []), k]);
    byPool.set(s.m.pool.id, [...(byPool.get(s.m.pool.id) ?? []), k]);
  });
  let seq = 0;

  const isLive = (instrument: InstrumentId, venue: string): boolean => {
    if (!requireLive) return true;
    const v = statuses.get(venue);
    return (statuses.get(instrument) ?? v) === "live" && (v === undefined || v === "live");
  };

  const poolSideOf = (slot: Slot): PoolSide | undefined => {
    const event = slot.pool.event;
    if (event === undefined) return undefined;
    const d = slot.derived;
    if (d.side === undefined || d.side.event !== event) d.side = createPoolSide(event, createQuoter, slot.m.baseIsA);
    return d.side;
  };

  const pricingOf = (slot: Slot, side: PoolSide, fee: bigint): PoolPricing => {
    const { m, derived } = slot;
    let p = derived.pricing;
    if (p === undefined || p.side !== side || p.lamports !== fee || p.rate !== rate) {
      const quoteAtomValue = { num: rate.num * pow10(m.valueDecimals - m.quoteDecimals), den: rate.den };
      // Lamports are base atoms of SOL: value them at the pool's own spot price, rounded up.
      const networkFee = ceilDiv(fee * side.spot.num * quoteAtomValue.num, side.spot.den * quoteAtomValue.den);
      p = { side, lamports: fee, rate, quoteAtomValue, networkFee, networkFeeDecimal: undefined, spotPrice: undefined };
      derived.pricing = p;
    }
    return p;
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
    const s = slots[k]!;
    const { m, i, direction, cex } = s;
    const slot = s.book;
    const pool = poolSideOf(s);
    if (slot === undefined || pool === undefined) return note(k, "missingInput");
    // Statuses change rarely and the engine evaluates on every update: decide once per status change.
    if (liveChecked[k] !== statusVersion) {
      liveChecked[k] = statusVersion;
      live[k] = isLive(cex.instrument.id, cex.instrument.venue) && isLive(m.pool.id, m.pool.venue);
    }
    if (!live[k]) return note(k, "notLive");
    const now = clock.now();
    if (now - slot.event.tsInit > maxBookAge || now - pool.event.tsInit > maxPoolAge) return note(k, "stale");
    const used = s.pool.used;
    if (used !== undefined && pool.event.slot <= used) return note(k, "poolStateUsed");
    const fee = s.pool.lamports ?? defaultLamports;
    const cap = caps(m, i, direction, fee);
    const maxLots = Math.min(m.maxLots, cap.maxLots);
    // Before pricing the pool and building the book curve: with one-sided inventory, most evaluations of one
    // direction end here.
    if (maxLots < m.minLots) return note(k, "noCapacity");
    const pricing = pricingOf(s, pool, fee);
    const buyCex = direction === "cexToPool";
    const curve = slot.curve(buyCex ? "ask" : "bid", m.baseDecimals, m.valueDecimals);
    const memo = sizings[k];
    let ctx: SizingContext;
    let result: SizingResult;
    if (
      memo !== undefined &&
      memo.ctx.curve === curve &&
      memo.pricing === pricing &&
      memo.maxLots === maxLots &&
      memo.ctx.maxNotional === cap.maxNotional &&
      memo.ctx.quoteAvailable === cap.quoteAvailable
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
      sizings[k] = { ctx, pricing, maxLots, result };
    }
    if (result.chosen === undefined) return note(k, result.reason ?? "unprofitable", undefined, result.best);
    const id = `${m.pair.id}:${cex.instrument.venue}:${direction}:${now}:${++seq}`;
    const scales = { baseDecimals: m.baseDecimals, quoteDecimals: m.quoteDecimals, valueDecimals: m.valueDecimals };
    pricing.networkFeeDecimal ??= toDec(pricing.networkFee, m.valueDecimals);
    pricing.spotPrice ??= getSpotPrice(pool.event.state.sqrtPrice, m.baseDecimals, m.quoteDecimals, m.baseIsA);
    const shared = { networkFee: pricing.networkFeeDecimal, poolSpotPrice: pricing.spotPrice, cexTouchPrice: slot.touch(buyCex ? "ask" : "bid") };
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
      const list = byBook.get(event.instrument);
      const known = books.get(event.instrument);
      // Same book object: keep the derived sides (each is checked against its revision when used).
      if (known !== undefined && known.event.book === event.book) known.event = event;
      else {
        const sides = new BookSides(event);
        books.set(event.instrument, sides);
        if (list !== undefined) for (const k of list) slots[k]!.book = sides;
      }
      return evaluateSlots(list);
    },
    applyPool(event) {
      const inputs = poolInputs.get(event.instrument);
      if (inputs !== undefined) inputs.event = event;
      return evaluateSlots(byPool.get(event.instrument));
    },
    applyStatus(event) {
      statuses.set(event.instrument ?? event.venue, event.status);
      statusVersion++;
    },
    applySolanaCost(event) {
      const inputs = poolInputs.get(event.instrument);
      if (inputs !== undefined) inputs.lamports = event.totalLamports;
    },
    markPoolStateUsed(pool, slot) {
      const inputs = poolInputs.get(pool);
      if (inputs !== undefined) inputs.used = Math.max(slot, inputs.used ?? slot);
    },
    setConversionRate(value) {
      rate = parseRatio(value, "conversionRate");
      rateDecimal = new Decimal(value);
    },
    evaluateAll: () => evaluateSlots(all),
    getEvaluations: () => slots.map((_, k) => evaluationOf(k)).filter((e): e is PairingEvaluation => e !== undefined),
  };
}
