import { Dec as Decimal, toDec } from "../math/Dec";
import { ArbError } from "@arbkit/core";
import { createPoolQuoterFactory } from "../signal/createPoolQuoterFactory";
import type { Opportunity } from "../signal/Opportunity";
import { type LegRiskLedger, createLegRiskLedger } from "./createLegRiskLedger";
import { fillCexOrder } from "./fillCexOrder";
import { type SwapFunds, fillPoolSwap } from "./fillPoolSwap";
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
 * With `balances`, each fill is bounded by the balances when it happens, like a venue bounds it: an IOC
 * order whose funds hold exceeds the available balance is rejected, a swap whose input exceeds the
 * wallet's balance fails (network fee still paid), and an unwind sells or spends only what is there.
 *
 * @throws ArbError `CONFIG_INVALID` from `execute` when the CEX venue has no taker fee configured.
 */
export function createPaperExecutor(options: PaperExecutorOptions): PaperExecutor {
  const { clock, market } = options;
  const ledger = options.ledger ?? createLegRiskLedger();
  const tolerance = new Decimal(options.cexToleranceBps ?? "10").div(10_000);
  const slippage = new Decimal(options.dexSlippageBps ?? "50").div(10_000);
  // Its own factory by default: consecutive landings on states sharing frozen tick arrays reuse their preparation.
  const quoter = options.createPoolQuoter ?? createPoolQuoterFactory();
  const policy = options.unwindPolicy ?? "cexMarket";
  const landingMs = options.latency?.solanaLandingMs ?? 800;
  const balances = options.balances;
  // What the account holds of the asset a CEX order spends, read when the order reaches the venue.
  const cexFunds = (op: Opportunity, side: "buy" | "sell"): Decimal | undefined =>
    balances?.available(op.cexLeg.venue, side === "buy" ? op.cexLeg.quote : op.cexLeg.base);
  // The wallet when the transaction lands: the fee is in SOL, the pair's base (the pair model checks it).
  const swapFunds = (op: Opportunity): SwapFunds | undefined => {
    if (balances === undefined) return undefined;
    const { venue, base, quote, exactIn } = op.poolLeg;
    const sol = balances.available(venue, base);
    const fee = toDec(op.costs.networkFeeLamports, 9);
    if (sol !== undefined && sol.lt(fee)) return { feePayable: false, input: undefined };
    return { feePayable: true, input: exactIn ? sol?.sub(fee) : balances.available(venue, quote) };
  };
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
          const order = { side, size: net.abs(), limit: undefined, feeRate, available: cexFunds(op, side) } as const;
          const unwind = fillCexOrder(market.book(op.cexLeg.instrument), order, clock.now());
          flows(getCexFlows(op, "unwind", unwind), tradeId);
          finish(unwind, c, p);
        }, roundTrip);
      };
      clock.setTimeout(() => {
        const order = { side: op.cexLeg.side, size: op.cexLeg.size, limit, feeRate, available: cexFunds(op, op.cexLeg.side) };
        cex = fillCexOrder(market.book(op.cexLeg.instrument), order, clock.now());
        flows(getCexFlows(op, "cex", cex), tradeId);
        settle();
      }, roundTrip);
      clock.setTimeout(() => {
        pool = fillPoolSwap(market.pool(op.poolLeg.instrument), op.poolLeg, slippage, quoter, clock.now(), swapFunds(op));
        flows(getPoolFlows(op, pool), tradeId);
        settle();
      }, landingMs);
    },
  };
}
