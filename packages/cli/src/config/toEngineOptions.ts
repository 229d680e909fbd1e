import type { ArbitrageEngineOptions } from "@arbkit/engines";
import type { ArbConfig } from "./ArbConfig";
import { toArbPairs } from "./toArbPairs";

/**
 * Maps a validated configuration to `createArbitrageEngine` options (without the clock and bus, which the
 * caller owns): pairs, signal threshold and costs, risk limits, paper-execution latencies and the starting
 * paper inventory.
 */
export function toEngineOptions(config: ArbConfig): Omit<ArbitrageEngineOptions, "clock" | "market"> {
  const latency = config.execution.latencyMs;
  const cexRoundTripMs = Object.fromEntries(Object.entries(latency).filter(([venue]) => venue !== "orca"));
  const balances = Object.entries(config.inventory.balances).flatMap(([venue, assets]) =>
    Object.entries(assets).map(([asset, amount]) => ({ venue, asset, amount })),
  );
  return {
    pairs: toArbPairs(config),
    signal: {
      minEdgeBps: config.signal.minNetEdgeBps,
      slippageBufferBps: config.signal.slippageBufferBps,
      conversionRate: config.signal.usdPerUsdc,
    },
    risk: {
      maxBookAgeMs: config.signal.maxBookAgeMs,
      maxPoolAgeMs: config.signal.maxPoolAgeMs,
      maxSlotLag: config.risk.maxSlotLag,
      maxPositionNotional: config.risk.maxPositionUsd,
      maxInventoryUsage: config.signal.maxInventoryUsage,
      dailyLossLimit: config.risk.dailyLossLimitUsd,
      maxConsecutiveLosses: config.risk.maxConsecutiveLosses,
    },
    execution: {
      latency: { cexRoundTripMs, ...(latency.orca === undefined ? {} : { solanaLandingMs: latency.orca }) },
      dexSlippageBps: config.execution.dexSlippageBps,
    },
    ...(balances.length === 0 ? {} : { inventory: { balances, rebalanceThreshold: config.inventory.rebalanceThreshold } }),
  };
}
