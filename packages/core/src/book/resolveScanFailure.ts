import { POW10 } from "../money/pow10";
import { getDecimalScale } from "../money/getDecimalScale";
import { SCAN_PRECISION, scanScaled } from "../money/scanScaled";
import type { BookScales } from "./BookScales";
import { createLevelError } from "./createLevelError";
import type { SideLevels } from "./SideLevels";

/**
 * Handles a failed `scanScaled` of a level's price (`isPrice`) or size (`code` ≤ 0 for prices: 0 is a
 * zero price). When the scale is inferred and the value merely has more decimals, grows the scale —
 * rescaling every stored level exactly, if they all stay safe integers — and returns the scaled value.
 * Otherwise throws; nothing has been changed then.
 * @throws ArbError `BOOK_LEVEL_INVALID` with the precise decimal error as `cause`.
 * @internal
 */
export function resolveScanFailure(
  instrument: string,
  scales: BookScales,
  bids: SideLevels,
  asks: SideLevels,
  code: number,
  side: string,
  price: string,
  size: string,
  isPrice: boolean,
): number {
  const value = isPrice ? price : size;
  const scale = isPrice ? scales.price : scales.size;
  if (code === 0) throw createLevelError(instrument, side, price, size, "price must be > 0");
  const what = isPrice ? "price" : "size";
  if (code !== SCAN_PRECISION || !(isPrice ? scales.inferPrice : scales.inferSize)) {
    throw createLevelError(instrument, side, price, size, `invalid ${what} at scale ${scale}`, { value, scale });
  }
  const needed = getDecimalScale(value);
  if (needed > 36) throw createLevelError(instrument, side, price, size, `${needed} decimals is above the maximum scale 36`);
  const factor = POW10[needed - scale] as number;
  const max = isPrice ? Math.max(bids.maxPrice(), asks.maxPrice()) : Math.max(bids.maxSize(), asks.maxSize());
  const rescaled = scanScaled(value, needed);
  if (rescaled < 0 || max * factor > Number.MAX_SAFE_INTEGER) {
    throw createLevelError(instrument, side, price, size, `${what} needs ${needed} decimals, which puts scaled values above 2^53`, {
      value,
      scale: needed,
    });
  }
  if (isPrice) {
    bids.scalePrices(factor);
    asks.scalePrices(factor);
    scales.price = needed;
  } else {
    bids.scaleSizes(factor);
    asks.scaleSizes(factor);
    scales.size = needed;
  }
  return rescaled;
}
