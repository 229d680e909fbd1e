import type { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import type { LevelChange } from "../events/MarketEvents";
import type { InstrumentId } from "../ids/InstrumentId";
import { assertIsInstrumentId } from "../ids/InstrumentId";
import { assertValidScale } from "../money/assertValidScale";
import { formatScaled } from "../money/formatScaled";
import { scanScaled } from "../money/scanScaled";
import { scaledToDecimal } from "../money/scaledToDecimal";
import type { BookScales } from "./BookScales";
import { createLevelError } from "./createLevelError";
import { parseSnapshotSide, raiseSnapshotScales } from "./parseSnapshotSide";
import type { BookSide, PriceLevel, ReadonlyOrderBook, WalkResult } from "./ReadonlyOrderBook";
import { resolveScanFailure } from "./resolveScanFailure";
import type { ScaledWalk } from "./ScaledWalk";
import { SideLevels } from "./SideLevels";
import { walkBudget, walkQuantity, walkScaled } from "./walkBook";

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
  readonly #scales: BookScales;
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
    this.#scales = {
      price: options.priceScale ?? 0,
      size: options.sizeScale ?? 0,
      inferPrice: options.priceScale === undefined,
      inferSize: options.sizeScale === undefined,
    };
  }

  /** Decimals of stored prices (grows when inferred; see {@link OrderBookOptions.priceScale}). */
  get priceScale(): number {
    return this.#scales.price;
  }

  /** Decimals of stored sizes (grows when inferred; see {@link OrderBookOptions.sizeScale}). */
  get sizeScale(): number {
    return this.#scales.size;
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
    const scales = this.#scales;
    const need = { price: scales.price, size: scales.size };
    raiseSnapshotScales(bids, need, scales.inferPrice, scales.inferSize);
    raiseSnapshotScales(asks, need, scales.inferPrice, scales.inferSize);
    const bidSide = parseSnapshotSide(this.instrument, bids, "bid", need.price, need.size);
    const askSide = parseSnapshotSide(this.instrument, asks, "ask", need.price, need.size);
    scales.price = need.price;
    scales.size = need.size;
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
    const scales = this.#scales;
    let p = scanScaled(price, scales.price);
    if (p <= 0) p = resolveScanFailure(this.instrument, scales, this.#bids, this.#asks, p, side, price, size, true);
    let s = scanScaled(size, scales.size);
    if (s < 0) s = resolveScanFailure(this.instrument, scales, this.#bids, this.#asks, s, side, price, size, false);
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
    const scales = this.#scales;
    for (let i = 0; i < n; i++) {
      const c = changes[i] as LevelChange;
      if (c.side !== "bid" && c.side !== "ask") {
        throw createLevelError(this.instrument, c.side, c.price, c.size, "side must be bid or ask");
      }
      const priceScale = scales.price;
      const sizeScale = scales.size;
      let p = scanScaled(c.price, scales.price);
      if (p <= 0) p = resolveScanFailure(this.instrument, scales, this.#bids, this.#asks, p, c.side, c.price, c.size, true);
      let s = scanScaled(c.size, scales.size);
      if (s < 0) s = resolveScanFailure(this.instrument, scales, this.#bids, this.#asks, s, c.side, c.price, c.size, false);
      // A grown scale invalidates what was parsed so far: start again (rare; scales only grow).
      if (scales.price !== priceScale || scales.size !== sizeScale) return this.applyChanges(changes);
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

  /** {@inheritDoc ReadonlyOrderBook.revision} */
  revision(side: BookSide): number {
    return side === "bid" ? this.#bids.revision : this.#asks.revision;
  }

  /** {@inheritDoc ReadonlyOrderBook.spread} */
  spread(): Decimal | undefined {
    const bid = this.bestPriceScaled("bid");
    const ask = this.bestPriceScaled("ask");
    return bid === undefined || ask === undefined ? undefined : scaledToDecimal(ask - bid, this.#scales.price);
  }

  /** {@inheritDoc ReadonlyOrderBook.mid} */
  mid(): Decimal | undefined {
    const bid = this.bestPriceScaled("bid");
    const ask = this.bestPriceScaled("ask");
    // (bid + ask) / 2 = (bid + ask) × 5 at one more decimal: exact.
    return bid === undefined || ask === undefined
      ? undefined
      : scaledToDecimal((BigInt(bid) + BigInt(ask)) * 5n, this.#scales.price + 1);
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
    return walkQuantity(this.#asks, baseQuantity, this.#scales.price, this.#scales.size);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkSell} */
  walkSell(baseQuantity: Decimal | string): WalkResult {
    return walkQuantity(this.#bids, baseQuantity, this.#scales.price, this.#scales.size);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkBuyWithQuote} */
  walkBuyWithQuote(quoteBudget: Decimal | string): WalkResult {
    return walkBudget(this.#asks, quoteBudget, this.#scales.price, this.#scales.size);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkBuyScaled} */
  walkBuyScaled(baseUnits: number, baseScale: number): ScaledWalk {
    return walkScaled(this.#asks, baseUnits, baseScale, this.#scales.price, this.#scales.size);
  }

  /** {@inheritDoc ReadonlyOrderBook.walkSellScaled} */
  walkSellScaled(baseUnits: number, baseScale: number): ScaledWalk {
    return walkScaled(this.#bids, baseUnits, baseScale, this.#scales.price, this.#scales.size);
  }

  #levelAt(levels: SideLevels, i: number): PriceLevel | undefined {
    if (i < levels.lo || i >= levels.hi) return undefined;
    return {
      price: formatScaled(levels.prices[i] as number, this.#scales.price),
      size: formatScaled(levels.sizes[i] as number, this.#scales.size),
    };
  }
}
