import { Dec as Decimal } from "../math/Dec";
import type { UnixMs } from "@arbkit/core";
import type { Opportunity } from "../signal/Opportunity";
import { getShortfall } from "./getShortfall";
import type { LegFailure } from "./LegFailure";
import type { CashFlow, CexFill, PoolFill, TradeRecord } from "./TradeRecord";

/** Inputs of {@link settleTrade} (internal). */
export interface SettleInput {
  /** The opportunity. */
  readonly op: Opportunity;
  /** Trade id. */
  readonly tradeId: string;
  /** Submission time. */
  readonly tsStart: UnixMs;
  /** Completion time. */
  readonly ts: UnixMs;
  /** CEX fill. */
  readonly cex: CexFill;
  /** Swap outcome. */
  readonly pool: PoolFill;
  /** Unwind fill, if any. */
  readonly unwind: CexFill | undefined;
  /** Every cash flow. */
  readonly cashFlows: readonly CashFlow[];
  /** The unwind policy. */
  readonly policy: "cexMarket" | "none";
}

/**
 * Closes a trade: realized PnL = Σ cash-flow values (exact), the shortfall breakdown, and a leg-risk
 * ledger entry when the legs did not match. The unhedged part's PnL compares the unwind with acquiring
 * the exposure at the filled leg's average price (CEX VWAP, or the swap's price × conversion rate).
 */
export function settleTrade(input: SettleInput): { readonly trade: TradeRecord; readonly legFailure: LegFailure | undefined } {
  const { op, cex, pool, unwind } = input;
  const buy = op.cexLeg.side === "buy";
  const zero = new Decimal(0);
  const realized = input.cashFlows.reduce((sum, f) => sum.add(f.value), zero);
  const exposure = (buy ? cex.filled : cex.filled.neg()).add(pool.success ? (buy ? pool.base.neg() : pool.base) : 0);
  const unwound = unwind === undefined ? zero : unwind.side === "buy" ? unwind.filled : unwind.filled.neg();
  const residual = exposure.add(unwound);
  let legFailure: LegFailure | undefined;
  if (!exposure.isZero()) {
    const failedLeg = pool.success ? "cex" : "pool";
    const price = pool.success ? pool.quote.div(pool.base).mul(op.costs.conversionRate) : (cex.vwap ?? zero);
    const u = unwind?.filled ?? zero;
    const gross = unwind === undefined ? zero : exposure.isPositive() ? unwind.quote.sub(u.mul(price)) : u.mul(price).sub(unwind.quote);
    legFailure = {
      id: `legrisk:${input.tradeId}`,
      tradeId: input.tradeId,
      pair: op.pair,
      ts: input.ts,
      failedLeg,
      reason: pool.success ? `cex: IOC filled ${cex.filled.toFixed()} of ${cex.requested.toFixed()}` : `pool: ${pool.failure ?? "failed"}`,
      exposure,
      unwindVenue: op.cexLeg.venue,
      policy: input.policy,
      residual,
      realizedPnl: gross.sub(unwind?.fee ?? zero),
    };
  }
  const traded = !cex.filled.isZero() || pool.success;
  const trade: TradeRecord = {
    id: input.tradeId,
    opportunityId: op.id,
    pair: op.pair,
    direction: op.direction,
    status: legFailure !== undefined ? "legFailure" : traded ? "filled" : "failed",
    tsStart: input.tsStart,
    tsEnd: input.ts,
    cex,
    pool,
    unwind,
    residualExposure: residual,
    cashFlows: input.cashFlows,
    expectedPnl: op.netPnl,
    realizedPnl: realized,
    shortfall: getShortfall(op, cex, pool, unwind, realized),
  };
  return { trade, legFailure };
}
