import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderBook, type PriceLevel, type WalkResult, instrumentId, venueId } from "@arbkit/core";
import { NaiveOrderBook, type NaiveWalk } from "../../../../tests/support/NaiveOrderBook";

const id = instrumentId(venueId("test"), "X-Y");
/** Division by powers of ten must not round in the test's own arithmetic. */
const Exact = Decimal.clone({ precision: 200 });

const text = (units: bigint, scale: number): string => {
  const digits = units.toString().padStart(scale + 1, "0");
  const fraction = digits.slice(digits.length - scale);
  return scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${fraction}`;
};

/** A random uncrossed book: asks above bids, at fixed or inferred scales, with prices up to 1e9. */
const bookArb = fc
  .record({
    priceScale: fc.integer({ min: 0, max: 4 }),
    sizeScale: fc.integer({ min: 0, max: 8 }),
    fixed: fc.boolean(),
    bidUnits: fc.uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 6n }), { maxLength: 30 }),
    askUnits: fc.uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 6n }), { maxLength: 30 }),
    sizes: fc.array(fc.bigInt({ min: 1n, max: 10n ** 12n }), { minLength: 60, maxLength: 60 }),
    magnitude: fc.constantFrom(1n, 1000n),
  })
  .map((r) => {
    const bids: PriceLevel[] = r.bidUnits.map((u, i) => ({ price: text(u * r.magnitude, r.priceScale), size: text(r.sizes[i] as bigint, r.sizeScale) }));
    const offset = 10n ** 6n + 1n;
    const asks: PriceLevel[] = r.askUnits.map((u, i) => ({ price: text((u + offset) * r.magnitude, r.priceScale), size: text(r.sizes[30 + i] as bigint, r.sizeScale) }));
    return { ...r, bids, asks };
  });

/** A request with up to sizeScale + 3 decimals (finer than the book's lots exercises the size factor). */
const quantityArb = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 11 })).map(([u, s]) => text(u, s));

function expectWalk(actual: WalkResult, expected: NaiveWalk): void {
  expect({
    filledBase: actual.filledBase.toFixed(),
    filledQuote: actual.filledQuote.toFixed(),
    vwap: actual.vwap?.toFixed(),
    worstPrice: actual.worstPrice?.toFixed(),
    levelsConsumed: actual.levelsConsumed,
    complete: actual.complete,
  }).toEqual(expected);
}

describe("walks vs brute force (properties)", () => {
  it("walkBuy / walkSell equal a level-by-level Decimal walk; the fast path agrees", () => {
    fc.assert(
      fc.property(bookArb, quantityArb, (b, quantity) => {
        const book = new OrderBook({ instrument: id, ...(b.fixed ? { priceScale: b.priceScale, sizeScale: b.sizeScale } : {}) });
        book.applySnapshot(b.bids, b.asks);
        const ref = new NaiveOrderBook();
        ref.snapshot(b.bids, b.asks);
        const buy = book.walkBuy(quantity);
        const sell = book.walkSell(new Decimal(quantity));
        expectWalk(buy, ref.walk("buy", quantity));
        expectWalk(sell, ref.walk("sell", quantity));
        expect(buy.requested.toFixed()).toBe(new Decimal(quantity).toFixed());

        const scale = new Decimal(quantity).decimalPlaces();
        const units = Number(new Exact(quantity).times(new Exact(10).pow(scale)).toFixed());
        const workScale = Math.max(scale, book.sizeScale);
        if (units * 10 ** (workScale - scale) <= Number.MAX_SAFE_INTEGER) {
          const fast = book.walkBuyScaled(units, scale);
          expect(new Exact(fast.filledQuote.toString()).div(new Exact(10).pow(fast.quoteScale)).toFixed()).toBe(buy.filledQuote.toFixed());
          expect(new Exact(fast.filledBase).div(new Exact(10).pow(fast.baseScale)).toFixed()).toBe(buy.filledBase.toFixed());
          expect(fast.levelsConsumed).toBe(buy.levelsConsumed);
          expect(fast.complete).toBe(buy.complete);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("walkBuyWithQuote equals a brute-force budget walk (rounded down to the book's size scale)", () => {
    fc.assert(
      fc.property(bookArb, quantityArb, (b, budget) => {
        const book = new OrderBook({ instrument: id, priceScale: b.priceScale, sizeScale: b.sizeScale });
        book.applySnapshot(b.bids, b.asks);
        const ref = new NaiveOrderBook();
        ref.snapshot(b.bids, b.asks);
        const result = book.walkBuyWithQuote(budget);
        expectWalk(result, ref.walkWithQuote(budget, b.sizeScale));
        expect(result.filledQuote.lte(budget)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
