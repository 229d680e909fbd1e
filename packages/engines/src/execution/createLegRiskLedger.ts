import { Dec as Decimal } from "../math/Dec";
import type { LegFailure } from "./LegFailure";

/** The leg-risk ledger: every leg failure, with running totals. */
export interface LegRiskLedger {
  /** Records an entry. */
  record(entry: LegFailure): void;
  /** Every entry, oldest first. */
  entries(): readonly LegFailure[];
  /** Sum of the entries' realized PnL, CEX currency (negative = losses). */
  realizedPnl(): Decimal;
  /** Base still unhedged across entries (signed, + long), base units. */
  openExposure(): Decimal;
}

/** Creates an empty {@link LegRiskLedger}. */
export function createLegRiskLedger(): LegRiskLedger {
  const list: LegFailure[] = [];
  let pnl = new Decimal(0);
  let open = new Decimal(0);
  return {
    record(entry) {
      list.push(entry);
      pnl = pnl.add(entry.realizedPnl);
      open = open.add(entry.residual);
    },
    entries: () => [...list],
    realizedPnl: () => pnl,
    openExposure: () => open,
  };
}
