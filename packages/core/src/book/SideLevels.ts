/**
 * The price levels of one book side, stored as scaled integers in two parallel `Float64Array`s ordered
 * worst → best, so the best level is the last one. Coinbase-style streams change levels near the touch,
 * so keeping the touch at the end makes most inserts and deletes move a handful of elements.
 *
 * The live levels occupy `[lo, hi)` of a larger buffer with free room at both ends (a gap buffer): an
 * insert or delete shifts whichever part is shorter, and dropping the worst level (depth cap) is `lo++`.
 * Lookups gallop from the best level (1, 2, 4, … steps) and then binary-search, so their cost grows with
 * the log of the distance from the touch, not of the side's size.
 *
 * Bids are stored ascending and asks descending; the two comparisons are written out separately rather
 * than negating bid prices (sign tricks make the stored values lie).
 * @internal
 */
export class SideLevels {
  /** Whether this is the bid side (ascending storage) rather than the ask side (descending). */
  readonly isBid: boolean;
  /** Scaled prices; live in `[lo, hi)`. */
  prices: Float64Array;
  /** Scaled sizes (> 0); live in `[lo, hi)`. */
  sizes: Float64Array;
  /** First live index (the worst level). */
  lo: number;
  /** One past the last live index (the best level is `hi - 1`). */
  hi: number;
  /** Bumped by every change to the levels or their scaling (see `ReadonlyOrderBook.revision`). */
  revision = 0;

  constructor(isBid: boolean, capacity = 256) {
    this.isBid = isBid;
    this.prices = new Float64Array(capacity);
    this.sizes = new Float64Array(capacity);
    this.lo = capacity >>> 2;
    this.hi = this.lo;
  }

  /** Number of levels. */
  get count(): number {
    return this.hi - this.lo;
  }

  /** Removes every level (keeps the buffers). */
  clear(): void {
    this.lo = this.prices.length >>> 2;
    this.hi = this.lo;
    this.revision++;
  }

