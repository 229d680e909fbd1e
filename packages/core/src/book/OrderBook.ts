import type { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import type { LevelChange } from "../events/MarketEvents";
import type { InstrumentId } from "../ids/InstrumentId";
import { assertIsInstrumentId } from "../ids/InstrumentId";
import { assertValidScale } from "../money/assertValidScale";
import { formatScaled } from "../money/formatScaled";
import { getDecimalScale } from "../money/getDecimalScale";
import { POW10 } from "../money/pow10";
import { SCAN_PRECISION, scanScaled } from "../money/scanScaled";
import { scaledToDecimal } from "../money/scaledToDecimal";
import { createLevelError } from "./createLevelError";
import type { BookSide, PriceLevel, ReadonlyOrderBook, WalkResult } from "./ReadonlyOrderBook";
import type { ScaledWalk } from "./ScaledWalk";
import { SideLevels } from "./SideLevels";
import { sortSnapshotSide } from "./sortSnapshotSide";
import { toScaledQuantity } from "./toScaledQuantity";
import { toWalkResult } from "./toWalkResult";
import { walkSideBig, walkSideBudget, walkSideFast } from "./walkSide";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Options for {@link OrderBook}. */
export interface OrderBookOptions {
  /** The instrument the book belongs to. */
  readonly instrument: InstrumentId;
  /**
   * Fractional decimals of prices (the book stores `price × 10^priceScale` as an integer). A price with
   * more significant decimals is rejected (`BOOK_LEVEL_INVALID`). Use the venue's price increment, e.g.
   * via {@link createOrderBook}.
   * @default inferred: starts at 0 and grows to the most decimals seen, rescaling stored levels exactly
   */
  readonly priceScale?: number;
  /**
   * Fractional decimals of sizes (the book stores `size × 10^sizeScale`).
   * @default inferred, like `priceScale`
   */
  readonly sizeScale?: number;
  /**
   * Keep at most this many levels per side (the best ones). Levels beyond the cap are dropped, so after a
   * deletion near the cap the far end of the book is incomplete until levels come back.
   * @default Infinity (no cap)
   */
  readonly maxDepth?: number;
}

/**
 * An exact, fast L2 order book for one instrument. Prices and sizes are stored as scaled integers in
 * sorted typed arrays with the touch at the end (see the package docs), so updates near the touch move a
 * few elements and walks never allocate per level. Values at the API edge are exact decimal strings or
 * `Decimal`s; nothing is ever rounded except a walk's VWAP (a quotient; 40 significant digits).
 *
 * Integrity: a venue update batch may pass through a crossed state mid-way, so {@link OrderBook.applyChange}
 * does not check crossing; {@link OrderBook.applyChanges} and {@link OrderBook.applySnapshot} apply the
 * whole batch and then call {@link OrderBook.checkIntegrity}, which throws `BOOK_CROSSED`. The book then
 * holds exactly what the venue sent; the caller should mark the instrument stale and resync.
 * Invalid input (bad decimal, negative size, zero price, too many decimals) throws `BOOK_LEVEL_INVALID`
 * before anything is changed.
 *
 * @example
 * ```ts
 * const book = new OrderBook({ instrument: instrumentId(venueId("coinbase"), "SOL-USD") });
 * book.applySnapshot([{ price: "150.01", size: "2" }], [{ price: "150.02", size: "3.5" }]);
 * book.applyChanges([{ side: "ask", price: "150.02", size: "0" }, { side: "ask", price: "150.05", size: "1" }]);
 * book.walkBuy("2").vwap?.toFixed(); // "150.0325"
 * ```
 */
export class OrderBook implements ReadonlyOrderBook {
  /** The instrument this book belongs to. */
  readonly instrument: InstrumentId;
  /** The per-side level cap (`Infinity` when uncapped). */
  readonly maxDepth: number;
  readonly #bids = new SideLevels(true);
  readonly #asks = new SideLevels(false);
  readonly #inferPrice: boolean;
  readonly #inferSize: boolean;
  #priceScale: number;
  #sizeScale: number;
  #batchPrices = new Float64Array(64);
  #batchSizes = new Float64Array(64);

  /**
   * @throws ArbError `IDENTIFIER_INVALID` for a bad instrument id; `ARGUMENT_INVALID` for a scale outside
   * [0, 36] or a `maxDepth` that is not a positive integer.
   */
  constructor(options: OrderBookOptions) {
    assertIsInstrumentId(options.instrument);
    this.instrument = options.instrument;
    const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
    if (!(maxDepth === Number.POSITIVE_INFINITY || (Number.isInteger(maxDepth) && maxDepth > 0))) {
      throw new ArbError("ARGUMENT_INVALID", `maxDepth must be a positive integer, got ${maxDepth}`, {
        name: "maxDepth",
        value: maxDepth,
        reason: "expected a positive integer or Infinity",
      });
    }
    this.maxDepth = maxDepth;
    if (options.priceScale !== undefined) assertValidScale(options.priceScale, "priceScale");
    if (options.sizeScale !== undefined) assertValidScale(options.sizeScale, "sizeScale");
    this.#inferPrice = options.priceScale === undefined;
    this.#inferSize = options.sizeScale === undefined;
    this.#priceScale = options.priceScale ?? 0;
    this.#sizeScale = options.sizeScale ?? 0;
  }

  /** Decimals of stored prices (grows when inferred; see {@link OrderBookOptions.priceScale}). */
  get priceScale(): number {
    return this.#priceScale;
  }

  /** Decimals of stored sizes (grows when inferred; see {@link OrderBookOptions.sizeScale}). */
  get sizeScale(): number {
    return this.#sizeScale;
  }

  /** Number of bid levels. */
  get bidCount(): number {
    return this.#bids.hi - this.#bids.lo;
  }

  /** Number of ask levels. */
  get askCount(): number {
    return this.#asks.hi - this.#asks.lo;
  }

  /**
   * Replaces the whole book. Zero sizes are skipped; order does not matter (best-first input is the fast
   * case). Atomic: on any invalid level nothing changes. Then checks integrity.
   * @throws ArbError `BOOK_LEVEL_INVALID` for an invalid level or a price listed twice on one side
   * (nothing changed); `BOOK_CROSSED` when the new book is crossed (the book holds the snapshot).
   */
  applySnapshot(bids: readonly PriceLevel[], asks: readonly PriceLevel[]): void {
    let priceScale = this.#priceScale;
    let sizeScale = this.#sizeScale;
    const need = { price: priceScale, size: sizeScale };
    this.#scanNeeds(bids, need);
    this.#scanNeeds(asks, need);
    priceScale = need.price;
    sizeScale = need.size;
    const bidSide = this.#parseSnapshotSide(bids, "bid", priceScale, sizeScale);
    const askSide = this.#parseSnapshotSide(asks, "ask", priceScale, sizeScale);
    this.#priceScale = priceScale;
    this.#sizeScale = sizeScale;
    this.#bids.load(bidSide.prices, bidSide.sizes, bidSide.count);
    this.#asks.load(askSide.prices, askSide.sizes, askSide.count);
    this.#bids.trim(this.maxDepth);
    this.#asks.trim(this.maxDepth);
    this.checkIntegrity();
  }

  /**
   * Sets one level: `size` is the new absolute size; zero removes the level (removing an absent level is
   * a no-op). Does not check crossing (a venue batch may cross mid-way): call
   * {@link OrderBook.checkIntegrity} after the venue message, or use {@link OrderBook.applyChanges}.
   * @throws ArbError `BOOK_LEVEL_INVALID` (nothing changed).
   */
  applyChange(side: BookSide, price: string, size: string): void {
    const levels = side === "bid" ? this.#bids : side === "ask" ? this.#asks : undefined;
    if (levels === undefined) throw createLevelError(this.instrument, side, price, size, "side must be bid or ask");
    let p = scanScaled(price, this.#priceScale);
    if (p <= 0) p = this.#resolve(p, side, price, size, true);
    let s = scanScaled(size, this.#sizeScale);
    if (s < 0) s = this.#resolve(s, side, price, size, false);
    levels.set(p, s);
    if (levels.hi - levels.lo > this.maxDepth) levels.trim(this.maxDepth);
  }

  /**
   * Applies a venue message's level changes in order, atomically (all are validated before any is
   * applied), then checks integrity.
   * @throws ArbError `BOOK_LEVEL_INVALID` (nothing changed); `BOOK_CROSSED` after applying.
   */
  applyChanges(changes: readonly LevelChange[]): void {
    const n = changes.length;
    if (this.#batchPrices.length < n) {
      this.#batchPrices = new Float64Array(n * 2);
      this.#batchSizes = new Float64Array(n * 2);
    }
    const prices = this.#batchPrices;
    const sizes = this.#batchSizes;
    for (let i = 0; i < n; i++) {
      const c = changes[i] as LevelChange;
      if (c.side !== "bid" && c.side !== "ask") {
        throw createLevelError(this.instrument, c.side, c.price, c.size, "side must be bid or ask");
      }
      let p = scanScaled(c.price, this.#priceScale);
      if (p <= 0) {
        const before = this.#priceScale;
        p = this.#resolve(p, c.side, c.price, c.size, true);
        // A grown scale invalidates what was parsed so far: start again (rare).
        if (this.#priceScale !== before) return this.applyChanges(changes);
      }
      let s = scanScaled(c.size, this.#sizeScale);
      if (s < 0) {
        const before = this.#sizeScale;
        s = this.#resolve(s, c.side, c.price, c.size, false);
        if (this.#sizeScale !== before) return this.applyChanges(changes);
      }
      prices[i] = p;
      sizes[i] = s;
    }
    for (let i = 0; i < n; i++) {
      const levels = (changes[i] as LevelChange).side === "bid" ? this.#bids : this.#asks;
      levels.set(prices[i] as number, sizes[i] as number);
      if (levels.hi - levels.lo > this.maxDepth) levels.trim(this.maxDepth);
    }
    this.checkIntegrity();
  }

  /** Removes every level (scales are kept). */
  clear(): void {
    this.#bids.clear();
    this.#asks.clear();
  }

  /**
   * Throws when the book is crossed (best bid ≥ best ask). Call after each venue message when using
   * {@link OrderBook.applyChange}; on the error, mark the instrument stale and resync.
   * @throws ArbError `BOOK_CROSSED`
   */
  checkIntegrity(): void {
    if (this.isCrossed()) {
      throw new ArbError("BOOK_CROSSED", `Crossed book on ${this.instrument}`, {
        instrument: this.instrument,
        bestBid: this.bestBid()?.price ?? "",
        bestAsk: this.bestAsk()?.price ?? "",
      });
    }
  }

  /** {@inheritDoc ReadonlyOrderBook.isCrossed} */
  isCrossed(): boolean {
    const b = this.#bids;
    const a = this.#asks;
    return b.hi > b.lo && a.hi > a.lo && (b.prices[b.hi - 1] as number) >= (a.prices[a.hi - 1] as number);
  }

  /** {@inheritDoc ReadonlyOrderBook.bestBid} */
  bestBid(): PriceLevel | undefined {
    return this.#levelAt(this.#bids, this.#bids.hi - 1);
  }

  /** {@inheritDoc ReadonlyOrderBook.bestAsk} */
  bestAsk(): PriceLevel | undefined {
    return this.#levelAt(this.#asks, this.#asks.hi - 1);
  }

  /** {@inheritDoc ReadonlyOrderBook.bestPriceScaled} */
  bestPriceScaled(side: BookSide): number | undefined {
    const levels = side === "bid" ? this.#bids : this.#asks;
    return levels.hi > levels.lo ? (levels.prices[levels.hi - 1] as number) : undefined;
  }

  /** {@inheritDoc ReadonlyOrderBook.spread} */
  spread(): Decimal | undefined {
    const bid = this.bestPriceScaled("bid");
    const ask = this.bestPriceScaled("ask");
    return bid === undefined || ask === undefined ? undefined : scaledToDecimal(ask - bid, this.#priceScale);
  }

  /** {@inheritDoc ReadonlyOrderBook.mid} */
  mid(): Decimal | undefined {
    const bid = this.bestPriceScaled("bid");
    const ask = this.bestPriceScaled("ask");
    // (bid + ask) / 2 = (bid + ask) × 5 at one more decimal: exact.
    return bid === undefined || ask === undefined
      ? undefined
      : scaledToDecimal((BigInt(bid) + BigInt(ask)) * 5n, this.#priceScale + 1);
  }

  /** {@inheritDoc ReadonlyOrderBook.depth} */
  depth(side: BookSide, maxLevels: number = Number.POSITIVE_INFINITY): PriceLevel[] {
    const levels = side === "bid" ? this.#bids : this.#asks;
    const out: PriceLevel[] = [];
    const stop = Math.max(levels.lo, levels.hi - Math.max(0, maxLevels));
    for (let i = levels.hi - 1; i >= stop; i--) out.push(this.#levelAt(levels, i) as PriceLevel);
    return out;
  }

  /** {@inheritDoc ReadonlyOrderBook.walkBuy} */
  walkBuy(baseQuantity: Decimal | string): WalkResult {
    return this.#walk(this.#asks, baseQuantity);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkSell} */
  walkSell(baseQuantity: Decimal | string): WalkResult {
    return this.#walk(this.#bids, baseQuantity);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkBuyWithQuote} */
  walkBuyWithQuote(quoteBudget: Decimal | string): WalkResult {
    const q = toScaledQuantity(quoteBudget);
    const bookQuoteScale = this.#priceScale + this.#sizeScale;
    const quoteScale = Math.max(q.scale, bookQuoteScale);
    const budget = q.units * 10n ** BigInt(quoteScale - q.scale);
    const t = walkSideBudget(this.#asks, budget, 10n ** BigInt(quoteScale - bookQuoteScale));
    return toWalkResult(
      q.decimal,
      t.filledBase,
      this.#sizeScale,
      t.filledQuote,
      quoteScale,
      t.worstPrice,
      this.#priceScale,
      t.levelsConsumed,
      t.exhausted,
    );
  }

  /** {@inheritDoc ReadonlyOrderBook.walkBuyScaled} */
  walkBuyScaled(baseUnits: number, baseScale: number): ScaledWalk {
    return this.#walkScaled(this.#asks, baseUnits, baseScale);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkSellScaled} */
  walkSellScaled(baseUnits: number, baseScale: number): ScaledWalk {
    return this.#walkScaled(this.#bids, baseUnits, baseScale);
  }

  #walkScaled(levels: SideLevels, baseUnits: number, baseScale: number): ScaledWalk {
    const workScale = baseScale > this.#sizeScale ? baseScale : this.#sizeScale;
    const requested = baseUnits * (POW10[workScale - baseScale] as number);
    if (!(Number.isSafeInteger(baseUnits) && baseUnits >= 0 && Number.isInteger(baseScale) && baseScale >= 0 && baseScale <= 36) || requested > MAX_SAFE) {
      throw new ArbError("QUANTITY_INVALID", `Invalid fast-walk request ${baseUnits} at scale ${baseScale}`, {
        quantity: `${baseUnits}e-${baseScale}`,
        reason: "expected a safe integer ≥ 0 that stays safe at the book's size scale (use walkBuy/walkSell otherwise)",
      });
    }
    const factor = workScale - this.#sizeScale;
    const t =
      walkSideFast(levels, requested, POW10[factor] as number) ?? walkSideBig(levels, BigInt(requested), 10n ** BigInt(factor));
    const filledBase = Number(t.filledBase);
    return {
      requested,
      filledBase,
      baseScale: workScale,
      filledQuote: t.filledQuote,
      quoteScale: this.#priceScale + workScale,
      worstPrice: t.worstPrice,
      priceScale: this.#priceScale,
      levelsConsumed: t.levelsConsumed,
      complete: filledBase === requested,
    };
  }

  #walk(levels: SideLevels, quantity: Decimal | string): WalkResult {
    const q = toScaledQuantity(quantity);
    const workScale = Math.max(q.scale, this.#sizeScale);
    const requested = q.units * 10n ** BigInt(workScale - q.scale);
    const factor = workScale - this.#sizeScale;
    const t =
      (requested <= BigInt(MAX_SAFE) && factor <= 22 ? walkSideFast(levels, Number(requested), POW10[factor] as number) : undefined) ??
      walkSideBig(levels, requested, 10n ** BigInt(factor));
    return toWalkResult(
      q.decimal,
      t.filledBase,
      workScale,
      t.filledQuote,
      this.#priceScale + workScale,
      t.worstPrice,
      this.#priceScale,
      t.levelsConsumed,
      BigInt(t.filledBase) === requested,
    );
  }

  #levelAt(levels: SideLevels, i: number): PriceLevel | undefined {
    if (i < levels.lo || i >= levels.hi) return undefined;
    return {
      price: formatScaled(levels.prices[i] as number, this.#priceScale),
      size: formatScaled(levels.sizes[i] as number, this.#sizeScale),
    };
  }

  /**
   * Handles a failed scan of a price (`isPrice`) or size: grows an inferred scale when that is all it
   * takes (rescaling stored levels exactly) and returns the value; otherwise throws `BOOK_LEVEL_INVALID`.
   */
  #resolve(code: number, side: BookSide, price: string, size: string, isPrice: boolean): number {
    const value = isPrice ? price : size;
    const scale = isPrice ? this.#priceScale : this.#sizeScale;
    if (code === 0) throw createLevelError(this.instrument, side, price, size, "price must be > 0");
    if (code === SCAN_PRECISION && (isPrice ? this.#inferPrice : this.#inferSize)) {
      const needed = getDecimalScale(value);
      if (needed > 36) {
        throw createLevelError(this.instrument, side, price, size, `${needed} decimals is above the maximum scale 36`);
      }
      const factor = POW10[needed - scale] as number;
      const max = isPrice
        ? Math.max(this.#bids.maxPrice(), this.#asks.maxPrice())
        : Math.max(this.#bids.maxSize(), this.#asks.maxSize());
      const rescaled = scanScaled(value, needed);
      if (rescaled >= 0 && max * factor <= MAX_SAFE) {
        if (isPrice) {
          this.#bids.scalePrices(factor);
          this.#asks.scalePrices(factor);
          this.#priceScale = needed;
        } else {
          this.#bids.scaleSizes(factor);
          this.#asks.scaleSizes(factor);
          this.#sizeScale = needed;
        }
        if (rescaled === 0 && isPrice) throw createLevelError(this.instrument, side, price, size, "price must be > 0");
        return rescaled;
      }
      throw createLevelError(this.instrument, side, price, size, `${isPrice ? "price" : "size"} needs ${needed} decimals, which would put the book's scaled values above 2^53`, {
        value,
        scale: needed,
      });
    }
    throw createLevelError(this.instrument, side, price, size, `invalid ${isPrice ? "price" : "size"} at scale ${scale}`, {
      value,
      scale,
    });
  }

  /** Raises `need` to the decimals an inferred-scale snapshot needs (only when a value exceeds them). */
  #scanNeeds(levels: readonly PriceLevel[], need: { price: number; size: number }): void {
    for (const level of levels) {
      if (this.#inferPrice && scanScaled(level.price, need.price) === SCAN_PRECISION) need.price = getDecimalScale(level.price);
      if (this.#inferSize && scanScaled(level.size, need.size) === SCAN_PRECISION) need.size = getDecimalScale(level.size);
    }
  }

  #parseSnapshotSide(
    levels: readonly PriceLevel[],
    side: BookSide,
    priceScale: number,
    sizeScale: number,
  ): { prices: Float64Array; sizes: Float64Array; count: number } {
    const prices = new Float64Array(levels.length);
    const sizes = new Float64Array(levels.length);
    let count = 0;
    for (const level of levels) {
      const p = scanScaled(level.price, priceScale);
      const s = scanScaled(level.size, sizeScale);
      if (p <= 0 || s < 0) {
        const bad = p <= 0 ? { value: level.price, scale: priceScale } : { value: level.size, scale: sizeScale };
        const reason = p === 0 ? "price must be > 0" : `invalid ${p <= 0 ? "price" : "size"} in snapshot`;
        throw createLevelError(this.instrument, side, level.price, level.size, reason, p === 0 ? undefined : bad);
      }
      if (s === 0) continue;
      prices[count] = p;
      sizes[count] = s;
      count++;
    }
    const duplicate = sortSnapshotSide(prices, sizes, count, side === "bid");
    if (duplicate !== undefined) {
      const price = formatScaled(duplicate, priceScale);
      throw createLevelError(this.instrument, side, price, "", "price listed twice in snapshot");
    }
    return { prices, sizes, count };
  }
}
