import { type EventBus, createEventBus } from "@arbkit/core";
import { type PaperExecutor, createPaperExecutor } from "../execution/createPaperExecutor";
import { type Inventory, createInventory } from "../inventory/createInventory";
import { createRiskEngine } from "../risk/createRiskEngine";
import type { RiskEngine } from "../risk/RiskEngine";
import { DEFAULT_RISK_LIMITS } from "../risk/RiskLimits";
import { createPoolQuoterFactory } from "../signal/createPoolQuoterFactory";
import { createSignalEngine } from "../signal/createSignalEngine";
import type { SignalEngine } from "../signal/SignalEngine";
import type { ArbitrageEngineOptions } from "./ArbitrageEngineOptions";
import { type EngineEvents, engineTopics } from "./EngineEvents";
import { createFreshnessMonitor } from "./createFreshnessMonitor";
import { createMarketCache } from "./createMarketCache";

/** A wired engine. Each part is also usable on its own. */
export interface ArbitrageEngine {
  /** Engine events (opportunities, decisions, trades, leg failures, inventory, rebalancing). */
  readonly events: EventBus<EngineEvents>;
  /** The signal engine. */
  readonly signal: SignalEngine;
  /** The risk gate. */
  readonly risk: RiskEngine;
  /** Paper execution. */
  readonly executor: PaperExecutor;
  /** Paper balances, when configured. */
  readonly inventory: Inventory | undefined;
  /** Unsubscribes from the market bus and stops the freshness timer. Idempotent. */
  stop(): void;
}

/**
 * Wires signal → risk → paper execution → inventory on a market bus and a clock. On every book or
 * pool event the signal sizes the affected pairings; opportunities (best net PnL first) go to the risk
 * gate; approved ones are paper-executed; fills move the paper inventory. Everything is published on
 * `events`. Observe-only: nothing signs, sends or authenticates.
 *
 * @throws ArbError `CONFIG_INVALID` for invalid pairs or settings.
 * @example
 * ```ts
 * const engine = createArbitrageEngine({ clock, market: bus, pairs: [solUsd] });
 * engine.events.subscribe("trade", (t) => console.log(t.id, t.realizedPnl.toFixed(2)));
 * ```
 */
export function createArbitrageEngine(options: ArbitrageEngineOptions): ArbitrageEngine {
  const { clock, market } = options;
  const events = options.events ?? createEventBus<EngineEvents>();
  const limits = { ...DEFAULT_RISK_LIMITS, ...options.risk };
  const inv = options.inventory;
  const inventory =
    inv === undefined
      ? undefined
      : createInventory({
          ...inv,
          clock,
          onChange: (e) => events.publish("inventory", e),
          onSuggestion: (s) => {
            events.publish("rebalanceSuggestion", s);
            if (inv.autoTransfer === true) inventory?.startTransfer(s);
          },
          // A suggestion nobody receives is not built (its shares cost exact divisions on every fill). Only
          // the engine's own bus is known to deliver to subscribers alone; a given bus gets every event.
          ...(options.events === undefined
            ? { wantsSuggestions: () => inv.autoTransfer === true || events.listenerCount("rebalanceSuggestion") > 0 }
            : {}),
        });
  // One quoter factory for the signal and the executor: a swap landing on the pool state the signal just
  // priced reuses the tick arrays the signal already prepared (same exact quotes).
  const createPoolQuoter = options.signal?.createPoolQuoter ?? createPoolQuoterFactory();
  const signal = createSignalEngine({
    // The executor's IOC limit tolerance (its default 10 bps): sizes must fit the venue's hold at that limit.
    cexOrderToleranceBps: options.execution?.cexToleranceBps ?? "10",
    ...options.signal,
    clock,
    pairs: options.pairs,
    maxBookAgeMs: limits.maxBookAgeMs,
    maxPoolAgeMs: limits.maxPoolAgeMs,
    maxNotional: limits.maxPositionNotional,
    maxInventoryUsage: limits.maxInventoryUsage,
    createPoolQuoter,
    ...(inventory === undefined ? {} : { inventory }),
  });
  const risk = createRiskEngine({ clock, limits, ...(inventory === undefined ? {} : { inventory }), onStateChange: (e) => events.publish("riskState", e) });
  const cache = createMarketCache();
  const takerFeeRates = Object.fromEntries(options.pairs.flatMap((p) => p.cex.map((c) => [c.instrument.venue, c.takerFeeRate])));
  const executor = createPaperExecutor({
    ...options.execution,
    clock,
    market: cache,
    takerFeeRates,
    createPoolQuoter,
    // Fills are bounded by the balances they move, at fill time, like a venue bounds them.
    ...(inventory === undefined ? {} : { balances: inventory }),
    onFlows: (flows, cause) => inventory?.applyFlows(flows, cause),
    onLegFailure: (entry) => events.publish(engineTopics.legFailure(entry.pair), entry),
    onTrade: (trade) => {
      risk.closeTrade(trade.realizedPnl, trade.id);
      events.publish(engineTopics.trade(trade.pair), trade);
    },
  });
  const decide = (ops: ReturnType<SignalEngine["applyBook"]>): void => {
    const ordered = ops.length > 1 ? [...ops].sort((a, b) => b.netPnl.comparedTo(a.netPnl)) : ops;
    for (const op of ordered) {
      events.publish(engineTopics.opportunity(op.pair), op);
      const decision = risk.check(op);
      events.publish(engineTopics.riskDecision(op.pair), decision);
      if (decision.approved) {
        risk.openTrade(op);
        signal.markPoolStateUsed(op.poolLeg.instrument, op.poolLeg.slot);
        executor.execute(op);
      }
    }
  };
  const instruments = options.pairs.flatMap((p) => [...p.cex.map((c) => c.instrument), p.pool.instrument]);
  const pools = new Set(options.pairs.map((p) => p.pool.instrument.id));
  const freshness = createFreshnessMonitor({ clock, risk, instruments, pools, limits, intervalMs: options.staleCheckIntervalMs ?? 250 });
  const subs = [
    market.subscribe("book", (e) => {
      cache.books.set(e.instrument, e.book);
      if (e.instrument === options.conversionInstrument) {
        const mid = e.book.mid();
        if (mid !== undefined) signal.setConversionRate(mid.toFixed());
      }
      freshness.touch(e.instrument, e.tsInit);
      decide(signal.applyBook(e));
    }),
    market.subscribe("pool", (e) => {
      cache.pools.set(e.instrument, e);
      risk.observeSlot(e.slot);
      freshness.touch(e.instrument, e.tsInit);
      decide(signal.applyPool(e));
    }),
    market.subscribe("status", (e) => {
      signal.applyStatus(e);
      freshness.status(e);
    }),
    market.subscribe("solanaCost", (e) => {
      risk.observeSlot(e.slot);
      signal.applySolanaCost(e);
    }),
  ];
  return {
    events,
    signal,
    risk,
    executor,
    inventory,
    stop() {
      for (const off of subs) off();
      freshness.stop();
    },
  };
}
