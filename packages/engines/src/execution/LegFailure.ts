import type { Decimal } from "decimal.js";
import type { UnixMs, VenueId } from "@arbkit/core";

/** A leg-risk ledger entry: one leg filled (fully or partly) and the other did not match it. */
export interface LegFailure {
  /** `legrisk:<trade id>`. */
  readonly id: string;
  /** The trade. */
  readonly tradeId: string;
  /** The pair. */
  readonly pair: string;
  /** When the exposure was settled (Unix ms). */
  readonly ts: UnixMs;
  /** Which leg fell short. */
  readonly failedLeg: "cex" | "pool";
  /**
   * Why: the leg that fell short (e.g. `pool: slippage`, `pool: insufficientBalance`, `cex: IOC filled 3.2
   * of 5`, `cex: rejected (insufficientBalance)`), plus `; unwind capped by balance: 1.5 of 4` when the
   * unwind could only sell or pay for part of the exposure.
   */
  readonly reason: string;
  /** Unhedged base after both legs (signed: + long, − short), base units. */
  readonly exposure: Decimal;
  /** Where the unwind traded (the CEX venue). */
  readonly unwindVenue: VenueId;
  /** The unwind policy applied. */
  readonly policy: "cexMarket" | "none";
  /** Base still unhedged after the unwind (signed). */
  readonly residual: Decimal;
  /**
   * PnL of the unhedged part, CEX currency (exact): the unwind's proceeds or cost and its fee, against
   * what the unwound base cost or brought on the leg that filled, pro rata (CEX fill with its taker fee,
   * or the swap × the conversion rate). Negative = a loss. The network fee stays with the trade.
   */
  readonly realizedPnl: Decimal;
}
