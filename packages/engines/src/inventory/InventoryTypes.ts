import type { Decimal } from "decimal.js";
import type { AssetSymbol, UnixMs, VenueId } from "@arbkit/core";

/** A signed change of one balance, asset units (exact). */
export interface BalanceFlow {
  /** Where. */
  readonly venue: VenueId;
  /** Which asset. */
  readonly asset: AssetSymbol;
  /** Signed amount: positive credits, negative debits. */
  readonly delta: Decimal;
}

/** One balance after a change. */
export interface BalanceChange extends BalanceFlow {
  /** The balance after the change (may go negative in paper trading; the risk gate then denies). */
  readonly balance: Decimal;
}

/** Balances moved by a fill, an unwind or a transfer, with what caused it. */
export interface InventoryEvent {
  /** When (Unix ms). */
  readonly ts: UnixMs;
  /** What moved them (a trade id, `transfer:<id>`). */
  readonly cause: string;
  /** The changes, in order. */
  readonly changes: readonly BalanceChange[];
}

/** A suggested transfer to bring a venue's share of an asset back toward its target. */
export interface RebalanceSuggestion {
  /** Deterministic id: asset, route and the time of the suggestion. */
  readonly id: string;
  /** When (Unix ms). */
  readonly ts: UnixMs;
  /** The asset. */
  readonly asset: AssetSymbol;
  /** The venue holding too much. */
  readonly from: VenueId;
  /** The venue holding too little. */
  readonly to: VenueId;
  /** Amount to move, asset units (the smaller of the excess and the shortfall; exact). */
  readonly amount: Decimal;
  /** Estimated transfer fee, asset units (configured). */
  readonly estimatedFee: Decimal;
  /** Estimated time until the transfer lands, ms (configured). */
  readonly estimatedDelayMs: number;
  /** The share of the asset each venue held when suggested (fractions, 20 significant digits). */
  readonly shares: Readonly<Record<string, string>>;
}

/** A starting balance. */
export interface InitialBalance {
  /** The venue (e.g. `coinbase`, `orca` for the Solana wallet). */
  readonly venue: string;
  /** The asset symbol. */
  readonly asset: string;
  /** Amount, exact decimal string. */
  readonly amount: string;
}

/** How one asset moves between venues (for cost and time estimates). */
export interface TransferRoute {
  /** The asset. */
  readonly asset: string;
  /** Fee per transfer, asset units, exact decimal string. @default "0" */
  readonly fee?: string;
  /** Time until a transfer lands, ms. @default 600 000 (10 min) */
  readonly delayMs?: number;
}
