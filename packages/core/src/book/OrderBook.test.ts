import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  OrderBook,
  createAsset,
  createInstrument,
  createOrderBook,
  instrumentId,
  isArbError,
  venueId,
} from "@arbkit/core";

const id = instrumentId(venueId("coinbase"), "SOL-USD");
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return isArbError(error) ? error.code : "not an ArbError";
  }
  return undefined;
};
const L = (price: string, size: string) => ({ price, size });

const sample = (): OrderBook => {
  const book = new OrderBook({ instrument: id });
  book.applySnapshot(
    [L("150.01", "2"), L("150", "1.5"), L("149.9", "10")],
    [L("150.02", "3.5"), L("150.05", "1"), L("151", "0.25")],
  );
  return book;
};

describe("OrderBook basics", () => {
  it("starts empty", () => {
    const book = new OrderBook({ instrument: id });
    expect(book.bidCount).toBe(0);
    expect(book.askCount).toBe(0);
    expect(book.bestBid()).toBeUndefined();
    expect(book.bestAsk()).toBeUndefined();
    expect(book.spread()).toBeUndefined();
    expect(book.mid()).toBeUndefined();
    expect(book.isCrossed()).toBe(false);
    expect(book.depth("bid")).toEqual([]);
    const walk = book.walkBuy("1");
    expect(walk.complete).toBe(false);
    expect(walk.filledBase.toFixed()).toBe("0");
    expect(walk.vwap).toBeUndefined();
    expect(walk.worstPrice).toBeUndefined();
  });

  it("gives best levels, exact spread and mid, and depth views best first", () => {
    const book = sample();
    expect(book.bestBid()).toEqual(L("150.01", "2"));
    expect(book.bestAsk()).toEqual(L("150.02", "3.5"));
    expect(book.spread()?.toFixed()).toBe("0.01");
    expect(book.mid()?.toFixed()).toBe("150.015");
    expect(book.depth("bid")).toEqual([L("150.01", "2"), L("150", "1.5"), L("149.9", "10")]);
    expect(book.depth("ask", 2)).toEqual([L("150.02", "3.5"), L("150.05", "1")]);
    expect(book.depth("ask", 0)).toEqual([]);
    expect(book.bestPriceScaled("bid")).toBe(15001);
    expect(book.priceScale).toBe(2);
    expect(book.sizeScale).toBe(2);
  });

  it("applies absolute sizes; zero removes; removing an absent level is a no-op", () => {
    const book = sample();
    book.applyChanges([
      { side: "bid", price: "150.01", size: "0.5" },
      { side: "ask", price: "150.02", size: "0" },
      { side: "ask", price: "150.03", size: "0.000" },
      { side: "bid", price: "149.95", size: "7" },
    ]);
    expect(book.depth("bid")).toEqual([L("150.01", "0.5"), L("150", "1.5"), L("149.95", "7"), L("149.9", "10")]);
    expect(book.depth("ask")).toEqual([L("150.05", "1"), L("151", "0.25")]);
  });

  it("normalizes equal prices written differently", () => {
    const book = new OrderBook({ instrument: id });
    book.applyChange("bid", "1.50", "1");
    book.applyChange("bid", "1.5", "2.000");
    expect(book.depth("bid")).toEqual([L("1.5", "2")]);
  });

  it("clear() empties both sides", () => {
    const book = sample();
    book.clear();
    expect(book.bidCount + book.askCount).toBe(0);
  });

  it("revision moves for the side a change touches and only for it", () => {
    const book = sample();
    const bid = book.revision("bid");
    const ask = book.revision("ask");
    book.applyChanges([{ side: "ask", price: "150.02", size: "4" }]);
    expect(book.revision("bid")).toBe(bid);
    expect(book.revision("ask")).toBeGreaterThan(ask);
    const ask2 = book.revision("ask");
    book.applyChange("bid", "1", "0"); // removing an absent level changes nothing
    expect(book.revision("bid")).toBe(bid);
    book.applyChange("bid", "150.01", "1");
    expect(book.revision("ask")).toBe(ask2);
    expect(book.revision("bid")).toBeGreaterThan(bid);
    // A finer price rescales every stored integer: both sides move.
    const [b3, a3] = [book.revision("bid"), book.revision("ask")];
    book.applyChange("bid", "149.001", "1");
    expect(book.revision("bid")).toBeGreaterThan(b3);
    expect(book.revision("ask")).toBeGreaterThan(a3);
  });
});

