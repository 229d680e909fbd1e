import { percentile } from "./percentile";
import { addDecimal, type RunStats } from "./createRunStats";

/** The end-of-run summary as plain data (JSON output, logs, the HTML report header). */
export function getRunSummary(stats: RunStats, frames: number, marketSeconds: number, wallSeconds: number): Record<string, unknown> {
  const p = (q: number): number | null => {
    const v = percentile(stats.decisionLatencies, q);
    return v === undefined ? null : Math.round(v * 1e7) / 10; // µs, one decimal
  };
  return {
    frames,
    marketSeconds: Math.round(marketSeconds * 10) / 10,
    wallSeconds: Math.round(wallSeconds * 100) / 100,
    framesPerSecond: wallSeconds > 0 ? Math.round(frames / wallSeconds) : null,
    opportunities: stats.opportunities,
    opportunitiesByDirection: stats.opportunitiesByDirection,
    trades: stats.trades,
    wins: stats.wins,
    losses: stats.losses,
    winRate: stats.trades === 0 ? 0 : Math.round((stats.wins / stats.trades) * 1000) / 1000,
    grossPnlUsd: addDecimal(stats.realizedPnl, stats.fees),
    expectedPnlUsd: stats.expectedPnl,
    realizedPnlUsd: stats.realizedPnl,
    feesUsd: stats.fees,
    shortfallUsd: stats.shortfall,
    legFailures: stats.legFailures,
    riskApproved: stats.riskApproved,
    riskDenied: stats.riskDenied,
    denialReasons: stats.denialReasons,
    decisionLatencyUs: { p50: p(50), p99: p(99) },
  };
}

/** The summary as aligned text lines for a terminal. */
export function formatRunSummary(summary: Record<string, unknown>): string {
  const s = summary as Record<string, unknown> & { shortfallUsd: Record<string, string>; decisionLatencyUs: { p50: number | null; p99: number | null } };
  const lines = [
    `frames ${String(s.frames)} (${String(s.marketSeconds)} s of market time in ${String(s.wallSeconds)} s, ${String(s.framesPerSecond)} frames/s)`,
    `opportunities ${String(s.opportunities)} ${JSON.stringify(s.opportunitiesByDirection)}`,
    `trades ${String(s.trades)}: ${String(s.wins)} won, ${String(s.losses)} lost (win rate ${((Number(s.winRate) || 0) * 100).toFixed(1)}%), leg failures ${String(s.legFailures)}`,
    `PnL (USD): gross ${String(s.grossPnlUsd)}, fees ${String(s.feesUsd)}, net realized ${String(s.realizedPnlUsd)} (expected ${String(s.expectedPnlUsd)})`,
    `shortfall (USD, expected − realized): ${Object.entries(s.shortfallUsd).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
    `risk: ${String(s.riskApproved)} approved, ${String(s.riskDenied)} denied ${JSON.stringify(s.denialReasons)}`,
    `decision latency: p50 ${String(s.decisionLatencyUs.p50 ?? "-")} µs, p99 ${String(s.decisionLatencyUs.p99 ?? "-")} µs`,
  ];
  return `${lines.join("\n")}\n`;
}
