/**
 * The brain of arbkit: a signal engine that sizes every CEX × pool pairing exactly after every cost, a
 * pre-trade risk gate whose denials are events, observe-only paper execution of both legs with a
 * leg-risk ledger and implementation shortfall, and paper inventory with rebalancing suggestions —
 * wired together by {@link createArbitrageEngine}, each usable alone. Depends on `@arbkit/core` only.
 * See `docs/engines.md` for the fee model, the sizing search and the ledger.
 *
 * @packageDocumentation
 * @module @arbkit/engines
 */

// signal
export type { ArbPair, CexVenueConfig, PoolVenueConfig } from "./signal/ArbPair";
export { DIRECTIONS } from "./signal/Direction";
export type { Direction } from "./signal/Direction";
export type {
  Opportunity,
  OpportunityCexLeg,
  OpportunityCosts,
  OpportunityInputs,
  OpportunityPoolLeg,
} from "./signal/Opportunity";
export type { PoolQuoter, PoolQuoterFactory, PoolSwapQuote } from "./signal/PoolQuoter";
export { defaultPoolQuoter } from "./signal/defaultPoolQuoter";
export { createPoolQuoterFactory } from "./signal/createPoolQuoterFactory";
export type { InventoryView } from "./signal/InventoryView";
export type { SignalEngineOptions } from "./signal/SignalEngineOptions";
export type { EvaluatedSize } from "./signal/EvaluatedSize";
export type { EvaluationOutcome, PairingEvaluation } from "./signal/PairingEvaluation";
export type { NoOpportunityReason } from "./signal/findBestSize";
export { createSignalEngine } from "./signal/createSignalEngine";
export type { SignalEngine } from "./signal/SignalEngine";

// risk
export { createRiskEngine } from "./risk/createRiskEngine";
export type { RiskEngine, RiskEngineOptions, RiskState } from "./risk/RiskEngine";
export { DEFAULT_RISK_LIMITS } from "./risk/RiskLimits";
export type { RiskLimits } from "./risk/RiskLimits";
export type { PauseKind, RiskDecision, RiskReason, RiskReasonCode, RiskStateEvent } from "./risk/RiskDecision";
export { getUtcDay } from "./risk/getUtcDay";

// execution
export { createPaperExecutor } from "./execution/createPaperExecutor";
export type { PaperExecutor } from "./execution/createPaperExecutor";
export type { LatencyModel, PaperExecutorOptions } from "./execution/PaperExecutorOptions";
export type { MarketView } from "./execution/MarketView";
export type { CashFlow, CexFill, PoolFill, Shortfall, TradeRecord } from "./execution/TradeRecord";
export type { LegFailure } from "./execution/LegFailure";
export { createLegRiskLedger } from "./execution/createLegRiskLedger";
export type { LegRiskLedger } from "./execution/createLegRiskLedger";

// inventory
export { createInventory } from "./inventory/createInventory";
export type { Inventory, InventoryOptions } from "./inventory/createInventory";
export type {
  BalanceChange,
  BalanceFlow,
  InitialBalance,
  InventoryEvent,
  RebalanceSuggestion,
  TransferRoute,
} from "./inventory/InventoryTypes";

// composition
export { createArbitrageEngine } from "./engine/createArbitrageEngine";
export type { ArbitrageEngine } from "./engine/createArbitrageEngine";
export type { ArbitrageEngineOptions } from "./engine/ArbitrageEngineOptions";
export { engineTopics } from "./engine/EngineEvents";
export type { EngineEvents } from "./engine/EngineEvents";
