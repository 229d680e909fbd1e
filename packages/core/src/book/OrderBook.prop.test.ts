import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LevelChange, OrderBook, type PriceLevel, instrumentId, isArbError, venueId } from "@arbkit/core";
import { NaiveOrderBook } from "../../../../tests/support/NaiveOrderBook";

const id = instrumentId(venueId("test"), "X-Y");
const MAX_SAFE = new Decimal(Number.MAX_SAFE_INTEGER);

/** `units × 10^-scale` as a decimal string written independently of the code under test, plus trailing zeros. */
function decimalText(units: bigint, scale: number, trailingZeros: number): string {
  const digits = units.toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale) + "0".repeat(trailingZeros);
  return fraction === "" ? whole : `${whole}.${fraction}`;
}

const decimalsOf = (text: string): number => new Decimal(text).decimalPlaces();

/** Unit counts that collide often (a small pool), plus tiny, huge and random magnitudes. */
const units = (pool: [number, number]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: pool[0], max: pool[1] }).map(BigInt) },
    { weight: 1, arbitrary: fc.constant(1n) },
    { weight: 1, arbitrary: fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) - 50n, max: BigInt(Number.MAX_SAFE_INTEGER) + 50n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 17n }) },
  );

interface Config {
  readonly priceScale: number | undefined;
  readonly sizeScale: number | undefined;
  readonly maxDepth: number | undefined;
}

const configArb: fc.Arbitrary<Config> = fc.record({
  priceScale: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  sizeScale: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  maxDepth: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined, freq: 4 }),
});

/** A price or size string: at the configured scale mostly, sometimes one decimal finer (invalid when fixed). */
const valueText = (scale: number | undefined, pool: [number, number], allowZero: boolean) =>
  fc
    .tuple(
      allowZero ? fc.oneof({ weight: 3, arbitrary: units(pool) }, { weight: 1, arbitrary: fc.constant(0n) }) : units(pool),
      scale === undefined ? fc.integer({ min: 0, max: 8 }) : fc.oneof({ weight: 12, arbitrary: fc.constant(scale) }, { weight: 1, arbitrary: fc.constant(scale + 1) }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([u, s, z]) => decimalText(u, s, z));

const changeArb = (c: Config): fc.Arbitrary<LevelChange> =>
  fc.oneof(
    fc.record({ side: fc.constant("bid" as const), price: valueText(c.priceScale, [1, 60], false), size: valueText(c.sizeScale, [0, 5], true) }),
    fc.record({ side: fc.constant("ask" as const), price: valueText(c.priceScale, [45, 100], false), size: valueText(c.sizeScale, [0, 5], true) }),
    // Occasionally a zero price, which no book may accept.
    fc.record({ side: fc.constantFrom("bid" as const, "ask" as const), price: fc.constantFrom("0", "0.00"), size: fc.constant("1") }),
  );

type Op =
  | { readonly op: "change"; readonly change: LevelChange }
  | { readonly op: "batch"; readonly changes: LevelChange[] }
  | { readonly op: "snapshot"; readonly bids: PriceLevel[]; readonly asks: PriceLevel[] }
  | { readonly op: "clear" };

const opArb = (c: Config): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 10, arbitrary: changeArb(c).map((change) => ({ op: "change" as const, change })) },
    { weight: 4, arbitrary: fc.array(changeArb(c), { maxLength: 8 }).map((changes) => ({ op: "batch" as const, changes })) },
    {
      weight: 1,
      arbitrary: fc.array(changeArb(c), { maxLength: 12 }).map((changes) => ({
        op: "snapshot" as const,
        bids: changes.filter((x) => x.side === "bid").map(({ price, size }) => ({ price, size })),
        asks: changes.filter((x) => x.side === "ask").map(({ price, size }) => ({ price, size })),
      })),
    },
    { weight: 1, arbitrary: fc.constant({ op: "clear" as const }) },
  );

/**
 * Whether the real book must accept these values: every price > 0, and every price/size (existing and
 * new) an integer ≤ 2^53 − 1 at the scale the book will use (fixed, or the inferred scale grown to fit).
 */
function acceptable(c: Config, book: OrderBook, ref: NaiveOrderBook, changes: readonly LevelChange[], replacing: boolean): boolean {
  const prices = changes.map((x) => x.price);
  const sizes = changes.map((x) => x.size);
  if (prices.some((p) => new Decimal(p).isZero())) return false;
  const check = (values: string[], existing: string[], fixed: number | undefined, current: number): boolean => {
    if (fixed !== undefined && values.some((v) => decimalsOf(v) > fixed)) return false;
    const scale = fixed ?? Math.max(current, ...values.map(decimalsOf));
    if (scale > 36) return false;
    return [...values, ...(replacing ? [] : existing)].every((v) => new Decimal(v).times(new Decimal(10).pow(scale)).lte(MAX_SAFE));
  };
  const existingPrices = [...ref.bids.keys(), ...ref.asks.keys()];
  const existingSizes = [...ref.bids.values(), ...ref.asks.values()];
  return check(prices, existingPrices, c.priceScale, book.priceScale) && check(sizes, existingSizes, c.sizeScale, book.sizeScale);
}

