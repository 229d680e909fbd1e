import type { Clock, EventBus, MarketEvents, Unsubscribe } from "@arbkit/core";
import { createSignalEngine, type Opportunity, type PairingEvaluation } from "@arbkit/engines";
import type { ArbConfig } from "../config/ArbConfig";
import { toArbPairs } from "../config/toArbPairs";

/** One quote line: a CEX venue × direction at the requested size. */
export interface SizeQuote {
  readonly evaluation: PairingEvaluation;
  /** The engine's opportunity at exactly this size when its net edge is ≥ 0. */
  readonly opportunity: Opportunity | undefined;
}

/** A signal engine fixed to one size, listening to a market bus. */
export interface QuoteEngine {
  /** Evaluates every pairing at the size now. */
  quote(): SizeQuote[];
  readonly stop: Unsubscribe;
}

/**
 * A `@arbkit/engines` signal engine whose pairs are pinned to one size (min = max = `size`) and whose threshold
 * is 0 bps, fed from a market bus: `quote()` returns, for every CEX venue × direction, the engine's exact
 * opportunity at that size when its net edge is ≥ 0, otherwise the engine's reason (e.g. `unprofitable`).
 */
export function createQuoteEngine(config: ArbConfig, size: string, clock: Clock, market: EventBus<MarketEvents>): QuoteEngine {
  const pairs = toArbPairs(config).map((p) => ({ ...p, minSize: size, maxSize: size }));
  const signal = createSignalEngine({
    clock,
    pairs,
    minEdgeBps: "0",
    slippageBufferBps: config.signal.slippageBufferBps,
    conversionRate: config.signal.usdPerUsdc,
    maxBookAgeMs: config.signal.maxBookAgeMs,
    maxPoolAgeMs: config.signal.maxPoolAgeMs,
    maxNotional: config.risk.maxPositionUsd,
  });
  const offs = [
    market.subscribe("book", (e) => void signal.applyBook(e)),
    market.subscribe("pool", (e) => void signal.applyPool(e)),
    market.subscribe("status", (e) => signal.applyStatus(e)),
    market.subscribe("solanaCost", (e) => signal.applySolanaCost(e)),
  ];
  return {
    quote() {
      const opportunities = signal.evaluateAll();
      return signal.getEvaluations().map((evaluation) => ({
        evaluation,
        opportunity: opportunities.find((o) => o.id === evaluation.opportunityId),
      }));
    },
    stop() {
      for (const off of offs) off();
    },
  };
}
