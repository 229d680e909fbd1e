import type { Unsubscribe } from "@arbkit/core";
import type { ArbitrageEngine } from "@arbkit/engines";
import { addDecimal, pushPoint, type RunStats } from "./createRunStats";

/** Accumulates engine events into {@link RunStats} (counts, exact PnL sums, shortfall, chart series). */
export function bindStats(stats: RunStats, engine: ArbitrageEngine): Unsubscribe {
  const e = engine.events;
  let cumulative = "0";
  const offs = [
    e.subscribe("opportunity", (op) => {
      stats.opportunities++;
      stats.opportunitiesByDirection[op.direction] = (stats.opportunitiesByDirection[op.direction] ?? 0) + 1;
      pushPoint((stats.edgeSeries[op.direction] ??= []), { ts: op.tsDecision, value: op.edgeBps.toNumber() });
      stats.lastOpportunityTs = op.tsDecision;
    }),
    e.subscribe("riskDecision", (d) => {
      if (d.approved) stats.riskApproved++;
      else {
        stats.riskDenied++;
        for (const r of d.reasons) stats.denialReasons[r.code] = (stats.denialReasons[r.code] ?? 0) + 1;
      }
    }),
    e.subscribe("trade", (t) => {
      stats.trades++;
      if (t.realizedPnl.gt(0)) stats.wins++;
      else stats.losses++;
      stats.realizedPnl = addDecimal(stats.realizedPnl, t.realizedPnl.toFixed());
      stats.expectedPnl = addDecimal(stats.expectedPnl, t.expectedPnl.toFixed());
      for (const f of t.cashFlows) if (f.kind === "fee") stats.fees = addDecimal(stats.fees, f.value.neg().toFixed());
      for (const [k, v] of Object.entries(t.shortfall)) stats.shortfall[k] = addDecimal(stats.shortfall[k] ?? "0", (v as { toFixed(): string }).toFixed());
      cumulative = addDecimal(cumulative, t.realizedPnl.toFixed());
      pushPoint(stats.pnlSeries, { ts: t.tsEnd, value: Number(cumulative) });
    }),
    e.subscribe("legFailure", () => {
      stats.legFailures++;
    }),
    e.subscribe("inventory", (ev) => {
      for (const c of ev.changes) pushPoint((stats.inventorySeries[`${c.venue}:${c.asset}`] ??= []), { ts: ev.ts, value: c.balance.toNumber() });
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
