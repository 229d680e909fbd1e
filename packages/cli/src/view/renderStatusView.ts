/** ANSI helpers for the terminal view. */
const bold = (s: string): string => `\x1b[1m${s}\x1b[22m`;
const dim = (s: string): string => `\x1b[2m${s}\x1b[22m`;
const color = (s: string, code: number): string => `\x1b[${code}m${s}\x1b[39m`;
const statusColor = (s: unknown): string => (s === "live" || s === "running" ? color(String(s), 32) : s === "stale" || s === "paused" ? color(String(s), 33) : color(String(s ?? "-"), 31));

type Snapshot = Record<string, unknown>;
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
const obj = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {});
const age = (ms: unknown): string => (typeof ms === "number" ? `${(ms / 1000).toFixed(1)}s` : "-");
// Display only: the exact amounts are in /status and the journal.
const usd = (v: unknown): string => (Number.isFinite(Number(v)) ? Number(v).toFixed(2) : "-");

/**
 * Renders the compact terminal view of a status snapshot (venues with status and data age, best prices, the
 * touch spread both directions, opportunities, paper trades, PnL, risk state, inventory). Returns the lines;
 * the caller redraws them in place.
 */
export function renderStatusView(snapshot: Snapshot): string[] {
  const lines: string[] = [];
  const progress = typeof snapshot.progress === "number" ? `  ${(snapshot.progress * 100).toFixed(0)}%` : "";
  lines.push(`${bold("arb-cli")} ${String(snapshot.mode)} ${dim(String(snapshot.source))}  ${dim(String(snapshot.now))}${progress}   ${dim("observe-only: no order is ever sent")}`);
  for (const v of arr(snapshot.venues)) {
    for (const i of arr(v.instruments)) {
      lines.push(`  ${String(i.instrument).padEnd(22)} ${statusColor(i.status).padEnd(16)} age ${age(i.dataAgeMs).padStart(6)}  bid ${String(i.bid ?? "-").padStart(10)}  ask ${String(i.ask ?? "-").padStart(10)}`);
    }
  }
  for (const p of arr(snapshot.pools)) {
    lines.push(`  ${`orca:${String(p.instrument).slice(5, 13)}…`.padEnd(22)} ${statusColor(p.status).padEnd(16)} age ${age(p.dataAgeMs).padStart(6)}  price ${Number(p.price).toFixed(4).padStart(10)}  slot ${String(p.slot)}`);
  }
  lines.push(bold("  edge (touch spread before fees, last evaluation)"));
  for (const e of arr(snapshot.edges)) {
    const bps = typeof e.touchSpreadBps === "number" ? `${e.touchSpreadBps >= 0 ? "+" : ""}${e.touchSpreadBps.toFixed(1)} bps` : "-";
    lines.push(`    ${String(e.venue).padEnd(9)} ${String(e.direction).padEnd(10)} ${bps.padStart(12)}  ${e.outcome === "opportunity" ? color("opportunity", 32) : dim(String(e.outcome))}`);
  }
  const t = obj(snapshot.trades);
  const pnl = obj(snapshot.pnl);
  const risk = obj(snapshot.risk);
  lines.push(`  opportunities ${String(snapshot.opportunities)}  trades ${String(t.count)} (win ${String(t.wins)}, loss ${String(t.losses)}, leg failures ${String(t.legFailures)})  PnL $${usd(pnl.realizedUsd)} (expected $${usd(pnl.expectedUsd)}, fees $${usd(pnl.feesUsd)})`);
  lines.push(`  risk ${statusColor(risk.state)}${arr(risk.pauses).length > 0 ? ` (${(risk.pauses as unknown as string[]).join(", ")})` : ""}  daily PnL $${usd(risk.dailyPnlUsd)}  losses in a row ${String(risk.consecutiveLosses)}  approved ${String(risk.approved)} denied ${String(risk.denied)}`);
  const inv = arr(snapshot.inventory);
  if (inv.length > 0) lines.push(`  inventory ${inv.map((b) => `${String(b.venue)} ${String(b.asset)} ${Number(b.balance).toFixed(4)}`).join(" | ")}`);
  return lines;
}
