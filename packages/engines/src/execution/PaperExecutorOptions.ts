import type { Clock } from "@arbkit/core";
import type { BalanceFlow } from "../inventory/InventoryTypes";
import type { PoolQuoterFactory } from "../signal/PoolQuoter";
import type { InventoryView } from "../signal/InventoryView";
import type { LegFailure } from "./LegFailure";
import type { LegRiskLedger } from "./createLegRiskLedger";
import type { MarketView } from "./MarketView";
import type { TradeRecord } from "./TradeRecord";

/** Simulated latencies, ms of the injected clock. */
export interface LatencyModel {
  /** CEX order round trip per venue (submit → fill report). @default 150 for any venue not listed */
  readonly cexRoundTripMs?: Readonly<Record<string, number>>;
  /** Solana transaction landing time (submit → executed in a slot). @default 800 */
  readonly solanaLandingMs?: number;
}

/** Options of {@link createPaperExecutor}. Observe-only: nothing here signs, sends or authenticates. */
export interface PaperExecutorOptions {
  /** The clock whose timers decide when each leg fills. */
  readonly clock: Clock;
  /** The latest books and pool states, read when a fill happens. */
  readonly market: MarketView;
  /** Taker fee per CEX venue, as a fraction (exact decimal string, e.g. `"0.006"`). */
  readonly takerFeeRates: Readonly<Record<string, string>>;
  /** Latencies. */
  readonly latency?: LatencyModel;
  /** IOC limit beyond the expected worst price, bps. @default "10" */
  readonly cexToleranceBps?: string;
  /** The swap's slippage tolerance (min out / max in), bps of the quoted amount. @default "50" */
  readonly dexSlippageBps?: string;
  /** What to do with unhedged base: trade it away at market on the CEX, or only record it. @default "cexMarket" */
  readonly unwindPolicy?: "cexMarket" | "none";
  /**
   * Pool quoter used to re-quote at landing time.
   * @default a new {@link createPoolQuoterFactory} (the `@arbkit/core` Whirlpool swap quote, tick arrays prepared once per set)
   */
  readonly createPoolQuoter?: PoolQuoterFactory;
  /**
   * Balances that bound every fill when it happens, as a venue bounds it (usually the inventory the
   * fills move through `onFlows`; an asset it does not track is not bounded): a CEX IOC order whose funds
   * hold (limit × size × (1 + fee rate) of quote for a buy, size of base for a sell) exceeds the available
   * balance is rejected whole (`CexFill.rejected`); a swap whose actual input exceeds the wallet's balance
   * after the network fee fails (`PoolFill.failure` `insufficientBalance`, fee paid), and one that cannot
   * pay the fee is refused (`networkFeePaid: false`); a market unwind sells at most the base held and buys
   * only while cost plus fee fits the quote held (`CexFill.balanceCapped`).
   * @default undefined: fills are not bounded by balances
   */
  readonly balances?: InventoryView;
  /** The ledger to record leg failures in. @default a new one */
  readonly ledger?: LegRiskLedger;
  /** Receives balance changes as each fill happens. @default ignore */
  readonly onFlows?: (flows: readonly BalanceFlow[], cause: string) => void;
  /** Receives each completed trade. @default ignore */
  readonly onTrade?: (trade: TradeRecord) => void;
  /** Receives each leg failure. @default ignore */
  readonly onLegFailure?: (entry: LegFailure) => void;
}
