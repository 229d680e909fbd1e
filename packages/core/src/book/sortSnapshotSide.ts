/**
 * Puts parsed snapshot levels into storage order (worst → best: ascending for bids, descending for asks)
 * in place, and reports the first duplicated price. Venues send snapshots best-first, so the common
 * cases (already in either order) cost one pass; anything else is sorted.
 * @returns the duplicated price, or `undefined` when all prices are distinct.
 * @internal
 */
export function sortSnapshotSide(prices: Float64Array, sizes: Float64Array, count: number, isBid: boolean): number | undefined {
  // `worse(a, b)`: a comes before b in storage.
  let storageOrder = true;
  let reverseOrder = true;
  for (let i = 1; i < count && (storageOrder || reverseOrder); i++) {
    const a = prices[i - 1] as number;
    const b = prices[i] as number;
    if (isBid ? !(a < b) : !(a > b)) storageOrder = false;
    if (isBid ? !(a > b) : !(a < b)) reverseOrder = false;
  }
  if (storageOrder) return undefined;
  if (reverseOrder) {
    prices.subarray(0, count).reverse();
    sizes.subarray(0, count).reverse();
    return undefined;
  }
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((x, y) => {
    const a = prices[x] as number;
    const b = prices[y] as number;
    return isBid ? a - b : b - a;
  });
  const sortedPrices = Float64Array.from(order, (i) => prices[i] as number);
  const sortedSizes = Float64Array.from(order, (i) => sizes[i] as number);
  prices.set(sortedPrices);
  sizes.set(sortedSizes);
  for (let i = 1; i < count; i++) if (prices[i] === prices[i - 1]) return prices[i];
  return undefined;
}
