import { type BookSnapshotEvent, type Instrument, type LevelChange, type OrderBook, type PriceLevel, createOrderBook } from "@arbkit/core";
import { fixturePath, readRecording } from "../../support/fixtures";

/**
 * The real Gemini SOLUSD book at the end of the 2026-08-09 recording (a minimal test-only frame reader:
 * the first `l2_updates` of the symbol is the full book, later ones are absolute level changes).
 */
export function loadGeminiSolBook(instrument: Instrument): { readonly book: OrderBook; readonly recvMs: number } {
  const book = createOrderBook(instrument);
  let first = true;
  let recvMs = 0;
  for (const line of readRecording(fixturePath("gemini", "v2-2026-08-09-10-symbols-incl-SOLUSD.recv.jsonl.gz"))) {
    const frame = JSON.parse(line.frame) as { type?: string; symbol?: string; changes?: [string, string, string][] };
    if (frame.type !== "l2_updates" || frame.symbol !== "SOLUSD" || frame.changes === undefined) continue;
    const changes: LevelChange[] = frame.changes.map(([side, price, size]) => ({ side: side === "buy" ? "bid" : "ask", price, size }));
    if (first) {
      const level = (c: LevelChange): PriceLevel => ({ price: c.price, size: c.size });
      book.applySnapshot(changes.filter((c) => c.side === "bid").map(level), changes.filter((c) => c.side === "ask").map(level));
      first = false;
    } else {
      book.applyChanges(changes);
    }
    recvMs = line.recvTs * 1000;
  }
  return { book, recvMs };
}

/** The real Coinbase book of `product` (BTC-USD or ETH-USD) at the end of the 2026-08-09 recording. */
export function loadCoinbaseBook(instrument: Instrument, product: string): OrderBook {
  const book = createOrderBook(instrument);
  for (const line of readRecording(fixturePath("coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"))) {
    const frame = JSON.parse(line.frame) as { channel?: string; events?: { type: string; product_id: string; updates: { side: string; price_level: string; new_quantity: string }[] }[] };
    if (frame.channel !== "l2_data") continue;
    for (const e of frame.events ?? []) {
      if (e.product_id !== product) continue;
      const changes: LevelChange[] = e.updates.map((u) => ({ side: u.side === "bid" ? "bid" : "ask", price: u.price_level, size: u.new_quantity }));
      if (e.type === "snapshot") {
        book.applySnapshot(
          changes.filter((c) => c.side === "bid").map((c) => ({ price: c.price, size: c.size })),
          changes.filter((c) => c.side === "ask").map((c) => ({ price: c.price, size: c.size })),
        );
      } else {
        book.applyChanges(changes);
      }
    }
  }
  return book;
}

/**
 * SYNTHETIC, derived from a real book: the same depth profile with every price multiplied by `factor`
 * (rounded to `decimals`, levels that collide merged, asks that would cross dropped) and sizes kept.
 * Used to line real depth up with the pool's price, since no time-aligned real data exists.
 */
export function rescaleBook(source: OrderBook, instrument: Instrument, factor: number, decimals: number, levels: number, tsInit: number): BookSnapshotEvent {
  const side = (s: "bid" | "ask"): PriceLevel[] => {
    const merged = new Map<string, number>();
    for (const l of source.depth(s, levels)) {
      const price = (Number(l.price) * factor).toFixed(decimals);
      merged.set(price, (merged.get(price) ?? 0) + Math.round(Number(l.size) * 1e6));
    }
    return [...merged].map(([price, micro]) => ({ price, size: (micro / 1e6).toFixed(6) }));
  };
  const book = createOrderBook(instrument);
  const bids = side("bid");
  // Rounding can put the best ask on the best bid's price: keep only asks strictly above it.
  const asks = side("ask").filter((l) => Number(l.price) > Number(bids[0]?.price ?? 0));
  book.applySnapshot(bids, asks);
  return { type: "snapshot", venue: instrument.venue, instrument: instrument.id, sequence: undefined, book, tsEvent: tsInit, tsInit };
}