function expectSame(book: OrderBook, ref: NaiveOrderBook): void {
  expect(book.depth("bid")).toEqual(ref.levels("bid"));
  expect(book.depth("ask")).toEqual(ref.levels("ask"));
  expect(book.bidCount).toBe(ref.bids.size);
  expect(book.askCount).toBe(ref.asks.size);
  expect(book.isCrossed()).toBe(ref.isCrossed());
}

function expectCode(fn: () => void, code: string | undefined): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (code === undefined) {
    if (thrown !== undefined) throw thrown;
  } else {
    expect(isArbError(thrown) ? thrown.code : thrown).toBe(code);
  }
}

describe("OrderBook vs a naive Map reference (properties)", () => {
  it("is equal to the reference after every step of random update sequences; an unchanged revision means an unchanged side", () => {
    fc.assert(
      fc.property(
        configArb.chain((c) => fc.tuple(fc.constant(c), fc.array(opArb(c), { minLength: 1, maxLength: 40 }))),
        ([c, ops]) => {
          const book = new OrderBook({ instrument: id, ...c });
          const ref = new NaiveOrderBook(c.maxDepth ?? Number.POSITIVE_INFINITY);
          for (const op of ops) {
            const before = (["bid", "ask"] as const).map((side) => ({ side, revision: book.revision(side), depth: book.depth(side), priceScale: book.priceScale }));
            if (op.op === "clear") {
              book.clear();
              ref.clear();
            } else if (op.op === "change") {
              const { side, price, size } = op.change;
              const ok = acceptable(c, book, ref, [op.change], false);
              expectCode(() => book.applyChange(side, price, size), ok ? undefined : "BOOK_LEVEL_INVALID");
              if (ok) ref.set(side, price, size);
            } else if (op.op === "batch") {
              const ok = acceptable(c, book, ref, op.changes, false);
              if (ok) for (const x of op.changes) ref.set(x.side, x.price, x.size);
              expectCode(() => book.applyChanges(op.changes), !ok ? "BOOK_LEVEL_INVALID" : ref.isCrossed() ? "BOOK_CROSSED" : undefined);
            } else {
              const all = [...op.bids.map((l) => ({ side: "bid" as const, ...l })), ...op.asks.map((l) => ({ side: "ask" as const, ...l }))];
              const live = (levels: PriceLevel[]) => levels.filter((l) => !new Decimal(l.size).isZero()).map((l) => new Decimal(l.price).toFixed());
              const duplicated = [live(op.bids), live(op.asks)].some((list) => new Set(list).size !== list.length);
              const ok = acceptable(c, book, ref, all, true) && !duplicated;
              if (ok) ref.snapshot(op.bids, op.asks);
              expectCode(() => book.applySnapshot(op.bids, op.asks), !ok ? "BOOK_LEVEL_INVALID" : ref.isCrossed() ? "BOOK_CROSSED" : undefined);
            }
            expectSame(book, ref);
            for (const b of before) {
              expect(book.revision(b.side)).toBeGreaterThanOrEqual(b.revision);
              if (book.revision(b.side) === b.revision) {
                expect(book.depth(b.side)).toEqual(b.depth);
                expect(book.priceScale).toBe(b.priceScale);
              }
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("regression: a zero-size entry in a snapshot is skipped, even beside a live level at the same price", () => {
    const book = new OrderBook({ instrument: id, priceScale: 0, sizeScale: 5, maxDepth: 4 });
    book.applySnapshot([{ price: "1", size: "0.00001" }, { price: "1", size: "0.00000" }], []);
    expect(book.depth("bid")).toEqual([{ price: "1", size: "0.00001" }]);
  });

  it("regression: a scale grown mid-batch re-parses the whole batch", () => {
    const book = new OrderBook({ instrument: id });
    const ref = new NaiveOrderBook();
    const changes: LevelChange[] = [
      { side: "bid", price: "5", size: "1" },
      { side: "bid", price: "4.99", size: "2.5" },
      { side: "bid", price: "5", size: "0" },
    ];
    book.applyChanges(changes);
    for (const x of changes) ref.set(x.side, x.price, x.size);
    expectSame(book, ref);
  });
});
