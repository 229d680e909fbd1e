import type { EventBus, MarketEvents, Unsubscribe } from "@arbkit/core";
import type { EngineEvents } from "@arbkit/engines";
import type { Journal } from "../journal/createJournal";

/**
 * Writes everything worth keeping to the journal: opportunities, risk decisions, trades (with shortfall),
 * leg failures, risk-state changes (pause, resume, kill) and connector status changes. Records are queued;
 * the caller flushes (acknowledges) them on its schedule.
 */
export function bindJournal(journal: Journal, market: EventBus<MarketEvents>, engine: EventBus<EngineEvents>): Unsubscribe {
  const offs = [
    engine.subscribe("opportunity", (op) =>
      journal.append("opportunities", {
        id: op.id,
        ts: op.tsDecision,
        pair: op.pair,
        direction: op.direction,
        cexVenue: op.cexLeg.venue,
        size: op.cexLeg.size.toFixed(),
        netPnl: op.netPnl.toFixed(),
        edgeBps: op.edgeBps.toFixed(),
        data: op,
      }),
    ),
    engine.subscribe("riskDecision", (d) =>
      journal.append("risk_decisions", {
        ts: d.tsDecision,
        opportunityId: d.opportunityId,
        allowed: d.approved,
        reasons: d.approved ? "ok" : d.reasons.map((r) => r.code).join(","),
        data: d,
      }),
    ),
    engine.subscribe("trade", (t) =>
      journal.append("trades", {
        id: t.id,
        ts: t.tsEnd,
        opportunityId: t.opportunityId,
        pair: t.pair,
        direction: t.direction,
        status: t.status,
        expectedPnl: t.expectedPnl.toFixed(),
        realizedPnl: t.realizedPnl.toFixed(),
        fees: t.cashFlows.filter((f) => f.kind === "fee").reduce((acc, f) => acc.minus(f.value), t.realizedPnl.minus(t.realizedPnl)).toFixed(),
        shortfall: t.shortfall,
        data: t,
      }),
    ),
    engine.subscribe("legFailure", (f) =>
      journal.append("leg_failures", { ts: f.ts, tradeId: f.tradeId, leg: f.failedLeg, reason: f.reason, unwindPnl: f.realizedPnl.toFixed(), data: f }),
    ),
    engine.subscribe("riskState", (e) =>
      journal.append("status_changes", { ts: e.ts, source: "risk", instrument: undefined, status: `${e.action}:${e.kind}`, previous: undefined, reason: `${e.by}: ${e.reason}` }),
    ),
    market.subscribe("status", (e) =>
      journal.append("status_changes", { ts: e.tsInit, source: e.venue, instrument: e.instrument, status: e.status, previous: e.previous, reason: e.reason }),
    ),
  ];
  return () => {
    for (const off of offs) off();
  };
}
