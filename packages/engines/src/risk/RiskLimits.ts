/**
 * Pre-trade limits of {@link createRiskEngine}. Amounts are exact decimal strings in the CEX quote currency.
 * A value exactly at a limit passes, except losses: the daily loss limit and the consecutive-loss count
 * trip when reached.
 */
export interface RiskLimits {
  /** Oldest CEX book a trade may rely on, ms since receipt. @default 2000 */
  readonly maxBookAgeMs?: number;
  /** Oldest pool state a trade may rely on, ms since receipt. @default 5000 */
  readonly maxPoolAgeMs?: number;
  /** Most slots the pool state may lag the newest slot seen. @default 10 (about 4 s) */
  readonly maxSlotLag?: number;
  /** Largest CEX notional of one trade. @default "1000" */
  readonly maxPositionNotional?: string;
  /** Largest fraction of an available balance one trade may use. @default "1" */
  readonly maxInventoryUsage?: string;
  /** Realized loss in one UTC day (by the injected clock) that pauses trading. @default "500" */
  readonly dailyLossLimit?: string;
  /** Consecutive losing trades that pause trading. @default 5 */
  readonly maxConsecutiveLosses?: number;
  /** Trades in flight at once. @default 1 */
  readonly maxOpenTrades?: number;
}

/** The defaults of {@link RiskLimits}. */
export const DEFAULT_RISK_LIMITS: Required<RiskLimits> = Object.freeze({
  maxBookAgeMs: 2000,
  maxPoolAgeMs: 5000,
  maxSlotLag: 10,
  maxPositionNotional: "1000",
  maxInventoryUsage: "1",
  dailyLossLimit: "500",
  maxConsecutiveLosses: 5,
  maxOpenTrades: 1,
});
