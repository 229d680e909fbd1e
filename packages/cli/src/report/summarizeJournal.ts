import { parseDecimal } from "@arbkit/core";
import type { JournalRange, JournalReader } from "../journal/createJournalReader";
import { JOURNAL_KINDS, type JournalKind } from "../journal/JournalRecords";

/** A journal summary over a date range: what `arb-cli report` prints. Amounts are exact decimal strings (USD). */
export interface JournalSummary {
  readonly runs: number;
  readonly counts: Readonly<Record<JournalKind, number>>;
  readonly trades: number;
  readonly wins: number;
  /** wins / trades, 0 … 1 (0 without trades). */
  readonly winRate: number;
  readonly expectedPnl: string;
  readonly realizedPnl: string;
  readonly fees: string;
  readonly riskDenials: number;
  readonly legFailures: number;
  readonly firstTs: number | undefined;
  readonly lastTs: number | undefined;
}

/**
 * Summarizes a journal: record counts by kind, trades, win rate and exact PnL/fee sums over the range.
 *
 * @example
 * ```ts
 * summarizeJournal(reader, { from: Date.parse("2026-08-09T00:00:00Z") }).realizedPnl;
 * ```
 */
export function summarizeJournal(reader: JournalReader, range: JournalRange = {}): JournalSummary {
  const trades = reader.query("trades", range);
  const sum = (key: string): string => trades.reduce((acc, t) => acc.plus(parseDecimal(String(t[key] ?? "0"), { allowNegative: true })), parseDecimal("0")).toFixed();
  const wins = trades.filter((t) => parseDecimal(String(t.realized_pnl ?? "0"), { allowNegative: true }).gt(0)).length;
  let firstTs: number | undefined;
  let lastTs: number | undefined;
  const runIds = new Set<number>();
  for (const kind of JOURNAL_KINDS) {
    for (const r of reader.query(kind, range)) {
      const ts = Number(r.ts);
      firstTs = firstTs === undefined || ts < firstTs ? ts : firstTs;
      lastTs = lastTs === undefined || ts > lastTs ? ts : lastTs;
      runIds.add(Number(r.run_id));
    }
  }
  const counts = reader.counts(range);
  return {
    runs: range.runId !== undefined ? 1 : runIds.size,
    counts,
    trades: trades.length,
    wins,
    winRate: trades.length === 0 ? 0 : wins / trades.length,
    expectedPnl: sum("expected_pnl"),
    realizedPnl: sum("realized_pnl"),
    fees: sum("fees"),
    riskDenials: reader.query("risk_decisions", range).filter((r) => r.allowed === 0).length,
    legFailures: counts.leg_failures,
    firstTs,
    lastTs,
  };
}