describe("OrderBook integrity", () => {
  it("applyChanges applies the whole batch, then throws BOOK_CROSSED; the book mirrors the venue", () => {
    const book = sample();
    let error: unknown;
    try {
      book.applyChanges([{ side: "bid", price: "150.05", size: "1" }]);
    } catch (e) {
      error = e;
    }
    expect(isArbError(error, "BOOK_CROSSED")).toBe(true);
    if (isArbError(error, "BOOK_CROSSED")) {
      expect(error.context).toEqual({ instrument: id, bestBid: "150.05", bestAsk: "150.02" });
    }
    expect(book.isCrossed()).toBe(true);
    expect(book.bestBid()?.price).toBe("150.05");
  });

  it("a batch that crosses mid-way but ends uncrossed is fine", () => {
    const book = sample();
    book.applyChanges([
      { side: "bid", price: "150.02", size: "1" },
      { side: "ask", price: "150.02", size: "0" },
    ]);
    expect(book.isCrossed()).toBe(false);
    expect(book.bestBid()?.price).toBe("150.02");
  });

  it("applyChange never checks; checkIntegrity does", () => {
    const book = sample();
    book.applyChange("ask", "150", "1");
    expect(book.isCrossed()).toBe(true);
    expect(codeOf(() => book.checkIntegrity())).toBe("BOOK_CROSSED");
  });

  it("a crossed snapshot is held and reported", () => {
    const book = new OrderBook({ instrument: id });
    expect(codeOf(() => book.applySnapshot([L("2", "1")], [L("1", "1")]))).toBe("BOOK_CROSSED");
    expect(book.bidCount).toBe(1);
  });

  it("rejects invalid levels before changing anything", () => {
    const book = sample();
    const before = [book.depth("bid"), book.depth("ask")];
    for (const [side, price, size] of [
      ["bid", "1e2", "1"],
      ["bid", "150", "-1"],
      ["bid", "0", "1"],
      ["bid", "0.00", "1"],
      ["ask", "", "1"],
      ["offer", "150", "1"],
      ["bid", "150", "NaN"],
    ] as const) {
      expect(codeOf(() => book.applyChange(side as "bid", price, size)), `${side} ${price} ${size}`).toBe("BOOK_LEVEL_INVALID");
    }
    expect(
      codeOf(() =>
        book.applyChanges([
          { side: "bid", price: "150.01", size: "0" },
          { side: "ask", price: "x", size: "1" },
        ]),
      ),
    ).toBe("BOOK_LEVEL_INVALID");
    expect([book.depth("bid"), book.depth("ask")]).toEqual(before);
  });

  it("chains the precise decimal error as the cause", () => {
    const book = createOrderBook(
      createInstrument({
        venue: "coinbase",
        venueSymbol: "SOL-USD",
        base: createAsset("SOL", 9),
        quote: createAsset("USD", 2),
        priceIncrement: "0.01",
        sizeIncrement: "0.00000001",
      }),
    );
    try {
      book.applyChange("bid", "150.001", "1");
      expect.unreachable();
    } catch (error) {
      expect(isArbError(error, "BOOK_LEVEL_INVALID")).toBe(true);
      expect(isArbError((error as Error).cause, "DECIMAL_PRECISION_EXCEEDED")).toBe(true);
    }
    expect(book.priceScale).toBe(2);
    expect(book.sizeScale).toBe(8);
  });

  it("rejects a snapshot that lists a price twice, atomically", () => {
    const book = sample();
    expect(codeOf(() => book.applySnapshot([L("1", "1"), L("3", "1"), L("1.0", "2")], []))).toBe("BOOK_LEVEL_INVALID");
    expect(book.bestBid()).toEqual(L("150.01", "2"));
  });
});

