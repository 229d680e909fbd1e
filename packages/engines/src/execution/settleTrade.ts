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
 * ledger entry when the legs did not match. The unhedged part's PnL compares the unwind (its fee
 * included) with what the unwound base cost or brought on the leg that filled, pro rata: the CEX fill
 * with its taker fee, or the swap × the conversion rate.
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
    // Acquisition of the unwound part, pro rata of the leg that filled (its fee included), exact.
    const [acquiredBase, acquiredCost] = pool.success
      ? [pool.base, pool.quote.mul(op.costs.conversionRate)]
      : [cex.filled, buy ? cex.quote.add(cex.fee) : cex.quote.sub(cex.fee)];
    const u = unwind?.filled ?? zero;
    const acquired = u.isZero() ? zero : acquiredCost.mul(u).div(acquiredBase);
    const gross = unwind === undefined ? zero : exposure.isPositive() ? unwind.quote.sub(acquired) : acquired.sub(unwind.quote);
    legFailure = {
      id: `legrisk:${input.tradeId}`,
      tradeId: input.tradeId,
      pair: op.pair,
      ts: input.ts,
      failedLeg,
      reason: getLegFailureReason(cex, pool, unwind),
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

/**
 * Why the legs did not match: the failed leg (`cex: IOC filled 3.2 of 5`, `cex: rejected
 * (insufficientBalance)`, `pool: slippage`, `pool: insufficientBalance`), then, when the unwind was cut
 * to the balance, `; unwind capped by balance: 1.5 of 4`.
 */
function getLegFailureReason(cex: CexFill, pool: PoolFill, unwind: CexFill | undefined): string {
  const leg = pool.success
    ? cex.rejected !== undefined
      ? `cex: rejected (${cex.rejected})`
      : `cex: IOC filled ${cex.filled.toFixed()} of ${cex.requested.toFixed()}`
    : `pool: ${pool.failure ?? "failed"}`;
  return unwind?.balanceCapped === true ? `${leg}; unwind capped by balance: ${unwind.filled.toFixed()} of ${unwind.requested.toFixed()}` : leg;
}
