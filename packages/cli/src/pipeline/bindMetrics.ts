import type { EventBus, MarketEvents, Unsubscribe } from "@arbkit/core";
import type { ArbitrageEngine, EngineEvents } from "@arbkit/engines";
import type { ArbMetrics } from "../server/createArbMetrics";

/**
 * Feeds engine events into the Prometheus metrics: opportunities and their edge, risk decisions, trades by
 * outcome, leg failures, PnL, pause state, inventory; and venue error events. Values read from the engine
 * (PnL, daily PnL, consecutive losses, balances) are exact decimals converted to numbers only for exposition;
 * balances only when scraped.
 */
export function bindMetrics(metrics: ArbMetrics, market: EventBus<MarketEvents>, engine: ArbitrageEngine): Unsubscribe {
  let pnl = engine.risk.getState().dailyPnl.minus(engine.risk.getState().dailyPnl);
  const refreshRisk = (): void => {
    const state = engine.risk.getState();
    metrics.dailyPnl.set(state.dailyPnl.toNumber());
    metrics.consecutiveLosses.set(state.consecutiveLosses);
    for (const kind of ["manual", "dailyLoss", "consecutiveLosses", "stale", "kill"]) metrics.paused.set({ reason: kind }, state.pauses.includes(kind as never) ? 1 : 0);
    metrics.killSwitch.set(state.pauses.includes("kill") ? 1 : 0);
  };
  refreshRisk();
  // Balances move on every fill, and prom-client hashes the labels on every set: the latest balance of each
  // venue and asset since the last scrape waits here and is set (converted to a number) before the gauge is
  // read. One flat map in first-change order, so a new series is created in the same order as direct sets would.
  const balances = new Map<string, { readonly venue: string; readonly asset: string; balance: EngineEvents["inventory"]["changes"][number]["balance"] }>();
  metrics.onScrape(() => {
    for (const b of balances.values()) metrics.inventory.set({ venue: b.venue, asset: b.asset }, b.balance.toNumber());
    balances.clear();
  });
  const events: EventBus<EngineEvents> = engine.events;
  const offs = [
    events.subscribe("opportunity", (op) => {
      metrics.opportunities.inc({ pair: op.pair, direction: op.direction, venue: op.cexLeg.venue });
      metrics.edge.observe({ direction: op.direction }, op.edgeBps.toNumber());
      metrics.lastOpportunity.set(op.tsDecision / 1000);
    }),
    events.subscribe("riskDecision", (d) => {
      if (d.approved) metrics.riskDecisions.inc({ allowed: "true", reason: "ok" });
      else for (const r of d.reasons) metrics.riskDecisions.inc({ allowed: "false", reason: r.code });
    }),
    events.subscribe("trade", (t) => {
      const outcome = t.status !== "filled" ? t.status : t.realizedPnl.gt(0) ? "win" : "loss";
      metrics.trades.inc({ pair: t.pair, direction: t.direction, outcome });
      pnl = pnl.plus(t.realizedPnl);
      metrics.pnl.set(pnl.toNumber());
      refreshRisk();
    }),
    events.subscribe("legFailure", (f) => metrics.legFailures.inc({ leg: f.failedLeg })),
    events.subscribe("riskState", (e) => {
      refreshRisk();
      const paused = engine.risk.getState().pauses.length > 0;
      if (e.action === "paused" && paused) metrics.pausedSince.set(e.ts / 1000);
      if (!paused) metrics.pausedSince.set(0);
    }),
    events.subscribe("inventory", (e) => {
      for (const c of e.changes) {
        const key = `${c.venue}\u0000${c.asset}`;
        const entry = balances.get(key);
        if (entry === undefined) balances.set(key, { venue: c.venue, asset: c.asset, balance: c.balance });
        else entry.balance = c.balance;
      }
    }),
  ];
  for (const b of engine.inventory?.getBalances() ?? []) metrics.inventory.set({ venue: b.venue, asset: b.asset }, b.balance.toNumber());
  void market;
  return () => {
    for (const off of offs) off();
  };
}
