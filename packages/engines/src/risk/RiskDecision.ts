import type { UnixMs } from "@arbkit/core";

/**
 * Why a check failed. Staleness: `BOOK_STALE`, `POOL_STALE`, `SLOT_LAG`, `DATA_STALE` (a stale-data pause
 * is in force), `POOL_STATE_USED` (a trade already used this pool state). Limits: `NOTIONAL_LIMIT`,
 * `INVENTORY_USAGE`, `OPEN_TRADES`. Pauses: `PAUSED_MANUAL`,
 * `DAILY_LOSS_LIMIT`, `CONSECUTIVE_LOSSES`, `KILL_SWITCH`.
 */
export type RiskReasonCode =
  | "BOOK_STALE"
  | "POOL_STALE"
  | "SLOT_LAG"
  | "DATA_STALE"
  | "POOL_STATE_USED"
  | "NOTIONAL_LIMIT"
  | "INVENTORY_USAGE"
  | "OPEN_TRADES"
  | "PAUSED_MANUAL"
  | "DAILY_LOSS_LIMIT"
  | "CONSECUTIVE_LOSSES"
  | "KILL_SWITCH";

/** One failed check: the limit, the observed value (exact decimal strings) and a sentence for people. */
export interface RiskReason {
  /** Stable code. */
  readonly code: RiskReasonCode;
  /** The configured limit, as a decimal string in the limit's unit (ms, slots, CEX currency, count, fraction). */
  readonly limit: string;
  /** The observed value, same unit. */
  readonly value: string;
  /** Human-readable explanation. */
  readonly message: string;
}

/**
 * The outcome of a pre-trade check. A denial is a value with its reasons, never an exception. Every
 * decision names what caused it (`cause`: the opportunity id).
 */
export interface RiskDecision {
  /** `risk:<opportunity id>`. */
  readonly id: string;
  /** The opportunity checked. */
  readonly opportunityId: string;
  /** What asked for the decision (the opportunity id, or a caller-supplied actor). */
  readonly cause: string;
  /** Decision time (Unix ms, injected clock). */
  readonly tsDecision: UnixMs;
  /** Whether the trade may go ahead. */
  readonly approved: boolean;
  /** Every failed check (empty when approved). */
  readonly reasons: readonly RiskReason[];
}

/** Why trading is paused: a person (`manual`), a limit (`dailyLoss`, `consecutiveLosses`), stale data or the kill switch. */
export type PauseKind = "manual" | "dailyLoss" | "consecutiveLosses" | "stale" | "kill";

/** A change of the risk state, with who or what caused it. */
export interface RiskStateEvent {
  /** When (Unix ms). */
  readonly ts: UnixMs;
  /** What happened. */
  readonly action: "paused" | "resumed" | "killed";
  /** Which pause. */
  readonly kind: PauseKind;
  /** Who or what did it: an operator name, or `risk` / the stale source for automatic changes. */
  readonly by: string;
  /** Why, for people. */
  readonly reason: string;
}
