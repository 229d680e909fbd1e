import type { Clock, EventBus, MarketEvents, Unsubscribe } from "@arbkit/core";
import { createSignalEngine, type Opportunity, type PairingEvaluation } from "@arbkit/engines";
import type { ArbConfig } from "../config/ArbConfig";
import { toArbPairs } from "../config/toArbPairs";

/** One quote line: a CEX venue × direction at the requested size. */
export interface SizeQuote {
  /** The engine's evaluation; its `best` holds the exact net PnL and edge at the size, negative included. */
  readonly evaluation: PairingEvaluation;
  /** The engine's opportunity at exactly this size when its net edge is ≥ 0 (with the cost breakdown). */
  readonly opportunity: Opportunity | undefined;
}

/** A signal engine fixed to one size, listening to a market bus. */
export interface QuoteEngine {
  /** Evaluates every pairing at the size now. */
  quote(): SizeQuote[];
  readonly stop: Unsubscribe;
}

/**
 * A `@arbkit/engines` signal engine whose pairs are pinned to one size (min = max = `size`), whose threshold
 * is 0 bps and whose touch screen is off (`screenAtTouch: false`, so the size is always evaluated), fed from a
 * market bus: `quote()` returns, for every CEX venue × direction, the engine's evaluation with the exact net
 * PnL and edge at that size (`evaluation.best`, negative included) and the opportunity when the edge is ≥ 0.
 * Only an infeasible size (`noCapacity`: depth, liquidity or the notional cap) or an input problem has no
 * numbers.
 */
export function createQuoteEngine(config: ArbConfig, size: string, clock: Clock, market: EventBus<MarketEvents>): QuoteEngine {
  const pairs = toArbPairs(config).map((p) => ({ ...p, minSize: size, maxSize: size }));
  const signal = createSignalEngine({
    clock,
    pairs,
    minEdgeBps: "0",
    screenAtTouch: false,
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
