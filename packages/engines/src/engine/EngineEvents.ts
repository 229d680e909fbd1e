import type { LegFailure } from "../execution/LegFailure";
import type { TradeRecord } from "../execution/TradeRecord";
import type { InventoryEvent, RebalanceSuggestion } from "../inventory/InventoryTypes";
import type { RiskDecision, RiskStateEvent } from "../risk/RiskDecision";
import type { Opportunity } from "../signal/Opportunity";

/**
 * The engine's topics, by kind (a type alias so it satisfies core's `EventMap`). Topics are
 * `kind:<pair>` for pair-scoped events; subscribe to the bare kind for every pair.
 */
export type EngineEvents = {
  /** A sized, costed opportunity that cleared the edge threshold. */
  readonly opportunity: Opportunity;
  /** The risk gate's decision on an opportunity (approved or denied with reasons). */
  readonly riskDecision: RiskDecision;
  /** A pause, resume or kill, with who or what caused it. */
  readonly riskState: RiskStateEvent;
  /** A completed paper trade. */
  readonly trade: TradeRecord;
  /** A leg-risk ledger entry. */
  readonly legFailure: LegFailure;
  /** Balances moved. */
  readonly inventory: InventoryEvent;
  /** A suggested rebalancing transfer. */
  readonly rebalanceSuggestion: RebalanceSuggestion;
};

/** Builds the engine's topic names (the one place they are spelled). */
export const engineTopics = Object.freeze({
  /** Opportunities of one pair, e.g. `opportunity:SOL-USD`. */
  opportunity: (pair: string) => `opportunity:${pair}` as const,
  /** Risk decisions for one pair. */
  riskDecision: (pair: string) => `riskDecision:${pair}` as const,
  /** Trades of one pair. */
  trade: (pair: string) => `trade:${pair}` as const,
  /** Leg failures of one pair. */
  legFailure: (pair: string) => `legFailure:${pair}` as const,
});
