import type { Decimal } from "decimal.js";
import type { InventoryView } from "../signal/InventoryView";
import type { Opportunity } from "../signal/Opportunity";
import type { PauseKind, RiskDecision, RiskStateEvent } from "./RiskDecision";
import type { RiskLimits } from "./RiskLimits";
import type { Clock } from "@arbkit/core";

/** Options of {@link createRiskEngine}. */
export interface RiskEngineOptions {
  /** The clock (decision times, UTC day boundaries, data ages). */
  readonly clock: Clock;
  /** Limits; every field has a default. */
  readonly limits?: RiskLimits;
  /** Balances for the inventory-usage check. @default no check */
  readonly inventory?: InventoryView;
  /** Receives every pause, resume and kill. @default ignore */
  readonly onStateChange?: (event: RiskStateEvent) => void;
}

/** A snapshot of the risk state. */
export interface RiskState {
  /** Active pauses (`stale` when any source is stale; that pause blocks only trades using the source). */
  readonly pauses: readonly PauseKind[];
  /** Sources currently stale (each holds a `stale` pause). */
  readonly staleSources: readonly string[];
  /** Realized PnL of the current UTC day, CEX quote currency. */
  readonly dailyPnl: Decimal;
  /** Losing trades in a row. */
  readonly consecutiveLosses: number;
  /** Trades in flight. */
  readonly openTrades: number;
  /** Newest Solana slot observed. */
  readonly newestSlot: number;
}

/**
 * The pre-trade gate. Decisions and state changes are values and events, never exceptions.
 * Manual, loss and consecutive-loss pauses need {@link RiskEngine.resume}; stale-data pauses lift by
 * themselves when {@link RiskEngine.observeFreshness} reports the source fresh; the kill switch is final.
 */
export interface RiskEngine {
  /** Checks an opportunity against every limit; `cause` defaults to the opportunity id. */
  check(op: Opportunity, cause?: string): RiskDecision;
  /**
   * Marks a trade of `op` as started: it counts toward `maxOpenTrades`, and its pool state (pool and
   * slot) is spent — a paper swap does not move the real pool, so trading the same state again would
   * count the same mispricing twice (`POOL_STATE_USED`).
   */
  openTrade(op: Opportunity): void;
  /** Records a finished trade's realized net PnL (CEX quote currency) and closes it. */
  closeTrade(pnl: Decimal, tradeId: string): void;
  /** Records the newest Solana slot seen (for the slot-lag check). */
  observeSlot(slot: number): void;
  /**
   * Reports whether a data source (an instrument id) is stale. Each change emits a `stale` pause or
   * resume for that source; trades using a stale source are denied with `DATA_STALE`.
   */
  observeFreshness(source: string, stale: boolean, reason: string): void;
  /** Pauses trading until {@link RiskEngine.resume}. */
  pause(by: string, reason: string): void;
  /** Lifts the manual and loss pauses (and resets the consecutive-loss count). Not stale pauses or the kill switch. */
  resume(by: string, reason: string): void;
  /** Stops all trading for good (this engine instance). */
  kill(by: string, reason: string): void;
  /** The current state. */
  getState(): RiskState;
}
