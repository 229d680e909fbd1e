import { formatScaled } from "../money/formatScaled";
import { getDecimalScale } from "../money/getDecimalScale";
import { SCAN_PRECISION, scanScaled } from "../money/scanScaled";
import { createLevelError } from "./createLevelError";
import type { BookSide, PriceLevel } from "./ReadonlyOrderBook";
import { sortSnapshotSide } from "./sortSnapshotSide";

/** One snapshot side parsed into storage order. @internal */
export interface ParsedSide {
  readonly prices: Float64Array;
  readonly sizes: Float64Array;
  readonly count: number;
}

/**
 * Raises `need` to the decimals a snapshot's levels need, for the inferred scales only (a value is looked
 * at twice only when it does not fit the scale found so far).
 * @internal
 */
export function raiseSnapshotScales(
  levels: readonly PriceLevel[],
  need: { price: number; size: number },
  inferPrice: boolean,
  inferSize: boolean,
): void {
  if (!inferPrice && !inferSize) return;
  for (const level of levels) {
    if (inferPrice && scanScaled(level.price, need.price) === SCAN_PRECISION) need.price = getDecimalScale(level.price);
    if (inferSize && scanScaled(level.size, need.size) === SCAN_PRECISION) need.size = getDecimalScale(level.size);
  }
}

/**
 * Parses one snapshot side at the given scales into new arrays in storage order, skipping zero sizes.
 * @throws ArbError `BOOK_LEVEL_INVALID` for an invalid level or a price listed twice.
 * @internal
 */
export function parseSnapshotSide(
  instrument: string,
  levels: readonly PriceLevel[],
  side: BookSide,
  priceScale: number,
  sizeScale: number,
): ParsedSide {
  const prices = new Float64Array(levels.length);
  const sizes = new Float64Array(levels.length);
  let count = 0;
  for (const level of levels) {
    const p = scanScaled(level.price, priceScale);
    const s = scanScaled(level.size, sizeScale);
    if (p <= 0 || s < 0) {
      if (p === 0) throw createLevelError(instrument, side, level.price, level.size, "price must be > 0");
      const bad = p < 0 ? { value: level.price, scale: priceScale } : { value: level.size, scale: sizeScale };
      throw createLevelError(instrument, side, level.price, level.size, `invalid ${p < 0 ? "price" : "size"} in snapshot`, bad);
    }
    if (s === 0) continue;
    prices[count] = p;
    sizes[count] = s;
    count++;
  }
  const duplicate = sortSnapshotSide(prices, sizes, count, side === "bid");
  if (duplicate !== undefined) {
    throw createLevelError(instrument, side, formatScaled(duplicate, priceScale), "", "price listed twice in snapshot");
  }
  return { prices, sizes, count };
}