describe("OrderBook scales", () => {
  it("grows an inferred scale exactly when a finer value arrives", () => {
    const book = new OrderBook({ instrument: id });
    book.applyChange("bid", "100", "3");
    expect(book.priceScale).toBe(0);
    book.applyChange("bid", "99.125", "0.00000001");
    expect(book.priceScale).toBe(3);
    expect(book.sizeScale).toBe(8);
    expect(book.depth("bid")).toEqual([L("100", "3"), L("99.125", "0.00000001")]);
  });

  it("refuses growth that would leave the safe-integer range, without changing anything", () => {
    const book = new OrderBook({ instrument: id });
    book.applyChange("ask", "90071992547", "1");
    expect(codeOf(() => book.applyChange("ask", "1.000001", "1"))).toBe("BOOK_LEVEL_INVALID");
    expect(book.depth("ask")).toEqual([L("90071992547", "1")]);
    expect(book.priceScale).toBe(0);
  });

  it("applyChanges restarts its parse after growing a scale", () => {
    const book = new OrderBook({ instrument: id });
    book.applyChanges([
      { side: "bid", price: "10", size: "1" },
      { side: "bid", price: "9.5", size: "1.25" },
      { side: "ask", price: "10.75", size: "2" },
    ]);
    expect(book.depth("bid")).toEqual([L("10", "1"), L("9.5", "1.25")]);
    expect(book.bestAsk()).toEqual(L("10.75", "2"));
  });

  it("validates options", () => {
    expect(codeOf(() => new OrderBook({ instrument: id, priceScale: -1 }))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => new OrderBook({ instrument: id, maxDepth: 0 }))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => new OrderBook({ instrument: "nope" as typeof id }))).toBe("IDENTIFIER_INVALID");
  });
});

describe("OrderBook depth cap", () => {
  it("keeps the best maxDepth levels per side", () => {
    const book = new OrderBook({ instrument: id, maxDepth: 2 });
    book.applySnapshot([L("1", "1"), L("2", "1"), L("3", "1")], [L("4", "1"), L("5", "1"), L("6", "1")]);
    expect(book.depth("bid").map((l) => l.price)).toEqual(["3", "2"]);
    expect(book.depth("ask").map((l) => l.price)).toEqual(["4", "5"]);
    book.applyChange("bid", "2.5", "1");
    expect(book.depth("bid").map((l) => l.price)).toEqual(["3", "2.5"]);
    book.applyChange("bid", "0.5", "1");
    expect(book.depth("bid").map((l) => l.price)).toEqual(["3", "2.5"]);
    book.applyChange("bid", "3", "0");
    book.applyChange("bid", "0.5", "1");
    expect(book.depth("bid").map((l) => l.price)).toEqual(["2.5", "0.5"]);
  });
});

