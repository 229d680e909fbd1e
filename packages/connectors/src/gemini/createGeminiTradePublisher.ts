import { topics } from "@arbkit/core";
import type { EventBus, InstrumentId, MarketEvents, VenueId } from "@arbkit/core";
import type { GeminiTrade } from "./GeminiMessage";

/**
 * Publishes Gemini trades as `TradeEvent`s, once each: the recent trades a full book repeats after
 * every (re)subscribe are skipped when their id is not above the last one published for the symbol.
 */
export type GeminiTradePublisher = (instrument: InstrumentId, trades: readonly GeminiTrade[], tsInit: number) => void;

/**
 * Creates a {@link GeminiTradePublisher} for one connector (its memory of published ids is its own).
 *
 * @example
 * ```ts
 * const publishTrades = createGeminiTradePublisher(bus, venue);
 * publishTrades(instrument, msg.trades, tsInit);
 * ```
 */
export function createGeminiTradePublisher(bus: EventBus<MarketEvents>, venue: VenueId): GeminiTradePublisher {
  const lastId = new Map<InstrumentId, bigint>();
  return (instrument, trades, tsInit) => {
    if (trades.length === 0) return;
    // Full books list trades newest first; publish in id order (time order when ids are missing).
    const ordered = [...trades].sort((a, b) => compareIds(a.tradeId, b.tradeId) || a.timestamp - b.timestamp);
    for (const trade of ordered) {
      if (trade.tradeId !== undefined) {
        const id = BigInt(trade.tradeId);
        const last = lastId.get(instrument);
        if (last !== undefined && id <= last) continue;
        lastId.set(instrument, id);
      }
      bus.publish(topics.trade(instrument), {
        venue,
        instrument,
        price: trade.price,
        size: trade.quantity,
        aggressor: trade.side,
        tradeId: trade.tradeId,
        tsEvent: trade.timestamp,
        tsInit,
      });
    }
  };
}

function compareIds(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
