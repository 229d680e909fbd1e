import { OrderBook, TestClock, createEventBus, instrumentId, venueId, type LevelChange, type MarketEvents, type PriceLevel } from "@arbkit/core";
import { createCoinbaseConnector, type RecordedFrame } from "@arbkit/connectors";
import { createRequire } from "node:module";
import { fixturePath, readRecording } from "../support/fixtures";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { fmt, quantile } from "./measure";

const FIXTURE = ["coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"] as const;
const PRODUCTS = ["BTC-USD", "ETH-USD"] as const;

interface CbUpdate {
  side: string;
  price_level: string;
  new_quantity: string;
}
interface CbFrame {
  channel: string;
  events: { type: string; product_id: string; updates: CbUpdate[] }[];
}

/** The connector: decode + validate + sequence check + status gating + book + publish, through its sink. */
function runConnector(frames: readonly RecordedFrame[]): Map<string, OrderBook> {
  const clock = new TestClock(0);
  const bus = createEventBus<MarketEvents>();
  const connector = createCoinbaseConnector({ bus, clock, products: PRODUCTS });
  for (const frame of frames) {
    const at = frame.recvTs * 1000;
    if (at > clock.now()) clock.advanceTo(at);
    connector.sink.ingest(frame);
  }
  connector.close();
  return new Map(PRODUCTS.map((p) => [p, connector.book(connector.instrumentOf(p)) as OrderBook]));
}

/** The core-book-only figure: JSON.parse and the book's apply calls, no validation, no events. */
function runBookOnly(frames: readonly RecordedFrame[]): Map<string, OrderBook> {
  const venue = venueId("coinbase");
  const books = new Map(PRODUCTS.map((p) => [p as string, new OrderBook({ instrument: instrumentId(venue, p) })]));
  for (const frame of frames) {
    const f = JSON.parse(frame.frame) as CbFrame;
    if (f.channel !== "l2_data") continue;
    for (const e of f.events) {
      const book = books.get(e.product_id) as OrderBook;
      if (e.type === "snapshot") {
        const bids: PriceLevel[] = [];
        const asks: PriceLevel[] = [];
        for (const u of e.updates) (u.side === "bid" ? bids : asks).push({ price: u.price_level, size: u.new_quantity });
        book.applySnapshot(bids, asks);
      } else {
        book.applyChanges(e.updates.map((u): LevelChange => ({ side: u.side === "bid" ? "bid" : "ask", price: u.price_level, size: u.new_quantity })));
      }
    }
  }
  return books;
}

// zod is a dependency of @arbkit/connectors only, so resolve it from there.
type Zod = typeof import("../../packages/connectors/node_modules/zod");
const { z } = createRequire(new URL("../../packages/connectors/package.json", import.meta.url))("zod") as Zod;
const decimal = z.string().regex(/^\d+(?:\.\d+)?$/);
const zodL2 = z.object({
  channel: z.literal("l2_data"),
  timestamp: z.string(),
  sequence_num: z.number().int().nonnegative(),
  events: z.array(
    z.object({
      type: z.enum(["snapshot", "update"]),
      product_id: z.string(),
      updates: z.array(z.object({ side: z.enum(["bid", "offer"]), event_time: z.string(), price_level: decimal, new_quantity: decimal })),
    }),
  ),
});

function sameBooks(a: Map<string, OrderBook>, b: Map<string, OrderBook>): void {
  for (const p of PRODUCTS) {
    const x = a.get(p) as OrderBook;
    const y = b.get(p) as OrderBook;
    if (JSON.stringify([x.depth("bid"), x.depth("ask")]) !== JSON.stringify([y.depth("bid"), y.depth("ask")])) {
      throw new Error(`P1-connector: ${p} book differs between the connector and the book-only loop`);
    }
  }
}

const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

/**
 * P1-connector: the real Coinbase recording (1,030 frames incl. a 46,000-level BTC-USD snapshot) through the
 * connector's sink (parse + validate + sequence + status + book + bus publish), against a minimal
 * `JSON.parse` + `OrderBook.apply*` loop over the same frames in the same run. Also times a zod schema of
 * the l2 frames against the hand-rolled validator, which is why the hot path does not use zod.
 */
export const p1Connector: BenchWorkload = {
  id: "P1-connector",
  title: "Coinbase real recording: connector parse+validate+book vs core-book-only loop",
  async run({ quick, log }): Promise<BenchResult[]> {
    const frames: RecordedFrame[] = readRecording(fixturePath(...FIXTURE)).map((l) => ({ ...l, venue: "coinbase" }));
    sameBooks(runConnector(frames), runBookOnly(frames));
    const rounds = quick ? 5 : 21;
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < 3; i++) {
      runConnector(frames);
      runBookOnly(frames);
    }
    for (let r = 0; r < rounds; r++) {
      // Interleaved so that both see the same machine state (2 shared cores).
      ours.push(time(() => runConnector(frames)));
      peer.push(time(() => runBookOnly(frames)));
    }
    const oursMs = quantile(ours, 0.5);
    const peerMs = quantile(peer, 0.5);
    log(`  connector ${fmt(oursMs, 1)} ms/pass, book-only ${fmt(peerMs, 1)} ms/pass (median of ${rounds})`);

    const l2Texts = frames.map((f) => f.frame).filter((t) => t.startsWith('{"channel":"l2_data"'));
    const parsed = l2Texts.map((t) => JSON.parse(t) as unknown);
    const { decodeCoinbaseFrame } = await import("@arbkit/connectors");
    const zodMs: number[] = [];
    const handMs: number[] = [];
    for (let r = 0; r < (quick ? 3 : 9); r++) {
      zodMs.push(time(() => parsed.forEach((v) => zodL2.parse(v))));
      // The hand validator is timed with its JSON.parse; subtract a bare parse to compare validation only.
      const withParse = time(() => l2Texts.forEach((t) => decodeCoinbaseFrame(t)));
      const parseOnly = time(() => l2Texts.forEach((t) => JSON.parse(t)));
      handMs.push(Math.max(0.001, withParse - parseOnly));
    }
    const zodValidate = quantile(zodMs, 0.5);
    const handValidate = quantile(handMs, 0.5);
    const ratio = peerMs / oursMs;
    return [
      {
        name: "P1-connector Coinbase real recording (parse+validate+book)",
        unit: "ms/pass",
        ours: oursMs,
        peer: peerMs,
        peerName: "book-only loop",
        ratio,
        target: "connector time ≤ 1.5× book-only time",
        met: oursMs <= 1.5 * peerMs,
        extra: {
          frames: frames.length,
          oursOverPeer: oursMs / peerMs,
          zodValidateMs: zodValidate,
          handValidateMs: handValidate,
          zodOverHand: zodValidate / handValidate,
        },
      },
    ];
  },
};