  /**
   * The index of the first level at or better than `price`, in `[lo, hi]`: where `price` is or would be
   * inserted. Gallops down from the best level, then binary-searches.
   */
  search(price: number): number {
    const p = this.prices;
    const lo = this.lo;
    let right = this.hi;
    let left = lo - 1;
    let step = 1;
    // Two copies of the same search, one per side's ordering, so that this, the book's hottest loop, makes
    // no comparator call per probe.
    if (this.isBid) {
      for (;;) {
        const j = right - step;
        if (j < lo) break;
        if ((p[j] as number) >= price) {
          right = j;
          step <<= 1;
        } else {
          left = j;
          break;
        }
      }
      let a = left + 1;
      let b = right;
      while (a < b) {
        const m = (a + b) >>> 1;
        if ((p[m] as number) >= price) b = m;
        else a = m + 1;
      }
      return a;
    }
    for (;;) {
      const j = right - step;
      if (j < lo) break;
      if ((p[j] as number) <= price) {
        right = j;
        step <<= 1;
      } else {
        left = j;
        break;
      }
    }
    let a = left + 1;
    let b = right;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((p[m] as number) <= price) b = m;
      else a = m + 1;
    }
    return a;
  }

  /** Sets the level at `price` to `size` (scaled); size 0 removes it. Returns whether anything changed. */
  set(price: number, size: number): boolean {
    const i = this.search(price);
    const found = i < this.hi && this.prices[i] === price;
    if (size === 0) {
      if (!found) return false;
      this.#removeAt(i);
      this.revision++;
      return true;
    }
    if (found) {
      this.sizes[i] = size;
      this.revision++;
      return true;
    }
    this.#insertAt(i, price, size);
    this.revision++;
    return true;
  }

  /** Drops worst levels until at most `maxLevels` remain. */
  trim(maxLevels: number): void {
    if (this.hi - this.lo > maxLevels) {
      this.lo = this.hi - maxLevels;
      this.revision++;
    }
  }

  /** Multiplies every price by `factor` (a power of ten; the caller checked the result stays safe). */
  scalePrices(factor: number): void {
    for (let i = this.lo; i < this.hi; i++) this.prices[i] = (this.prices[i] as number) * factor;
    this.revision++;
  }

  /** Multiplies every size by `factor` (a power of ten; the caller checked the result stays safe). */
  scaleSizes(factor: number): void {
    for (let i = this.lo; i < this.hi; i++) this.sizes[i] = (this.sizes[i] as number) * factor;
    this.revision++;
  }

  /** The largest price on the side (the best bid, or the worst ask), or 0 when empty. */
  maxPrice(): number {
    if (this.hi === this.lo) return 0;
    return (this.isBid ? this.prices[this.hi - 1] : this.prices[this.lo]) as number;
  }

  /** The largest size on the side, or 0 when empty. */
  maxSize(): number {
    let max = 0;
    for (let i = this.lo; i < this.hi; i++) if ((this.sizes[i] as number) > max) max = this.sizes[i] as number;
    return max;
  }

  /**
   * Replaces the content with `count` levels from `prices`/`sizes`, which must already be in storage
   * order (worst → best, strictly). Used by snapshots after they sorted and checked their input.
   */
  load(prices: Float64Array, sizes: Float64Array, count: number): void {
    if (count * 2 > this.prices.length) {
      this.prices = new Float64Array(count * 2);
      this.sizes = new Float64Array(count * 2);
    }
    this.lo = (this.prices.length - count) >>> 2;
    this.hi = this.lo + count;
    this.prices.set(prices.subarray(0, count), this.lo);
    this.sizes.set(sizes.subarray(0, count), this.lo);
    this.revision++;
  }

  #insertAt(i: number, price: number, size: number): void {
    const p = this.prices;
    const s = this.sizes;
    if (this.hi - i <= i - this.lo) {
      if (this.hi === p.length) return this.#regrow(i, price, size);
      // Shift the (short) better part up by one; a loop beats copyWithin's call cost for a few elements.
      if (this.hi - i > 32) {
        p.copyWithin(i + 1, i, this.hi);
        s.copyWithin(i + 1, i, this.hi);
      } else {
        for (let k = this.hi; k > i; k--) {
          p[k] = p[k - 1] as number;
          s[k] = s[k - 1] as number;
        }
      }
      p[i] = price;
      s[i] = size;
      this.hi++;
    } else {
      if (this.lo === 0) return this.#regrow(i, price, size);
      // Shift the (short) worse part down by one.
      if (i - this.lo > 32) {
        p.copyWithin(this.lo - 1, this.lo, i);
        s.copyWithin(this.lo - 1, this.lo, i);
      } else {
        for (let k = this.lo - 1; k < i - 1; k++) {
          p[k] = p[k + 1] as number;
          s[k] = s[k + 1] as number;
        }
      }
      p[i - 1] = price;
      s[i - 1] = size;
      this.lo--;
    }
  }

  #removeAt(i: number): void {
    const p = this.prices;
    const s = this.sizes;
    if (this.hi - 1 - i <= i - this.lo) {
      if (this.hi - 1 - i > 32) {
        p.copyWithin(i, i + 1, this.hi);
        s.copyWithin(i, i + 1, this.hi);
      } else {
        for (let k = i; k < this.hi - 1; k++) {
          p[k] = p[k + 1] as number;
          s[k] = s[k + 1] as number;
        }
      }
      this.hi--;
    } else {
      if (i - this.lo > 32) {
        p.copyWithin(this.lo + 1, this.lo, i);
        s.copyWithin(this.lo + 1, this.lo, i);
      } else {
        for (let k = i; k > this.lo; k--) {
          p[k] = p[k - 1] as number;
          s[k] = s[k - 1] as number;
        }
      }
      this.lo++;
    }
  }

  /** Re-centres the live levels in a buffer with room at both ends (growing it when over half full). */
  #regrow(i: number, price: number, size: number): void {
    const count = this.hi - this.lo;
    const capacity = Math.max(256, (count + 1) * 2 > this.prices.length ? this.prices.length * 2 : this.prices.length);
    const prices = new Float64Array(capacity);
    const sizes = new Float64Array(capacity);
    const lo = (capacity - count - 1) >>> 1;
    const before = i - this.lo;
    prices.set(this.prices.subarray(this.lo, i), lo);
    sizes.set(this.sizes.subarray(this.lo, i), lo);
    prices[lo + before] = price;
    sizes[lo + before] = size;
    prices.set(this.prices.subarray(i, this.hi), lo + before + 1);
    sizes.set(this.sizes.subarray(i, this.hi), lo + before + 1);
    this.prices = prices;
    this.sizes = sizes;
    this.lo = lo;
    this.hi = lo + count + 1;
  }
}
