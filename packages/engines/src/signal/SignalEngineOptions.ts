import type { Clock } from "@arbkit/core";
import type { ArbPair } from "./ArbPair";
import type { InventoryView } from "./InventoryView";
import type { PoolQuoterFactory } from "./PoolQuoter";

/** Options of {@link createSignalEngine}. Amounts are exact decimal strings. */
export interface SignalEngineOptions {
  /** The clock every age and decision time is read from. */
  readonly clock: Clock;
  /** The pairs to watch. */
  readonly pairs: readonly ArbPair[];
  /** Builds the exact quoter of a pool state. @default a {@link createPoolQuoterFactory} (the `@arbkit/core` Whirlpool swap quote, tick arrays prepared once per set) */
  readonly createPoolQuoter?: PoolQuoterFactory;
  /** Net edge an opportunity must reach, bps of the CEX notional (the edge exactly at it passes). @default "10" */
  readonly minEdgeBps?: string;
  /** Slippage buffer charged as a cost, bps of the CEX notional. @default "0" */
  readonly slippageBufferBps?: string;
  /**
   * The CEX order's limit tolerance beyond the walk's worst price, bps (the paper executor's
   * `cexToleranceBps`). A venue holds limit × size plus fee for a buy, so sizes are capped to fit that hold
   * in the available quote, and each opportunity's `cexLeg.fundsHold` states it. @default "0"
   */
  readonly cexOrderToleranceBps?: string;
  /** Oldest CEX book (by receipt time) a decision may use, ms. @default 2000 */
  readonly maxBookAgeMs?: number;
  /** Oldest pool state (by receipt time) a decision may use, ms. @default 5000 */
  readonly maxPoolAgeMs?: number;
  /**
   * CEX quote currency per pool quote token (USD per USDC) until {@link SignalEngine.setConversionRate}
   * supplies a live rate. @default "1"
   */
  readonly conversionRate?: string;
  /**
   * Solana fee per swap transaction in lamports (base + priority) until a `SolanaCostEvent` arrives.
   * @default 5000n + 200 000 CU × 1 000 µlamports/CU = 5200n
   */
  readonly networkFeeLamports?: bigint;
  /** Largest CEX notional of one opportunity, CEX quote currency. @default "1000" */
  readonly maxNotional?: string;
  /** Balances that cap sizes. @default no cap */
  readonly inventory?: InventoryView;
  /**
   * How many swap transactions' network fees (at the current estimate) the pool wallet keeps in SOL when
   * a trade sells SOL into the pool: 1 pays that transaction; 2 also keeps the next one's, so selling
   * never strands the wallet without SOL to pay for buying back (buying from the pool needs one fee up
   * front). The fee is paid even when the swap fails, so no paper balance goes negative for it.
   * @default 2
   */
  readonly networkFeeReserve?: number;
  /** Fraction of an available balance one opportunity may use. @default "1" */
  readonly maxInventoryUsage?: string;
  /**
   * Whether a pairing whose touch prices cannot clear the costs and threshold at any size is skipped
   * without evaluating a size (outcome `noEdge`, the cheap common case). Off, the search runs anyway so
   * `PairingEvaluation.best` carries the best size's (negative) edge, at the cost of its quotes:
   * for tools such as `arb-cli quote`, not for the hot path. @default true
   */
  readonly screenAtTouch?: boolean;
  /** Whether inputs must have a `live` status event (instrument or venue) to be used. @default true */
  readonly requireLiveStatus?: boolean;
}
