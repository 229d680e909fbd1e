import { parseDecimal } from "@arbkit/core";

/** A point of a chart series: time (Unix ms) and a value for people (charts, views; never used for money math). */
export interface SeriesPoint {
  readonly ts: number;
  readonly value: number;
}

/** Running figures of a run, for the terminal view, `/status`, backtest summaries and the HTML report. */
export interface RunStats {
  opportunities: number;
  readonly opportunitiesByDirection: Record<string, number>;
  trades: number;
  wins: number;
  losses: number;
  legFailures: number;
  riskApproved: number;
  riskDenied: number;
  readonly denialReasons: Record<string, number>;
  /** Exact sums, decimal strings (USD). */
  realizedPnl: string;
  expectedPnl: string;
  fees: string;
  /** Shortfall by component, exact decimal strings (USD). */
  readonly shortfall: Record<string, string>;
  /** Decision latencies, seconds (sampled for the summary's percentiles). */
  readonly decisionLatencies: number[];
  readonly pnlSeries: SeriesPoint[];
  /** Net edge (bps) of each opportunity, by direction. */
  readonly edgeSeries: Record<string, SeriesPoint[]>;
  /** Balance per `venue:asset` over time. */
  readonly inventorySeries: Record<string, SeriesPoint[]>;
  lastOpportunityTs: number | undefined;
}

/** Creates empty {@link RunStats}. */
export function createRunStats(): RunStats {
  return {
    opportunities: 0,
    opportunitiesByDirection: {},
    trades: 0,
    wins: 0,
    losses: 0,
    legFailures: 0,
    riskApproved: 0,
    riskDenied: 0,
    denialReasons: {},
    realizedPnl: "0",
    expectedPnl: "0",
    fees: "0",
    shortfall: {},
    decisionLatencies: [],
    pnlSeries: [],
    edgeSeries: {},
    inventorySeries: {},
    lastOpportunityTs: undefined,
  };
}

/** Adds two exact decimal strings. */
export function addDecimal(a: string, b: string): string {
  return parseDecimal(a, { allowNegative: true }).plus(parseDecimal(b, { allowNegative: true })).toFixed();
}

/** Appends to a series, keeping at most `max` points by dropping every other old point when full. */
export function pushPoint(series: SeriesPoint[], point: SeriesPoint, max = 20_000): void {
  if (series.length >= max) {
    const kept = series.filter((_, i) => i % 2 === 0);
    series.length = 0;
    series.push(...kept);
  }
  series.push(point);
}
