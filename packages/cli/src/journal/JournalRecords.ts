/**
 * The kinds of record the journal keeps, one table each. Times are Unix ms of the injected clock (market time
 * in a replay); amounts are exact decimal strings in the CEX quote currency (USD) unless named otherwise.
 */
export type JournalKind = "opportunities" | "risk_decisions" | "trades" | "leg_failures" | "status_changes" | "control_audit";

/** Every {@link JournalKind}, in the order reports show them. */
export const JOURNAL_KINDS: readonly JournalKind[] = Object.freeze(["opportunities", "risk_decisions", "trades", "leg_failures", "status_changes", "control_audit"]);

/** A detected opportunity. */
export interface OpportunityRecord {
  readonly id: string;
  readonly ts: number;
  readonly pair: string;
  readonly direction: string;
  readonly cexVenue: string;
  /** Base units. */
  readonly size: string;
  readonly netPnl: string;
  readonly edgeBps: string;
  /** The full event (JSON). */
  readonly data: unknown;
}

/** A risk gate decision about an opportunity. */
export interface RiskDecisionRecord {
  readonly ts: number;
  readonly opportunityId: string | undefined;
  readonly allowed: boolean;
  /** Why (denial reasons, or `"ok"`), joined for people. */
  readonly reasons: string;
  readonly data: unknown;
}

/** A paper trade (both legs), with implementation shortfall. */
export interface TradeRecord {
  readonly id: string;
  readonly ts: number;
  readonly opportunityId: string;
  readonly pair: string;
  readonly direction: string;
  /** `filled`, `leg_failed`, … as the execution engine reports it. */
  readonly status: string;
  readonly expectedPnl: string;
  readonly realizedPnl: string;
  readonly fees: string;
  /** Expected minus realized per component (JSON object of decimal strings). */
  readonly shortfall: unknown;
  readonly data: unknown;
}

/** One leg that did not fill, with the unwind's realized result. */
export interface LegFailureRecord {
  readonly ts: number;
  readonly tradeId: string;
  readonly leg: string;
  readonly reason: string;
  readonly unwindPnl: string;
  readonly data: unknown;
}

/** A lifecycle or risk-state change (connector status, pause, resume, kill switch). */
export interface StatusChangeRecord {
  readonly ts: number;
  /** Venue id, or `risk` for the risk engine's state. */
  readonly source: string;
  readonly instrument: string | undefined;
  readonly status: string;
  readonly previous: string | undefined;
  readonly reason: string;
}

/** One call of the control API, allowed or not. Never contains the token. */
export interface ControlAuditRecord {
  readonly ts: number;
  /** `pause`, `resume`. */
  readonly action: string;
  /** HTTP status answered: 200, 401, 403, 429. */
  readonly status: number;
  readonly remote: string;
  readonly detail: string;
}

/** The record type of each kind. */
export interface JournalRecordMap {
  readonly opportunities: OpportunityRecord;
  readonly risk_decisions: RiskDecisionRecord;
  readonly trades: TradeRecord;
  readonly leg_failures: LegFailureRecord;
  readonly status_changes: StatusChangeRecord;
  readonly control_audit: ControlAuditRecord;
}
