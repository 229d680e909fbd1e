import { Dec as Decimal } from "../math/Dec";
import { ArbError } from "@arbkit/core";
import { defaultPoolQuoter } from "../signal/defaultPoolQuoter";
import type { Opportunity } from "../signal/Opportunity";
import { type LegRiskLedger, createLegRiskLedger } from "./createLegRiskLedger";
import { fillCexOrder } from "./fillCexOrder";
import { fillPoolSwap } from "./fillPoolSwap";
import { type CashFlow, type CexFill, type PoolFill } from "./TradeRecord";
import { getCashFlows, getCexFlows, getPoolFlows } from "./getCashFlows";
import type { PaperExecutorOptions } from "./PaperExecutorOptions";
import { settleTrade } from "./settleTrade";

/** Paper execution of opportunities (observe-only: it never signs, sends or authenticates anything). */
export interface PaperExecutor {
  /** Starts both legs; results arrive through the options' callbacks when the clock reaches each fill. */
  execute(op: Opportunity): void;
  /** Trades started and not yet completed. */
  inFlight(): number;
  /** The leg-risk ledger. */
  readonly ledger: LegRiskLedger;
}

/**
 * Creates a {@link PaperExecutor}. Each leg is a clock timer: the CEX IOC order fills after the venue's
 * round trip against the book current at that instant (limit = expected worst price ± tolerance); the
 * swap lands after the Solana landing time against the pool state current then, and fails like on chain
 * when the exact re-quote is past its min-out / max-in. Unhedged base is unwound by the policy one CEX
 * round trip after both legs are known. Identical under a live clock and a backtest's test clock.
 *
 * @throws ArbError `CONFIG_INVALID` from `execute` when the CEX venue has no taker fee configured.
 */
export function createPaperExecutor(options: PaperExecutorOptions): PaperExecutor {
  const { clock, market } = options;
  const ledger = options.ledger ?? createLegRiskLedger();
  const tolerance = new Decimal(options.cexToleranceBps ?? "10").div(10_000);
  const slippage = new Decimal(options.dexSlippageBps ?? "50").div(10_000);
  const quoter = options.createPoolQuoter ?? defaultPoolQuoter;
  const policy = options.unwindPolicy ?? "cexMarket";
  const landingMs = options.latency?.solanaLandingMs ?? 800;
  let open = 0;

  const flows = (list: readonly CashFlow[], cause: string): void =>
    options.onFlows?.(list.map((f) => ({ venue: f.venue, asset: f.asset, delta: f.amount })), cause);

  return {
    ledger,
    inFlight: () => open,
    execute(op) {
      const venue = op.cexLeg.venue;
      const rate = options.takerFeeRates[venue];
      if (rate === undefined) {
        throw new ArbError("CONFIG_INVALID", `No taker fee configured for ${venue}`, { path: `takerFeeRates.${venue}`, value: undefined, expected: "a fee fraction" });
      }
      const feeRate = new Decimal(rate);
      const roundTrip = options.latency?.cexRoundTripMs?.[venue] ?? 150;
      const tradeId = `trade:${op.id}`;
      const tsStart = clock.now();
      const buy = op.cexLeg.side === "buy";
      const limit = op.cexLeg.worstPrice.mul(buy ? new Decimal(1).add(tolerance) : new Decimal(1).sub(tolerance));
      let cex: CexFill | undefined;
      let pool: PoolFill | undefined;
      open++;

      const finish = (unwind: CexFill | undefined, c: CexFill, p: PoolFill): void => {
        open--;
        const cashFlows = getCashFlows(op, c, p, unwind);
        const { trade, legFailure } = settleTrade({ op, tradeId, tsStart, ts: clock.now(), cex: c, pool: p, unwind, cashFlows, policy });
        if (legFailure !== undefined) {
          ledger.record(legFailure);
          options.onLegFailure?.(legFailure);
        }
        options.onTrade?.(trade);
      };
      const settle = (): void => {
        if (cex === undefined || pool === undefined) return;
        const c = cex;
        const p = pool;
        const net = (buy ? c.filled : c.filled.neg()).add(p.success ? (buy ? p.base.neg() : p.base) : 0);
        if (net.isZero() || policy === "none") return finish(undefined, c, p);
        clock.setTimeout(() => {
          const side = net.isPositive() ? "sell" : "buy";
          const unwind = fillCexOrder(market.book(op.cexLeg.instrument), side, net.abs(), undefined, feeRate, clock.now());
          flows(getCexFlows(op, "unwind", unwind), tradeId);
          finish(unwind, c, p);
        }, roundTrip);
      };
      clock.setTimeout(() => {
        cex = fillCexOrder(market.book(op.cexLeg.instrument), op.cexLeg.side, op.cexLeg.size, limit, feeRate, clock.now());
        flows(getCexFlows(op, "cex", cex), tradeId);
        settle();
      }, roundTrip);
      clock.setTimeout(() => {
        pool = fillPoolSwap(market.pool(op.poolLeg.instrument), op.poolLeg, slippage, quoter, clock.now());
        flows(getPoolFlows(op, pool), tradeId);
        settle();
      }, landingMs);
    },
  };
}
