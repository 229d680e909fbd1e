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
  /** Why (e.g. `pool: slippage`, `cex: IOC filled 3.2 of 5`). */
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
   * PnL of the unhedged part, CEX currency: unwind proceeds/cost and fee against the exposure's
   * acquisition at the filled leg's average price. Negative = a loss.
   */
  readonly realizedPnl: Decimal;
}
