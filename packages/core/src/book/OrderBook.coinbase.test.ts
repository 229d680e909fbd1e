import { describe, expect, it } from "vitest";
import { OrderBook, type PriceLevel, SequenceTracker, createOrderBook, createAsset, createInstrument, instrumentId, venueId } from "@arbkit/core";
import { fixturePath, readRecording } from "../../../../tests/support/fixtures";
import { NaiveOrderBook } from "../../../../tests/support/NaiveOrderBook";

/** Minimal test-only reader for Coinbase `l2_data` frames (the real parser lives in the connectors). */
interface L2Frame {
  readonly channel?: string;
  readonly sequence_num?: number;
  readonly events?: readonly {
    readonly type: "snapshot" | "update";
    readonly product_id: string;
    readonly updates: readonly { readonly side: "bid" | "offer"; readonly price_level: string; readonly new_quantity: string }[];
  }[];
}

/**
 * Compares two normalized non-negative decimal strings without any of the book's code: integer-part
 * length, then digits. Independent of the scaled integers under test.
 */
function compareDecimalText(a: string, b: string): number {
  // Rounding to double is monotone, so different doubles order their decimals correctly; ties fall
  // through to the exact digit comparison.
  const da = Number(a);
  const db = Number(b);
  if (da !== db) return da < db ? -1 : 1;
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, "0");
  const y = bf.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Every level of `side` equals the reference map, and the order is strictly best first. */
function expectSideEqual(levels: readonly PriceLevel[], reference: Map<string, string>, bidSide: boolean, where: string): void {
  if (levels.length !== reference.size) expect.fail(`${where}: ${levels.length} levels vs reference ${reference.size}`);
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as PriceLevel;
    if (reference.get(level.price) !== level.size) {
      expect.fail(`${where}: level ${level.price} × ${level.size} vs reference ${String(reference.get(level.price))}`);
    }
    if (i > 0) {
      const order = compareDecimalText((levels[i - 1] as PriceLevel).price, level.price);
      if (bidSide ? order <= 0 : order >= 0) expect.fail(`${where}: levels out of order at ${i}`);
    }
  }
}

describe("real Coinbase recording (advtrade 2026-08-09, BTC-USD 46,000-level snapshot)", () => {
  const frames = readRecording(fixturePath("coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz")).map(
    (line) => JSON.parse(line.frame) as L2Frame,
  );

  it("replays every l2_data frame; the book equals the naive reference after every frame", () => {
    const books = new Map<string, OrderBook>();
    const references = new Map<string, NaiveOrderBook>();
    const tracker = new SequenceTracker({ stream: "COINBASE.ws.2", first: 0 });
    let l2Frames = 0;
    let updates = 0;
    for (const frame of frames) {
      expect(tracker.observe(frame.sequence_num as number)).toEqual({ kind: "ok" });
      if (frame.channel !== "l2_data") continue;
      l2Frames++;
      for (const event of frame.events ?? []) {
        const product = event.product_id;
        updates += event.updates.length;
        const side = (s: "bid" | "offer") => (s === "bid" ? "bid" : "ask");
        if (event.type === "snapshot") {
          const book = new OrderBook({ instrument: instrumentId(venueId("coinbase"), product) });
          const reference = new NaiveOrderBook();
          const bids = event.updates.filter((u) => u.side === "bid").map((u) => ({ price: u.price_level, size: u.new_quantity }));
          const asks = event.updates.filter((u) => u.side === "offer").map((u) => ({ price: u.price_level, size: u.new_quantity }));
          book.applySnapshot(bids, asks);
          reference.snapshot(bids, asks);
          books.set(product, book);
          references.set(product, reference);
        } else {
          const book = books.get(product) as OrderBook;
          const reference = references.get(product) as NaiveOrderBook;
          book.applyChanges(event.updates.map((u) => ({ side: side(u.side), price: u.price_level, size: u.new_quantity })));
          for (const u of event.updates) reference.set(side(u.side), u.price_level, u.new_quantity);
        }
        const book = books.get(product) as OrderBook;
        const reference = references.get(product) as NaiveOrderBook;
        const where = `${product} seq ${frame.sequence_num}`;
        expectSideEqual(book.depth("bid"), reference.bids, true, `${where} bids`);
        expectSideEqual(book.depth("ask"), reference.asks, false, `${where} asks`);
        expect(book.isCrossed()).toBe(false);
      }
    }
    expect(l2Frames).toBe(775);
    expect(updates).toBe(74_193);
    expect(tracker.gaps + tracker.regressions).toBe(0);
    const btc = books.get("BTC-USD") as OrderBook;
    expect(btc.priceScale).toBe(2);
    expect(btc.sizeScale).toBe(8);
    expect(btc.bidCount + btc.askCount).toBeGreaterThan(45_000);
    // Walks on the final real books equal the brute-force walks.
    for (const [product, book] of books) {
      const reference = references.get(product) as NaiveOrderBook;
      for (const [side, quantity] of [["buy", "12.345"], ["sell", "100"]] as const) {
        const walk = side === "buy" ? book.walkBuy(quantity) : book.walkSell(quantity);
        const expected = reference.walk(side, quantity);
        expect([walk.filledBase.toFixed(), walk.filledQuote.toFixed(), walk.vwap?.toFixed(), walk.levelsConsumed]).toEqual([
          expected.filledBase,
          expected.filledQuote,
          expected.vwap,
          expected.levelsConsumed,
        ]);
      }
      const budget = book.walkBuyWithQuote("250000.5");
      const expectedBudget = reference.walkWithQuote("250000.5", book.sizeScale);
      expect([budget.filledBase.toFixed(), budget.filledQuote.toFixed()]).toEqual([expectedBudget.filledBase, expectedBudget.filledQuote]);
    }
    // ~775 full comparisons of up to 46,000 levels: generous time for a loaded 2-core machine.
  }, 240_000);

  it("a book with the instrument's fixed scales ends identical to the inferred-scale book", () => {
    const btcUsd = createInstrument({
      venue: "coinbase",
      venueSymbol: "BTC-USD",
      base: createAsset("BTC", 8),
      quote: createAsset("USD", 2),
      priceIncrement: "0.01",
      sizeIncrement: "0.00000001",
    });
    const fixed = createOrderBook(btcUsd);
    const inferred = new OrderBook({ instrument: btcUsd.id });
    for (const frame of frames) {
      for (const event of frame.channel === "l2_data" ? (frame.events ?? []) : []) {
        if (event.product_id !== "BTC-USD") continue;
        const levels = (s: "bid" | "offer") =>
          event.updates.filter((u) => u.side === s).map((u) => ({ price: u.price_level, size: u.new_quantity }));
        for (const book of [fixed, inferred]) {
          if (event.type === "snapshot") book.applySnapshot(levels("bid"), levels("offer"));
          else book.applyChanges(event.updates.map((u) => ({ side: u.side === "bid" ? "bid" : "ask", price: u.price_level, size: u.new_quantity })));
        }
      }
    }
    expect(fixed.depth("bid")).toEqual(inferred.depth("bid"));
    expect(fixed.depth("ask")).toEqual(inferred.depth("ask"));
    expect(fixed.walkBuy("10")).toEqual(inferred.walkBuy("10"));
  });
});