describe("OrderBook walks", () => {
  it("walkBuy: exact cost, VWAP, worst price, levels", () => {
    const r = sample().walkBuy("4");
    expect(r.requested.toFixed()).toBe("4");
    expect(r.filledBase.toFixed()).toBe("4");
    expect(r.filledQuote.toFixed()).toBe("600.095"); // 3.5 × 150.02 + 0.5 × 150.05
    expect(r.vwap?.toFixed()).toBe("150.02375");
    expect(r.worstPrice?.toFixed()).toBe("150.05");
    expect(r.levelsConsumed).toBe(2);
    expect(r.complete).toBe(true);
  });

  it("walkSell reports a short fill when depth runs out", () => {
    const r = sample().walkSell(new Decimal("20"));
    expect(r.filledBase.toFixed()).toBe("13.5");
    expect(r.complete).toBe(false);
    expect(r.levelsConsumed).toBe(3);
    expect(r.worstPrice?.toFixed()).toBe("149.9");
  });

  it("walks requests finer than the book's size scale exactly", () => {
    const r = sample().walkBuy("0.123456789");
    expect(r.filledQuote.toFixed()).toBe(new Decimal("0.123456789").times("150.02").toFixed());
    expect(r.complete).toBe(true);
  });

  it("VWAP is rounded half-even to 40 significant digits", () => {
    const book = new OrderBook({ instrument: id });
    book.applySnapshot([], [L("1", "1"), L("2", "2")]);
    expect(book.walkBuy("3").vwap?.toFixed()).toBe("1.666666666666666666666666666666666666667");
  });

  it("handles requests beyond the safe-integer range through the bigint path", () => {
    const r = sample().walkBuy("123456789012345678901234567890");
    expect(r.filledBase.toFixed()).toBe("4.75");
    expect(r.complete).toBe(false);
  });

  it("rejects invalid quantities with QUANTITY_INVALID", () => {
    const book = sample();
    for (const q of ["-1", "1e3", "", "abc"]) expect(codeOf(() => book.walkBuy(q)), q).toBe("QUANTITY_INVALID");
    expect(codeOf(() => book.walkSell(new Decimal(Number.NaN)))).toBe("QUANTITY_INVALID");
    expect(codeOf(() => book.walkBuyWithQuote(new Decimal(-1)))).toBe("QUANTITY_INVALID");
  });

  it("zero request is complete with nothing filled", () => {
    const r = sample().walkBuy("0");
    expect(r.complete).toBe(true);
    expect(r.levelsConsumed).toBe(0);
    expect(r.vwap).toBeUndefined();
  });

  it("walkBuyWithQuote spends at most the budget, rounding base down to the size scale", () => {
    const r = sample().walkBuyWithQuote("600");
    // 3.5 @ 150.02 = 525.07, then floor((600 − 525.07) / 150.05, 2 dp) = 0.49 @ 150.05 = 73.5245
    expect(r.filledBase.toFixed()).toBe("3.99");
    expect(r.filledQuote.toFixed()).toBe("598.5945");
    expect(r.levelsConsumed).toBe(2);
    expect(r.complete).toBe(true);
    const all = sample().walkBuyWithQuote("1000000");
    expect(all.filledBase.toFixed()).toBe("4.75");
    expect(all.complete).toBe(false);
  });

  it("fast path: exact scaled totals, same as the Decimal walk", () => {
    const book = sample();
    const w = book.walkBuyScaled(400, 2);
    expect(w).toEqual({
      requested: 400,
      filledBase: 400,
      baseScale: 2,
      filledQuote: 6000950n,
      quoteScale: 4,
      worstPrice: 15005,
      priceScale: 2,
      levelsConsumed: 2,
      complete: true,
    });
    const s = book.walkSellScaled(4, 0);
    expect(s.baseScale).toBe(2);
    expect(s.requested).toBe(400);
    expect(codeOf(() => book.walkBuyScaled(1.5, 0))).toBe("QUANTITY_INVALID");
    expect(codeOf(() => book.walkBuyScaled(-1, 0))).toBe("QUANTITY_INVALID");
    expect(codeOf(() => book.walkBuyScaled(Number.MAX_SAFE_INTEGER, 0))).toBe("QUANTITY_INVALID");
    expect(codeOf(() => book.walkBuyScaled(1, 37))).toBe("QUANTITY_INVALID");
  });

  it("fast path moves quote totals past 2^53 into a bigint exactly", () => {
    const book = new OrderBook({ instrument: id, priceScale: 2, sizeScale: 8 });
    book.applySnapshot([], [L("65000.01", "900"), L("65000.02", "900"), L("70000", "5000")]);
    const w = book.walkBuyScaled(3000_00000000, 8);
    const exact = (900n * 6500001n + 900n * 6500002n + 1200n * 7000000n) * 10n ** 8n;
    expect(w.filledQuote).toBe(exact);
    expect(book.walkBuy("3000").filledQuote.toFixed()).toBe("201000027");
  });
});

describe("createOrderBook", () => {
  it("derives fixed scales from the instrument's increments", () => {
    const book = createOrderBook(
      createInstrument({
        venue: "gemini",
        venueSymbol: "SOLUSD",
        base: createAsset("SOL", 9),
        quote: createAsset("USD", 2),
        priceIncrement: "0.001",
        sizeIncrement: "0.000001",
      }),
      { maxDepth: 10 },
    );
    expect([book.priceScale, book.sizeScale, book.maxDepth]).toEqual([3, 6, 10]);
    expect(book.instrument).toBe("gemini:SOLUSD");
  });
});
