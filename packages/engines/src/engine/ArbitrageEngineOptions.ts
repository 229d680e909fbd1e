import type { Clock, EventBus, InstrumentId, MarketEvents } from "@arbkit/core";
import type { PaperExecutorOptions } from "../execution/PaperExecutorOptions";
import type { InventoryOptions } from "../inventory/createInventory";
import type { RiskLimits } from "../risk/RiskLimits";
import type { ArbPair } from "../signal/ArbPair";
import type { SignalEngineOptions } from "../signal/SignalEngineOptions";
import type { EngineEvents } from "./EngineEvents";

/** Options of {@link createArbitrageEngine}. */
export interface ArbitrageEngineOptions {
  /** The clock every component uses (a live clock, or a TestClock for backtests). */
  readonly clock: Clock;
  /** The market-data bus the connectors (or a replay) publish on. */
  readonly market: EventBus<MarketEvents>;
  /** The pairs to trade. */
  readonly pairs: readonly ArbPair[];
  /** Signal settings (threshold, slippage buffer, conversion rate, network fee and its SOL reserve, pool quoter). */
  readonly signal?: Pick<
    SignalEngineOptions,
    "minEdgeBps" | "slippageBufferBps" | "conversionRate" | "networkFeeLamports" | "networkFeeReserve" | "createPoolQuoter" | "requireLiveStatus"
  >;
  /** Risk limits; also bound the signal's sizing (notional, inventory usage, data ages). */
  readonly risk?: RiskLimits;
  /** Paper-execution settings. */
  readonly execution?: Pick<PaperExecutorOptions, "latency" | "cexToleranceBps" | "dexSlippageBps" | "unwindPolicy">;
  /** Starting balances and rebalancing settings. @default no balances tracked (no inventory caps) */
  readonly inventory?: Omit<InventoryOptions, "clock" | "onChange" | "onSuggestion" | "wantsSuggestions"> & {
    /** Start each suggested transfer automatically (simulated; it lands after the route's delay). @default false */
    readonly autoTransfer?: boolean;
  };
  /** A book whose mid is the CEX-currency price of the pool quote token (e.g. a USDC-USD book). @default the fixed rate */
  readonly conversionInstrument?: InstrumentId;
  /** How often data freshness is checked for the automatic stale pause, ms. @default 250 */
  readonly staleCheckIntervalMs?: number;
  /** Where engine events are published. @default a new bus */
  readonly events?: EventBus<EngineEvents>;
}
