import type { InstrumentId } from "@arbkit/core";
import type { BotSession } from "./createBotSession";

/** Facts about the run that the session does not know (mode, source, journal). Never secrets. */
export interface RunInfo {
  readonly mode: "live" | "replay" | "backtest";
  /** The recording path, or `live`. */
  readonly source: string;
  /** Journal file and records not yet acknowledged, when journaling. */
  readonly journal: { readonly path: string; readonly pending: number } | undefined;
  /** Replay progress 0…1, when replaying. */
  readonly progress: number | undefined;
}

/** Gross spread at the touch, bps (pool vs CEX best price; before fees). For people, not decisions. */
export function getTouchSpreadBps(direction: "cexToPool" | "poolToCex", pool: number, bid: string | undefined, ask: string | undefined): number | undefined {
  if (direction === "cexToPool") return ask === undefined ? undefined : (pool / Number(ask) - 1) * 10_000;
  return bid === undefined ? undefined : (Number(bid) / pool - 1) * 10_000;
}

/**
 * The `/status` document and the data of the terminal view: venues and instruments with status, data age
 * and best prices; pools with slot and price; the latest evaluation per pairing with the touch spread both
 * directions; counts, exact PnL, risk state and paper inventory. Contains no secret (no URL, no token).
 */
export function getStatusSnapshot(session: BotSession, info: RunInfo): Record<string, unknown> {
  const now = session.clock.now();
  const { coinbase, gemini, orca } = session.connectors;
  const venues = [coinbase, gemini].flatMap((c) =>
    c === undefined
      ? []
      : [{
          venue: c.venue,
          status: c.status(),
          instruments: c.instruments.map((id) => {
            const top = session.books.get(id);
            return { instrument: id, status: c.status(id), dataAgeMs: top === undefined ? null : now - top.tsInit, bid: top?.bid ?? null, ask: top?.ask ?? null };
          }),
        }],
  );
  const pools = [...session.pools].map(([id, p]) => ({ instrument: id, status: orca?.status(id as InstrumentId) ?? null, slot: p.slot, price: p.price, dataAgeMs: now - p.tsInit }));
  const edges = session.engine.signal.getEvaluations().map((e) => {
    const pair = session.config.pairs.find((p) => p.id === e.pair);
    const cexSymbol = pair?.cex.find((c) => c.venue === e.venue)?.symbol;
    const top = cexSymbol === undefined ? undefined : session.books.get(`${e.venue}:${cexSymbol}`);
    const pool = pair === undefined ? undefined : session.pools.get(`orca:${pair.pool.address}`);
    const touch = pool === undefined ? undefined : getTouchSpreadBps(e.direction, pool.price, top?.bid, top?.ask);
    return { pair: e.pair, venue: e.venue, direction: e.direction, outcome: e.outcome, touchSpreadBps: touch === undefined ? null : Math.round(touch * 10) / 10, tsDecision: e.tsDecision };
  });
  const risk = session.engine.risk.getState();
  const s = session.stats;
  return {
    mode: info.mode,
    source: info.source,
    now: new Date(now).toISOString(),
    progress: info.progress ?? null,
    venues,
    pools,
    edges,
    opportunities: s.opportunities,
    opportunitiesByDirection: s.opportunitiesByDirection,
    trades: { count: s.trades, wins: s.wins, losses: s.losses, legFailures: s.legFailures },
    pnl: { realizedUsd: s.realizedPnl, expectedUsd: s.expectedPnl, feesUsd: s.fees },
    risk: {
      state: risk.pauses.length === 0 ? "running" : "paused",
      pauses: risk.pauses,
      staleSources: risk.staleSources,
      dailyPnlUsd: risk.dailyPnl.toFixed(),
      consecutiveLosses: risk.consecutiveLosses,
      openTrades: risk.openTrades,
      approved: s.riskApproved,
      denied: s.riskDenied,
    },
    inventory: (session.engine.inventory?.getBalances() ?? []).map((b) => ({ venue: b.venue, asset: b.asset, balance: b.balance.toFixed() })),
    journal: info.journal ?? null,
  };
}
