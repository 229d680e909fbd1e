import ccxt from "ccxt";
import { OrderBook, SequenceTracker, createSequenceError, instrumentId, venueId } from "@arbkit/core";
import type { PriceLevel } from "@arbkit/core";

/** The parts of a Coinbase Advanced Trade frame the P1 handlers read (bench-only minimal reader). */
interface CoinbaseFrame {
  readonly channel?: string;
  readonly sequence_num?: number;
  readonly events?: readonly {
    readonly type?: string;
    readonly product_id?: string;
    readonly updates?: readonly { readonly side: string; readonly price_level: string; readonly new_quantity: string }[];
  }[];
}

/** What P1 does after parsing: nothing, apply to a book, or apply and then walk 100 base both ways. */
export type P1Mode = "parse" | "apply" | "vwap";

/** A frame handler under test; `sink` defeats dead-code elimination and doubles as a checksum. */
export interface P1Handler {
  onFrame(frame: string): void;
  sink(): number;
}

const coinbase = venueId("coinbase");
const WALK_BASE = 100;

/** (a) JSON.parse only. */
export function createParseOnlyHandler(): P1Handler {
  let sink = 0;
  return {
    onFrame(frame) {
      sink += (JSON.parse(frame) as CoinbaseFrame).sequence_num ?? 0;
    },
    sink: () => sink,
  };
}

/**
 * arbkit: parse, check the connection's sequence (typed result, like the connector will), apply each
 * update with `applyChange` and check integrity once per message; in `vwap` mode walk 100 base both ways
 * with the engine's fast path (`walkBuyScaled`/`walkSellScaled`: exact bigint totals), or with the public
 * Decimal API (`walkBuy`/`walkSell`) when `decimalWalks`.
 */
export function createOursHandler(mode: "apply" | "vwap", decimalWalks = false): P1Handler & { readonly books: Map<string, OrderBook> } {
  const books = new Map<string, OrderBook>();
  const tracker = new SequenceTracker({ stream: "bench", first: 0 });
  let sink = 0;
  return {
    books,
    onFrame(frame) {
      const message = JSON.parse(frame) as CoinbaseFrame;
      const seq = tracker.observe(message.sequence_num as number);
      if (seq.kind !== "ok") throw createSequenceError(tracker.stream, seq);
      if (message.channel !== "l2_data") return;
      for (const event of message.events ?? []) {
        const product = event.product_id as string;
        const updates = event.updates ?? [];
        let book = books.get(product);
        if (event.type === "snapshot") {
          book = new OrderBook({ instrument: instrumentId(coinbase, product) });
          books.set(product, book);
          const bids: PriceLevel[] = [];
          const asks: PriceLevel[] = [];
          for (const u of updates) (u.side === "bid" ? bids : asks).push({ price: u.price_level, size: u.new_quantity });
          book.applySnapshot(bids, asks);
        } else {
          if (book === undefined) throw new Error(`update before snapshot for ${product}`);
          for (const u of updates) {
            book.applyChange(u.side === "bid" ? "bid" : u.side === "offer" ? "ask" : (u.side as "bid"), u.price_level, u.new_quantity);
          }
          book.checkIntegrity();
        }
        if (mode === "vwap") {
          if (decimalWalks) {
            const buy = book.walkBuy("100");
            const sell = book.walkSell("100");
            sink += (buy.vwap?.toNumber() ?? 0) + (sell.vwap?.toNumber() ?? 0);
          } else {
            const buy = book.walkBuyScaled(WALK_BASE * 1e8, 8);
            const sell = book.walkSellScaled(WALK_BASE * 1e8, 8);
            const unit = 10 ** buy.priceScale;
            sink += Number(buy.filledQuote) / buy.filledBase / unit + Number(sell.filledQuote) / sell.filledBase / unit;
          }
        }
      }
    },
    sink: () => sink,
  };
}

/** A ccxt order-book side: an array of `[price, size]` float rows, best first. */
type CcxtSide = readonly (readonly [number, number])[];
/** The ccxt book shape we read. */
export interface CcxtBook {
  readonly bids: CcxtSide;
  readonly asks: CcxtSide;
}

interface CcxtCoinbasePro {
  orderBook(snapshot?: object, depth?: number): CcxtBook;
  handleOrderBookHelper(orderbook: CcxtBook, updates: unknown): void;
}

/** ccxt's float VWAP walk over one side (what a ccxt user writes). */
function ccxtVwap(side: CcxtSide, amount: number): number {
  let remaining = amount;
  let cost = 0;
  for (let i = 0; i < side.length && remaining > 0; i++) {
    const row = side[i] as readonly [number, number];
    const take = row[1] < remaining ? row[1] : remaining;
    cost += row[0] * take;
    remaining -= take;
  }
  return cost / (amount - remaining);
}

/**
 * ccxt 4.5.84, exactly as ccxt.pro's coinbase `handleOrderBook` applies `l2_data`: a new
 * `exchange.orderBook({}, limit)` on a snapshot event, then `exchange.handleOrderBookHelper(orderbook,
 * updates)` (safeNumber on each price and size, then `OrderBookSide.store`). The per-message
 * `parse8601(timestamp)` and future resolution of the real handler are left out (in ccxt's favour).
 */
export function createCcxtHandler(mode: "apply" | "vwap"): P1Handler & { readonly books: Map<string, CcxtBook> } {
  const exchange = new ccxt.pro.coinbase() as unknown as CcxtCoinbasePro;
  const books = new Map<string, CcxtBook>();
  let sink = 0;
  return {
    books,
    onFrame(frame) {
      const message = JSON.parse(frame) as CoinbaseFrame;
      if (message.channel !== "l2_data") return;
      for (const event of message.events ?? []) {
        const product = event.product_id as string;
        if (event.type === "snapshot") books.set(product, exchange.orderBook({}, undefined));
        const book = books.get(product);
        if (book === undefined) continue;
        exchange.handleOrderBookHelper(book, event.updates ?? []);
        if (mode === "vwap") sink += ccxtVwap(book.asks, WALK_BASE) + ccxtVwap(book.bids, WALK_BASE);
      }
    },
    sink: () => sink,
  };
}

/**
 * Throws unless our books and ccxt's hold exactly the same levels (every price and size, in order).
 * ccxt stores `parseFloat` of the venue strings, so equality of `Number(ourString)` is exact.
 */
export function assertSameBooks(ours: Map<string, OrderBook>, theirs: Map<string, CcxtBook>): number {
  if (ours.size !== theirs.size) throw new Error(`P1: ${ours.size} books vs ccxt ${theirs.size}`);
  let levels = 0;
  for (const [product, book] of ours) {
    const other = theirs.get(product);
    if (other === undefined) throw new Error(`P1: ccxt has no ${product} book`);
    for (const side of ["bid", "ask"] as const) {
      const mine = book.depth(side);
      const rows = side === "bid" ? other.bids : other.asks;
      if (mine.length !== rows.length) throw new Error(`P1: ${product} ${side} has ${mine.length} levels vs ccxt ${rows.length}`);
      for (let i = 0; i < mine.length; i++) {
        const a = mine[i] as PriceLevel;
        const b = rows[i] as readonly [number, number];
        if (Number(a.price) !== b[0] || Number(a.size) !== b[1]) {
          throw new Error(`P1: ${product} ${side} level ${i}: ours ${a.price}×${a.size} vs ccxt ${b[0]}×${b[1]}`);
        }
      }
      levels += mine.length;
    }
  }
  return levels;
}
